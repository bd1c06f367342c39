// Peak memory of a process and all its descendants: Next's build forks
// workers, so the parent's own RSS (or `time -v`, which reports the largest
// single process) understates it. Samples /proc every 100 ms and sums VmRSS.
import fs from "node:fs";

function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: fields resume after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

function rssKb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += rssKb(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Starts sampling; the returned function stops and gives the peak in MB. */
export function samplePeakRss(root: number, everyMs = 100): () => number {
  let peakKb = 0;
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(root));
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.round(peakKb / 1024);
  };
}
