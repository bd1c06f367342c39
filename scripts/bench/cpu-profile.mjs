// Preload for profiling `next build` with its workers: Node refuses --cpu-prof
// in NODE_OPTIONS, which is how Next passes options to its build workers, so
// this starts the V8 profiler in every process and writes a .cpuprofile on exit.
// NODE_OPTIONS="--import $PWD/scripts/bench/cpu-profile.mjs" CPU_PROFILE_DIR=dir next build
// For a server, CPU_PROFILE_START=SIGUSR2 waits for `kill -USR2 <pid>` to start,
// so the profile holds warm requests rather than start-up and the first renders.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  const start = () => {
    session.post("Profiler.enable");
    session.post("Profiler.start");
  };
  const startSignal = process.env.CPU_PROFILE_START;
  if (startSignal) process.once(startSignal, start);
  else start();
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // The in-process inspector answers synchronously, so this also works in "exit".
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      const role = process.env.IS_NEXT_WORKER ? "worker" : "main";
      const file = path.join(dir, `${role}-${process.pid}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(result.profile));
    });
  };
  process.on("exit", write);
  // Next ends its build workers with a signal, which skips "exit".
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      write();
      process.exit(0);
    });
  }
}
