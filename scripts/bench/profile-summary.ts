// Summarises V8 .cpuprofile files (from NODE_OPTIONS="--cpu-prof --cpu-prof-dir=…"
// on `next build`): self time by package or project folder, and the hottest
// functions, per process. Usage: tsx scripts/bench/profile-summary.ts <dir> [top]
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({
        functionName: z.string(),
        url: z.string(),
        lineNumber: z.number(),
      }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** "react-dom", "lib/content/markdown.ts", "(native)"… — where a frame's code lives. */
export function owner(url: string): string {
  if (!url) return "(native/gc/idle)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules !== -1) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name === "next") return `next/${rest.slice(1, 4).join("/")}`;
    return name ?? url;
  }
  if (url.startsWith("node:")) return "node internals";
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

function top(
  map: Map<string, number>,
  count: number,
  totalMs: number,
): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, us]) =>
        `  ${(us / 1000).toFixed(0).padStart(7)} ms ${((us / 1000 / totalMs) * 100).toFixed(1).padStart(5)}%  ${name}`,
    );
}

function summarise(file: string, count: number): string {
  const profile = profileSchema.parse(
    JSON.parse(fs.readFileSync(file, "utf8")),
  );
  const frames = new Map(
    profile.nodes.map((node) => [node.id, node.callFrame]),
  );
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, index) => {
    const frame = frames.get(id);
    const delta = profile.timeDeltas[index] ?? 0;
    if (!frame || frame.functionName === "(idle)") return;
    totalUs += delta;
    const where = owner(frame.url);
    byOwner.set(where, (byOwner.get(where) ?? 0) + delta);
    const name = `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
  });
  const totalMs = totalUs / 1000;
  return [
    `${path.basename(file)}: ${(totalMs / 1000).toFixed(1)} s busy`,
    " by owner:",
    ...top(byOwner, count, totalMs),
    " by function (self time):",
    ...top(byFunction, count, totalMs),
  ].join("\n");
}

const [dir, topArg] = process.argv.slice(2);
if (!dir)
  throw new Error(
    "usage: profile-summary.ts <dir with .cpuprofile files> [top]",
  );
for (const name of fs
  .readdirSync(dir)
  .filter((file) => file.endsWith(".cpuprofile"))) {
  console.log(summarise(path.join(dir, name), Number(topArg ?? 15)), "\n");
}
