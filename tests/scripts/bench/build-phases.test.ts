import { describe, expect, it } from "vitest";
import { parseBuildPhases } from "../../../scripts/bench/build-phases";

// Two lines, as Next appends a second array (trace-build's Turbopack spans).
const TRACE = [
  JSON.stringify([
    { name: "next-build", id: 1, timestamp: 1_000_000, duration: 20_000_000 },
    {
      name: "run-turbopack",
      id: 14,
      parentId: 1,
      timestamp: 2_000_000,
      duration: 9_500_000,
    },
    {
      name: "static-check",
      id: 25,
      parentId: 1,
      timestamp: 12_000_000,
      duration: 4_000_000,
    },
    {
      name: "static-generation",
      id: 83,
      parentId: 1,
      timestamp: 16_000_000,
      duration: 2_500_000,
    },
  ]),
  JSON.stringify([
    {
      name: "turbopack-persistence",
      id: 79,
      parentId: 1,
      timestamp: 11_600_000,
      duration: 6_000_000,
      tags: { reason: "stop" },
    },
  ]),
].join("\n");

describe("parseBuildPhases", () => {
  it("reads each phase's span in seconds, and what follows static generation", () => {
    expect(parseBuildPhases(TRACE)).toEqual({
      nextBuildSeconds: 20,
      compileSeconds: 9.5,
      moduleGraphSeconds: 0,
      emitSeconds: 0,
      cacheWriteSeconds: 6,
      pageDataSeconds: 4,
      staticGenerationSeconds: 2.5,
      finalisingSeconds: 2.5,
    });
  });

  it("refuses a trace without the build's own span", () => {
    expect(() => parseBuildPhases("[]")).toThrow(
      "the trace has no next-build span",
    );
  });
});
