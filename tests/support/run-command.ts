// Runs a command to its end and hands back its exit status and output.
// Asynchronous on purpose: spawnSync would block the event loop for the whole
// run, so idle keep-alive sockets to the test servers would miss their close
// and the next fetch would reuse a dead one, and a test file could do nothing
// else while a spawned command starts up.
import { spawn } from "node:child_process";

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Written to the command's stdin, which is then closed. */
  readonly input?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

export function runCommand(
  command: string,
  args: readonly string[],
  { input, env, cwd }: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "pipe", env, cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("error", (error) =>
      reject(new Error(`${command}: ${error.message}`)),
    );
    child.once("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}
