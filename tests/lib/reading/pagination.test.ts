import { describe, expect, it } from "vitest";
import { getPage, laterPageNumbers, pagePath } from "@/lib/reading/pagination";

const items = Array.from({ length: 45 }, (_, n) => n);

describe("getPage", () => {
  it("cuts pages of 20 and a short last page", () => {
    expect(getPage(items, "1")?.items).toEqual(items.slice(0, 20));
    expect(getPage(items, "3")?.items).toEqual([40, 41, 42, 43, 44]);
    expect(getPage(items, "3")?.count).toBe(3);
  });

  it.each(["0", "4", "01", "2.0", "-1", "two", ""])(
    "has no page %j",
    (param) => {
      expect(getPage(items, param)).toBeUndefined();
    },
  );

  it("has one (empty) first page for an empty list", () => {
    expect(getPage([], "1")).toEqual({ items: [], number: 1, count: 1 });
  });
});

describe("page addresses", () => {
  it("lists the pages after the first", () => {
    expect(laterPageNumbers(45)).toEqual(["2", "3"]);
    expect(laterPageNumbers(20)).toEqual([]);
  });

  it("puts page 1 at the listing's own address", () => {
    expect(pagePath("/", 1)).toBe("/");
    expect(pagePath("/", 2)).toBe("/page/2");
    expect(pagePath("/tags/busan", 1)).toBe("/tags/busan");
    expect(pagePath("/tags/busan", 3)).toBe("/tags/busan/page/3");
  });
});
