// Collects what a command from scripts/commands prints, for tests that call it
// as a function instead of spawning it.
import type { CommandOutput } from "../../scripts/commands/output";

export interface CapturedOutput {
  readonly output: CommandOutput;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function captureOutput(): CapturedOutput {
  const out: string[] = [];
  const err: string[] = [];
  return {
    output: { out: (text) => out.push(text), err: (text) => err.push(text) },
    stdout: () => out.join("\n"),
    stderr: () => err.join("\n"),
  };
}
