/**
 * Sandbox overhead: executions per second of a trivial program in the hardened bubblewrap sandbox beside the same
 * interpreter with the same flags run bare (like with like: `python3 -S -I -B main.py`, `node --frozen-intrinsics
 * --no-warnings main.js`, the same file content, read from a file in both cases), same number of runs, same
 * parallelism, each run awaited to its end with its stdout and stderr read through pipes and an environment of PATH
 * only (so NODE_EXTRA_CA_CERTS does not slow node down). Bare runs are spawned from this Node process; sandboxed runs
 * go through kurabe's own path (SandboxPool.run: a reused sandbox, zygote.ts), and, for reference, through a sandbox
 * of their own per run (`zygote: false`, what kurabe did before). Target: sandboxed ≥ 0.8 × bare. Also: how long
 * after its time limit a sleeping program's verdict comes (target: within 200 ms).
 *
 *   npx tsx bench/sandbox.ts [runs=200] [parallel=2]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnToEnd, timed } from "./sandbox-timing.js";
import { resolveInterpreter } from "../src/scoring/sandbox/interpreters.js";
import { SandboxPool } from "../src/scoring/sandbox/sandbox-pool.js";
import { sandboxAvailability } from "../src/scoring/sandbox/availability.js";
import { scoreCodeSample } from "../src/scoring/code/score-code-sample.js";
import type { CodeProblem } from "../src/scoring/code/types.js";

const runs = Number(process.argv[2] ?? 200);
const parallel = Number(process.argv[3] ?? 2);

/**
 * CPU milliseconds used so far by this process and every process under it: its own time, what its reaped children
 * used (cutime, cstime), and each live descendant's time and reaped children (a zygote, whose runs it reaps). A
 * process's time moves into its parent's cutime when it is reaped, so nothing is counted twice. Kernel work done in
 * kernel threads (a network namespace's teardown) is charged to no process: it is missing here, and only the
 * per-run sandbox causes it.
 */
function treeCpuMs(): number {
  const tick = 10; // USER_HZ = 100 on Linux
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
      stats.set(Number(entry), { parent: Number(fields[1]), ticks });
    } catch {
      // exited meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; at = stats.get(at)?.parent ?? 0, hops += 1) if (at === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, stat] of stats) if (inTree(pid)) ticks += stat.ticks;
  return ticks * tick;
}

/**
 * Executions per second of each task and CPU milliseconds per execution (treeCpuMs), measured in interleaved rounds
 * (a round of each task, then the next round): on a shared machine the load drifts, and interleaving spreads that
 * drift over all tasks alike. CPU time moves less with the load than wall time does.
 */
async function throughputs(
  tasks: readonly (readonly [string, () => Promise<unknown>])[],
  rounds = 4,
): Promise<[string, number, number][]> {
  const elapsed = new Map<string, number>(tasks.map(([name]) => [name, 0]));
  const cpu = new Map<string, number>(tasks.map(([name]) => [name, 0]));
  for (let round = 0; round < rounds; round += 1) {
    const count = Math.floor(runs / rounds) + (round < runs % rounds ? 1 : 0);
    for (const [name, task] of tasks) {
      const cpuBefore = treeCpuMs();
      elapsed.set(name, elapsed.get(name)! + (await timed(task, count, parallel)));
      // A finished run's zygote may still be cleaning up: its time is charged to the run.
      await new Promise((resolve) => setTimeout(resolve, 50));
      cpu.set(name, cpu.get(name)! + treeCpuMs() - cpuBefore);
    }
  }
  return tasks.map(([name]) => [name, runs / (elapsed.get(name)! / 1000), cpu.get(name)! / runs]);
}

