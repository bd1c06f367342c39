// @module-tag site/real
// A short soak in `npm test` (the 60 s version is `npm run loadtest`): 50
// connections over pages, feeds and 404s on a fresh `npm run serve` of the real
// build. No errors, no unexpected statuses, memory flat after warm-up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "../../scripts/support/load";
import { SITES, startSite, type RunningSite } from "../support/sites";

let server: RunningSite;

beforeAll(async () => {
  // Its own process, so the memory reading is this run's alone.
  server = await startSite("real", SITES.real);
});

afterAll(() => {
  server?.child.kill();
});

describe("under load", () => {
  it("answers 50 connections for 5 s with no error and flat memory", async () => {
    const pid = server.child.pid;
    if (pid === undefined) throw new Error("the server has no pid");
    const result = await runLoad({
      baseUrl: server.url,
      pid,
      // Long enough for thousands of requests over every target; the 60 s
      // soak is `npm run loadtest`.
      seconds: 5,
      warmUpSeconds: 2,
      connections: 50,
    });
    console.info(
      `load: ${result.requestsPerSecond} req/s, p99 ${result.latencyP99Ms} ms, RSS ${result.rssAfterWarmUpMb} -> ${result.rssAfterRunMb} MB`,
    );
    expect(result.requests).toBeGreaterThan(0);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.unexpected).toEqual({});
    expect(result.rssAfterRunMb).toBeLessThanOrEqual(
      result.rssAfterWarmUpMb * 1.5,
    );
  });
});
