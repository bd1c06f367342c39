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

/** Serves the build in `projectDir` (its NEXT_DIST_DIR, CONTENT_DIR… from `env`);
 * `entry` is another checkout's server.mjs when the bench compares two. */
export async function startServer(
  projectDir: string,
  env: NodeJS.ProcessEnv,
  entry: string = SERVER_ENTRY,
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    cwd: projectDir,
    env: {
      ...env,
      NODE_ENV: "production",
      HOSTNAME: "127.0.0.1",
      PORT: String(port),
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(url, child);
  return { url, port, child };
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