async function main(): Promise<void> {
  const availability = await sandboxAvailability();
  if (!availability.available) throw new Error(`sandbox unavailable: ${availability.reason}`);
  const python = resolveInterpreter("python");
  const node = resolveInterpreter("javascript");
  const pool = new SandboxPool(parallel);
  const sandboxed = (language: "python" | "javascript", file: string, code: string, zygote = true) => async () => {
    const result = await pool.run({ language, files: { [file]: code }, entry: file, timeLimitMs: 10_000, zygote });
    if (result.status !== "ok") throw new Error(`sandboxed run ended ${result.status}: ${result.stderr}`);
  };

  // End to end: one HumanEval-style sample through extraction, the harness and the sandbox.
  const problem: CodeProblem = {
    benchmark: "humaneval",
    language: "python",
    id: "bench/1",
    prompt: "def add(a, b):\n",
    entryPoint: "add",
    tests: [
      { name: "test.py", source: "def check(candidate):\n    assert candidate(2, 3) == 5\n" },
      { name: "check.py", source: "check(add)\n" },
    ],
    missingDependencies: [],
  };
  const sample = async (): Promise<void> => {
    const score = await scoreCodeSample(problem, "    return a + b\n", { timeLimitMs: 10_000, pool });
    if (!score.passed) throw new Error(`sample failed: ${JSON.stringify(score.detail)}`);
  };

  // The bare runs read the same files from a folder of their own.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-bench-sandbox-"));
  fs.writeFileSync(path.join(dir, "main.py"), "pass\n");
  fs.writeFileSync(path.join(dir, "main.js"), "0\n");
  const barePython = (): Promise<void> => spawnToEnd(python.path, [...python.args, path.join(dir, "main.py")]);
  const bareNode = (): Promise<void> => spawnToEnd(node.path, [...node.args, path.join(dir, "main.js")]);

  // Warm-up: page cache, interpreter resolution, the availability probe, the pool's zygotes.
  await timed(barePython, 20, parallel);
  await timed(sandboxed("python", "main.py", "pass\n"), 20, parallel);

  const load = os.loadavg().map((value) => value.toFixed(1)).join(" ");
  const rows = await throughputs([
    ["python3 -S -I -B main.py (bare)", barePython],
    ["python3 -S -I -B main.py (sandboxed)", sandboxed("python", "main.py", "pass\n")],
    ["python3 -S -I -B main.py (own sandbox per run)", sandboxed("python", "main.py", "pass\n", false)],
    ["node --frozen-intrinsics main.js (bare)", bareNode],
    ["node --frozen-intrinsics main.js (sandboxed)", sandboxed("javascript", "main.js", "0\n")],
    ["node --frozen-intrinsics main.js (own sandbox per run)", sandboxed("javascript", "main.js", "0\n", false)],
    ["scoreCodeSample, Python HumanEval-style (checker + candidate)", sample],
  ]);
  fs.rmSync(dir, { recursive: true, force: true });
  const rate = (name: string): number => rows.find(([row]) => row === name)![1];
  const cpuPerRun = (name: string): number => rows.find(([row]) => row === name)![2];

  console.log(`${runs} runs, ${parallel} at a time; ${os.availableParallelism()} cores; ${os.cpus()[0]?.model ?? "?"}`);
  console.log(`python: ${python.path}, node: ${node.path} ${process.version}; root: ${availability.dropPrivileges}`);
  console.log(`load average before: ${load}; after: ${os.loadavg().map((value) => value.toFixed(1)).join(" ")}`);
  for (const [name, value, cpu] of rows) console.log(`${name.padEnd(56)} ${value.toFixed(1).padStart(7)} /s ${cpu.toFixed(1).padStart(6)} ms CPU/run`);
  const ratio = (a: string, b: string): string => (rate(a) / rate(b)).toFixed(2);
  for (const language of ["python3 -S -I -B main.py", "node --frozen-intrinsics main.js"]) {
    const bareName = `${language} (bare)`;
    const cpuRatio = (name: string): string => (cpuPerRun(bareName) / cpuPerRun(name)).toFixed(2);
    console.log(
      `${language}: sandboxed / bare ${ratio(`${language} (sandboxed)`, bareName)} (target ≥ 0.80), by CPU per run ` +
        `${cpuRatio(`${language} (sandboxed)`)}; own sandbox per run / bare ${ratio(`${language} (own sandbox per run)`, bareName)}, ` +
        `by CPU ${cpuRatio(`${language} (own sandbox per run)`)}`,
    );
  }

  // Timeouts: a program that sleeps past a 500 ms limit; how long after the limit its verdict comes.
  const overruns: number[] = [];
  for (let index = 0; index < 20; index += 1) {
    const result = await pool.run({ language: "python", files: { "main.py": "import time\ntime.sleep(30)\n" }, entry: "main.py", timeLimitMs: 500 });
    if (result.status !== "timeout") throw new Error(`expected a timeout, got ${result.status}`);
    overruns.push(result.durationMs - result.timeLimitMs);
  }
  overruns.sort((a, b) => a - b);
  console.log(`verdict after a 500 ms limit, 20 runs: median +${overruns[10]} ms, max +${overruns[19]} ms (target ≤ 200 ms)`);
}

await main();
