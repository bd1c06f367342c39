import { describe, expect, it } from "vitest";
import { alternate, summaryLine } from "../../../scripts/bench/alternation";
import type { UrlLoadResult } from "../../../scripts/support/load";

const BEFORE = "http://127.0.0.1:4201/a";
const AFTER = "http://127.0.0.1:4202/a";

/** A stand-in load generator answering these rates, one per call, per URL. */
function fakeLoad(ratesByUrl: Record<string, number[]>) {
  const calls: string[] = [];
  const load = async (url: string): Promise<UrlLoadResult> => {
    calls.push(url);
    const requestsPerSecond = ratesByUrl[url]?.shift() ?? Number.NaN;
    return { requestsPerSecond, p99Ms: 40, errors: 0, non2xx: 0 };
  };
  return { calls, load };
}

describe("alternate", () => {
  it("loads the servers in turn, round after round", async () => {
    const { calls, load } = fakeLoad({
      [BEFORE]: [1, 1, 1],
      [AFTER]: [2, 2, 2],
    });
    await alternate([BEFORE, AFTER], 3, load, () => {});
    expect(calls).toEqual([BEFORE, AFTER, BEFORE, AFTER, BEFORE, AFTER]);
  });

  it("prints every run and compares each server's median with the first's", async () => {
    const { load } = fakeLoad({
      [BEFORE]: [1000, 1200, 900],
      [AFTER]: [1500, 9000, 1350],
    });
    const lines: string[] = [];
    const summaries = await alternate([BEFORE, AFTER], 3, load, (line) =>
      lines.push(line),
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      `round 1 ${AFTER}: 1500 req/s, p99 40 ms, 0 errors, 0 non-2xx`,
    );
    // Medians 1000 and 1500: the 9000 outlier does not move them.
    expect(summaries.map(summaryLine)).toEqual([
      `${BEFORE}: median 1000 req/s, 1.00x the first`,
      `${AFTER}: median 1500 req/s, 1.50x the first`,
    ]);
  });
});
