/** What bench/sandbox.ts and bench/sandbox-phases.ts share: a bare spawn awaited to its end, and a timed batch. */
import { spawn } from "node:child_process";

/** Spawns a command with PATH only, reads its stdout and stderr through pipes, resolves at its close (exit 0). */
export function spawnToEnd(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { PATH: "/usr/bin:/bin" }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.resume();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr}`))));
  });
}

/** Runs `task` `count` times, `parallel` at a time; returns the elapsed milliseconds. */
export async function timed(task: () => Promise<unknown>, count: number, parallel: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next += 1;
        await task();
      }
    }),
  );
  return performance.now() - started;
}
