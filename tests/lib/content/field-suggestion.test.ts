import { describe, expect, it } from "vitest";
import { suggestField } from "@/lib/content/field-suggestion";
import { KNOWN_FIELDS } from "@/lib/content/schema";

describe("suggestField", () => {
  it.each([
    ["autor", "author"],
    ["sumary", "summary"],
    ["Title", "title"],
    ["imagealt", "imageAlt"],
    ["tag", "tags"],
  ])("suggests a close known field for %s", (written, expected) => {
    expect(suggestField(written, KNOWN_FIELDS)).toBe(expected);
  });

  it.each(["publisher", "canonicalUrl", "x"])(
    "suggests nothing for %s, which is no misspelling",
    (written) => {
      expect(suggestField(written, KNOWN_FIELDS)).toBeUndefined();
    },
  );
});
