import { describe, expect, it } from "vitest";
import { median } from "../../../scripts/bench/stats";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([5])).toBe(5);
  });

  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("sorts numbers as numbers, not as text", () => {
    expect(median([100, 9, 20])).toBe(20);
  });

  it("is NaN for no values", () => {
    expect(median([])).toBeNaN();
  });

  it("leaves its input in the order it was given", () => {
    const rates = [3, 1, 2];
    median(rates);
    expect(rates).toEqual([3, 1, 2]);
  });
});
