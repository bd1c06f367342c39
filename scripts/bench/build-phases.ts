// Where a `next build`'s time went, read from the spans Next.js writes to
// `<distDir>/trace` (one JSON array of spans per line, durations in µs). The
// Turbopack file-system cache write runs beside "Collecting page data", so
// the phases do not add up to the wall time; `finalising` is what follows
// static generation until the build span ends.
import { z } from "zod";

export interface BuildPhases {
  /** The whole `next-build` span: from Next's start of work to its end. */
  readonly nextBuildSeconds: number;
  /** Turbopack's compile ("Compiled successfully in …"). */
  readonly compileSeconds: number;
  readonly moduleGraphSeconds: number;
  readonly emitSeconds: number;
  /** Writing Turbopack's file-system cache, after the compile, in parallel. */
  readonly cacheWriteSeconds: number;
  /** "Collecting page data": loading every route's server bundle. */
  readonly pageDataSeconds: number;
  readonly staticGenerationSeconds: number;
  readonly finalisingSeconds: number;
}

// Only the fields read here; a span carries more (parentId, tags, …).
const SPAN = z.object({
  name: z.string(),
  timestamp: z.number(),
  duration: z.number(),
});
type Span = z.infer<typeof SPAN>;

function readSpans(trace: string): Span[] {
  return trace
    .split("\n")
    .filter((line) => line.trim() !== "")
    .flatMap((line) => z.array(SPAN).parse(JSON.parse(line)));
}

const MICROSECONDS = 1e6;

/** Phase times from the text of a trace file; a phase Next did not run is 0. */
export function parseBuildPhases(trace: string): BuildPhases {
  const spans = readSpans(trace);
  const first = (name: string) => spans.find((span) => span.name === name);
  const seconds = (name: string) => (first(name)?.duration ?? 0) / MICROSECONDS;
  const build = first("next-build");
  if (!build) throw new Error("the trace has no next-build span");
  const generation = first("static-generation");
  const generationEnd = generation
    ? generation.timestamp + generation.duration
    : build.timestamp;
  return {
    nextBuildSeconds: seconds("next-build"),
    compileSeconds: seconds("run-turbopack"),
    moduleGraphSeconds: seconds("turbopack-module-graph"),
    emitSeconds: seconds("turbopack-emit"),
    cacheWriteSeconds: seconds("turbopack-persistence"),
    pageDataSeconds: seconds("static-check"),
    staticGenerationSeconds: seconds("static-generation"),
    finalisingSeconds:
      (build.timestamp + build.duration - generationEnd) / MICROSECONDS,
  };
}
