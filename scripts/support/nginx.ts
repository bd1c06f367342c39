// Runs deploy/nginx.conf for the benchmark: a temp copy with its ports and
// paths replaced (no root paths, no daemon), plus a second server that serves
// a folder of static files, so "the same HTML as a file" is served by the same
// nginx in the same run.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const NGINX_BIN = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

export interface NginxPorts {
  readonly cachePort: number;
  readonly upstreamPort: number;
  /** More servers behind the same nginx, taking turns with the first. */
  readonly moreUpstreamPorts?: readonly number[];
  readonly staticPort: number;
}

function replaceOnce(
  text: string,
  pattern: RegExp,
  replacement: string,
): string {
  if (!pattern.test(text))
    throw new Error(`deploy/nginx.conf has no line matching ${pattern}`);
  return text.replace(pattern, replacement);
}

export function renderNginxConf(
  template: string,
  prefix: string,
  staticRoot: string,
  ports: NginxPorts,
): string {
  let conf = template;
  conf = replaceOnce(conf, /^pid .*;$/m, `pid ${prefix}/nginx.pid;`);
  conf = replaceOnce(
    conf,
    /^error_log .*;$/m,
    `error_log ${prefix}/error.log warn;\nuser ${os.userInfo().username};`,
  );
  conf = replaceOnce(
    conf,
    /proxy_cache_path \S+/,
    `proxy_cache_path ${prefix}/cache`,
  );
  conf = replaceOnce(
    conf,
    /server 127\.0\.0\.1:\d+;/,
    [ports.upstreamPort, ...(ports.moreUpstreamPorts ?? [])]
      .map((port) => `server 127.0.0.1:${port};`)
      .join("\n    "),
  );
  conf = replaceOnce(
    conf,
    /listen \d+;/,
    `listen 127.0.0.1:${ports.cachePort};`,
  );
  const temps = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${prefix}/${kind}-temp;`)
    .join("\n");
  const staticServer = `
  server {
    listen 127.0.0.1:${ports.staticPort};
    root ${staticRoot};
    default_type text/html;
    location / {
      try_files $uri $uri.html $uri/index.html =404;
    }
  }
`;
  return replaceOnce(conf, /^http \{$/m, `http {\n${temps}\n${staticServer}`);
}

export async function startNginx(
  repoDir: string,
  prefix: string,
  staticRoot: string,
  ports: NginxPorts,
): Promise<ChildProcess> {
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  const template = fs.readFileSync(
    path.join(repoDir, "deploy/nginx.conf"),
    "utf8",
  );
  const confFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(
    confFile,
    renderNginxConf(template, prefix, staticRoot, ports),
  );
  const child = spawn(
    NGINX_BIN,
    ["-p", prefix, "-c", confFile, "-g", "daemon off;"],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (child.exitCode !== null) {
    throw new Error(
      `nginx exited with ${child.exitCode}; see ${prefix}/error.log`,
    );
  }
  return child;
}
