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

/**
 * User plus system CPU time of the process a /proc/<pid>/stat line describes,
 * in ms; with `reaped`, also what its exited children used once it waited for
 * them (a closed tab's renderer, for a browser).
 */
export function cpuMsFromStat(stat: string, reaped = false): number {
  const fields = statFields(stat);
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the
  // state; cutime and cstime follow them.
  const indexes = reaped ? [11, 12, 13, 14] : [11, 12];
  const ticks = indexes.reduce((sum, index) => sum + Number(fields[index]), 0);
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

/** One process of a tree at a sample: its pid, resident memory and what it runs. */
export interface ProcessRss {
  readonly pid: number;
  readonly rssKb: number;
  readonly command: string;
}

function commandOf(pid: number): string {
  try {
    const line = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return line.split("\0").join(" ").trim().slice(0, 120);
  } catch {
    return "";
  }
}

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  return children;
}

function treePids(root: number): number[] {
  const children = childrenByParent();
  const pids: number[] = [];
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    pids.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return pids;
}

/** CPU time (user + system, in ms) a tree has used, its exited members' included. */
export function treeCpuMs(root: number): number {
  return treePids(root).reduce((total, pid) => {
    try {
      return (
        total +
        cpuMsFromStat(fs.readFileSync(`/proc/${pid}/stat`, "utf8"), true)
      );
    } catch {
      return total; // exited since the listing
    }
  }, 0);
}

export function treeRssKb(root: number): number {
  return treePids(root).reduce((total, pid) => total + rssKb(pid), 0);
}

/** Every process of the tree with its resident memory now. */
export function treeProcesses(root: number): ProcessRss[] {
  return treePids(root).map((pid) => ({
    pid,
    rssKb: rssKb(pid),
    command: commandOf(pid),
  }));
}

/** What the peak was made of: the tree's processes at the sample with the highest sum. */
export interface PeakRss {
  readonly peakMb: number;
  readonly processes: readonly ProcessRss[];
}

/** Starts sampling; the returned function stops and gives the peak in MB and the processes that made it. */
export function samplePeakRssByProcess(
  root: number,
  everyMs = 100,
): () => PeakRss {
  let peakKb = 0;
  let processes: ProcessRss[] = [];
  const timer = setInterval(() => {
    const now = treeProcesses(root);
    const totalKb = now.reduce((total, process) => total + process.rssKb, 0);
    if (totalKb <= peakKb) return;
    peakKb = totalKb;
    processes = now;
  }, everyMs);
  return () => {
    clearInterval(timer);
    return { peakMb: Math.round(peakKb / 1024), processes };
  };
}

/** Starts sampling; the returned function stops and gives the peak in MB. */
export function samplePeakRss(root: number, everyMs = 100): () => number {
  const stop = samplePeakRssByProcess(root, everyMs);
  return () => stop().peakMb;
}
