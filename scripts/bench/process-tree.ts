// Peak memory of a process and all its descendants: Next's build forks
// workers, so the parent's own RSS (or `time -v`, which reports the largest
// single process) understates it. Samples /proc every 100 ms and sums VmRSS.
// Also the CPU time one process has used, which the serving comparison
// divides by the requests it answered.
import fs from "node:fs";

/** The fields of a /proc/<pid>/stat line from the state (field 3) on. */
function statFields(stat: string): string[] {
  // The command name may hold spaces and parentheses: fields resume after the last ")".
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(statFields(stat)[1]);
  } catch {
    return undefined;
  }
}

// /proc counts CPU time in USER_HZ ticks, which Linux fixes at 100 per second
// for user space whatever the kernel's own tick rate.
const MS_PER_TICK = 10;

/** User plus system CPU time of the process a /proc/<pid>/stat line describes, in ms. */
export function cpuMsFromStat(stat: string): number {
  const fields = statFields(stat);
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the state.
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`no CPU times in "${stat}"`);
  return ticks * MS_PER_TICK;
}

/** CPU time a running process has used so far (user + system), in ms. */
export function cpuMs(pid: number): number {
  return cpuMsFromStat(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
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
