import { describe, expect, it } from "vitest";
import { suggestedCpuSlowdown } from "../../../scripts/bench/lighthouse";

// Lighthouse's docs/throttling.md: a host's benchmarkIndex bracket, and the
// slowdown that brings it to a mid-tier phone.
describe("suggestedCpuSlowdown", () => {
  it("keeps the preset's 4x on a high-end desktop", () => {
    expect(suggestedCpuSlowdown(1500)).toBe(4);
    expect(suggestedCpuSlowdown(2140)).toBe(4);
  });

  it("halves it on a low-end desktop or a high-end phone, as this machine measures", () => {
    expect(suggestedCpuSlowdown(1499)).toBe(2);
    expect(suggestedCpuSlowdown(1150)).toBe(2);
    expect(suggestedCpuSlowdown(800)).toBe(2);
  });

  it("throttles nothing on a host already as slow as a mid-tier phone", () => {
    expect(suggestedCpuSlowdown(799)).toBe(1);
  });
});
