// Loaded with `node --import` by bench/startup-phases.ts: writes, at exit, to the file named by KURABE_BENCH_STAMPS,
// when the process's clock started (performance.timeOrigin), when user code began (this module runs first), when it
// exited, and its CPU time (user + system) every 10 ms as [epoch ms, CPU ms] pairs, so that the CPU of each phase can
// be read between any two moments. Plain JavaScript so that no loader runs before it.
import { writeFileSync } from "node:fs";

const now = () => performance.timeOrigin + performance.now();
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const entered = now();
const cpu = [[entered, cpuMs()]];
setInterval(() => cpu.push([now(), cpuMs()]), 10).unref();
process.on("exit", () => {
  const exited = now();
  cpu.push([exited, cpuMs()]);
  writeFileSync(process.env.KURABE_BENCH_STAMPS, JSON.stringify({ origin: performance.timeOrigin, entered, exited, cpu }));
});
