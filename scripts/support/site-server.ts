// Starts a built site the way `npm run serve` does (node server.mjs), on a free
// 127.0.0.1 port, for the tests, the bench and the load test; and stops it.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** The entry `npm run serve` runs. */
export const SERVER_ENTRY = path.join(ROOT, "server.mjs");

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForUrl(
  url: string,
  child: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: server exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within 60 s`);
}

export interface ServerProcess extends RunningServer {
  /** Everything the server wrote to stdout and stderr so far. */
  readonly output: () => string;
}

// server.mjs prints this once it listens: proof the port is this process's.
const LISTENING = /Busan Ledger on http:\/\//;
const START_ATTEMPTS = 3;

/** Resolves true once `child` says it listens, false if it exits first. */
function listening(
  child: ChildProcess,
  output: () => string,
  limitMs = 60_000,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(
          `server.mjs did not listen within ${limitMs / 1000} s:\n${output()}`,
        ),
      );
    }, limitMs);
    const done = (value: boolean) => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      resolve(value);
    };
    const onData = () => {
      if (LISTENING.test(output())) done(true);
    };
    const onExit = () => done(LISTENING.test(output()));
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

/**
 * Runs `entry` (server.mjs, or another checkout's when the bench compares two)
 * on a free 127.0.0.1 port and waits until it listens and answers `/`. Another
 * process can take a free port before the server binds it (tests start servers
 * two files at a time): then the server exits with EADDRINUSE and this tries
 * another port.
 */
export async function spawnServer(
  projectDir: string,
  env: NodeJS.ProcessEnv,
  entry: string = SERVER_ENTRY,
): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const child = spawn(process.execPath, [entry], {
      cwd: projectDir,
      env: { ...env, HOSTNAME: "127.0.0.1", PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    const output = () => text;
    for (const stream of [child.stdout, child.stderr])
      stream.setEncoding("utf8").on("data", (chunk: string) => {
        text += chunk;
      });
    if (await listening(child, output)) {
      const url = `http://127.0.0.1:${port}`;
      await waitForUrl(url, child);
      return { url, port, child, output };
    }
    if (!text.includes("EADDRINUSE") || attempt === START_ATTEMPTS)
      throw new Error(
        `${entry} exited before it listened (port ${port}):\n${text}`,
      );
  }
}

/** Serves the build in `projectDir` (its NEXT_DIST_DIR, CONTENT_DIR… from `env`). */
export function startServer(
  projectDir: string,
  env: NodeJS.ProcessEnv,
  entry: string = SERVER_ENTRY,
): Promise<RunningServer> {
  return spawnServer(projectDir, { ...env, NODE_ENV: "production" }, entry);
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
