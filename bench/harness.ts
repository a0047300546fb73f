/**
 * Shared plumbing for the benchmarks: the built CLI, a mock model server in its own process, measured child
 * processes (wall time and peak RSS), temp folders that are always removed, and table printing.
 *
 * Child processes get the parent's environment without NODE_EXTRA_CA_CERTS: on these machines it points at the system
 * bundle and adds ~90 ms to every Node start, which would be charged to whichever tool starts more processes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The CLI that serves the mock model (always this checkout's build). */
export const cliPath = join(repoRoot, "dist", "cli", "main.js");
/** Git-ignored: cached installs (promptfoo) and the raw figures of the last run of each benchmark. */
export const outDir = join(repoRoot, "bench", ".out");

/**
 * The kurabe CLI to measure: this checkout's build, or `--cli PATH` (another build's dist/cli/main.js, e.g. to compare
 * a change against the current code on the same machine and in the same minute).
 */
export function measuredCli(override: string | undefined): string {
  ensureBuilt();
  const path = override ? resolve(override) : cliPath;
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  return path;
}

export function ensureBuilt(): void {
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} does not exist: run \`npm run build\` first`);
  }
}

/** The environment for measured children: NODE_EXTRA_CA_CERTS removed (see above), plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

// ---------------------------------------------------------------------------------------------------------------
// Temp folders and cleanup

const cleanups: Array<() => Promise<void> | void> = [];

/** Registers work that must run however the benchmark ends (normal end, error, Ctrl-C). Runs last-in first-out. */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

let cleaning: Promise<void> | undefined;

/** Runs the registered cleanups once; a second caller (signal and failure at once) waits for the same pass. */
export function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()!();
      } catch (error) {
        process.stderr.write(`cleanup failed: ${String(error)}\n`);
      }
    }
  })().finally(() => {
    cleaning = undefined;
  });
  return cleaning;
}

export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `kurabe-bench-${prefix}-`));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `main`, then the cleanups, whatever happens; exits non-zero on failure, 130 on SIGINT/SIGTERM. */
export function runBenchmark(main: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: stopping and cleaning up\n`);
    void runCleanups().finally(() => process.exit(130));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  main()
    .then(runCleanups, async (error: unknown) => {
      // A child killed by the same Ctrl-C fails main(); that is the stop, not a failure to report.
      if (!stopping) {
        process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
      }
      await runCleanups();
    })
    .finally(() => {
      if (stopping) return; // stop() exits once its cleanup pass is done
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Data

/** `n` echo items: the mock server answers with the prompt, so `expected` = `input` and every answer is right. */
export function echoItems(n: number): Array<{ id: string; input: string; expected: string }> {
  return Array.from({ length: n }, (_, i) => {
    const input = `Item ${i + 1}: what is ${i + 1} plus ${(i * 7) % 100}?`;
    return { id: `item-${i + 1}`, input, expected: input };
  });
}

export async function writeJsonl(path: string, rows: readonly unknown[]): Promise<void> {
  await writeFile(path, `${rows.map((row) => JSON.stringify(row)).join("\n")}\n`);
}

export function kurabeConfig(options: { baseURL: string; concurrency: number; itemsPath: string }): string {
  return [
    "models:",
    "  - id: mock",
    "    provider: openai-compatible",
    `    baseURL: ${options.baseURL}`,
    "    model: mock-model",
    "    apiKey: dummy",
    `    concurrency: ${options.concurrency}`,
    "suites:",
    "  - name: echo",
    `    path: ${options.itemsPath}`,
    "    scorer: exact",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------------------------
// The mock model server, in its own process

export interface MockServerProcess {
  /** e.g. `http://127.0.0.1:41234/v1`, what goes into `baseURL`. */
  baseURL: string;
  pid: number;
  /** User + system CPU the server has used so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** `kurabe mock-server --port 0 --latency MS` in a child process; resolves once it listens. */
export function startMockServerProcess(latencyMs: number): Promise<MockServerProcess> {
  return startServerProcess([cliPath, "mock-server", "--port", "0", "--latency", String(latencyMs)], "the mock server");
}

/** bench/reference-server.ts (`tokens` per answer at `itlMs` apart) in a child process; resolves once it listens. */
export function startReferenceServerProcess(tokens: number, itlMs: number): Promise<MockServerProcess> {
  const script = join(repoRoot, "bench", "reference-server.ts");
  const args = ["--import", "tsx", script, "--port", "0", "--tokens", String(tokens), "--itl-ms", String(itlMs)];
  return startServerProcess(args, "the reference server", repoRoot);
}

/**
 * A Node server in a child process that prints its address once it listens: by default a `http://127.0.0.1:PORT/v1`
 * base URL; `address` says what else to wait for (its first group is the URL).
 */
export async function startServerProcess(args: string[], what: string, cwd?: string, address = /(http:\/\/127\.0\.0\.1:\d+\/v1)/): Promise<MockServerProcess> {
  const child = spawn(process.execPath, args, { env: childEnv(), stdio: ["ignore", "pipe", "inherit"], ...(cwd ? { cwd } : {}) });
  const stop = () => stopChild(child);
  onCleanup(stop);
  const baseURL = await new Promise<string>((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 20 s`)), 20_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const match = address.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before listening`));
    });
  });
  child.stdout!.resume();
  return { baseURL, pid: child.pid!, cpuMs: () => processCpuMs(child.pid!), stop };
}

/**
 * Stops a child and everything under it: SIGTERM to its descendants and to it, SIGKILL after 5 s. The descendants
 * matter for `/usr/bin/time`, which ignores SIGINT and would otherwise die alone on SIGTERM, leaving the measured tool
 * running (and writing into a temp folder being removed).
 */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const signalAll = (signal: NodeJS.Signals) => {
    for (const pid of descendants(child.pid!).reverse()) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
    child.kill(signal);
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalAll("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    signalAll("SIGTERM");
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring a child process

const CLOCK_TICKS_PER_S = 100;

/** utime + stime of one process from /proc/PID/stat, in ms (0 if it is gone). */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return 0;
  }
}

/** Direct children of a process, from /proc/PID/task/TID/children (no scan of all of /proc). */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      if (text) found.push(...text.split(" ").map(Number));
    }
  } catch {
    // exited meanwhile
  }
  return found;
}

function descendants(root: number): number[] {
  const found: number[] = [];
  const queue = childrenOf(root);
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...childrenOf(pid));
  }
  return found;
}

function vmRssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export interface Measurement {
  /** Wall time from GNU time (`%e`), seconds. */
  wallS: number;
  /** Peak RSS from GNU time (`%M`): the largest max-RSS of the measured process and the descendants it waited for. */
  peakRssMb: number;
  /** Peak of the sum of VmRSS over the whole process tree, sampled every 50 ms (shows workers, if any). */
  treeRssMb: number;
  /** How many distinct processes the tree had (1 = no workers or subprocesses). */
  processes: number;
  /** [seconds since start, tree RSS in MB], one sample a second. */
  timeline: Array<[number, number]>;
  userS: number;
  sysS: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command args` under `/usr/bin/time -f '%e %M %U %S'` and samples the process tree's RSS meanwhile.
 * Rejects if it exits non-zero or outlives `timeoutMs` (then it is killed).
 */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; label: string },
): Promise<Measurement> {
  const timeFile = join(options.cwd, `.time-${process.pid}-${Date.now()}`);
  const child = spawn("/usr/bin/time", ["-f", "%e %M %U %S", "-o", timeFile, command, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  onCleanup(() => stopChild(child));
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk));

  const seen = new Set<number>();
  let treeRssKb = 0;
  const started = performance.now();
  const timeline: Array<[number, number]> = [];
  const sample = () => {
    // Descendants of /usr/bin/time: the tool and anything it starts (time itself is not counted).
    const pids = descendants(child.pid!);
    for (const pid of pids) seen.add(pid);
    const rssKb = pids.reduce((sum, pid) => sum + vmRssKb(pid), 0);
    treeRssKb = Math.max(treeRssKb, rssKb);
    const seconds = (performance.now() - started) / 1000;
    if (timeline.length === 0 || seconds - timeline.at(-1)![0] >= 1) timeline.push([Math.round(seconds * 10) / 10, Math.round(rssKb / 1024)]);
  };
  const sampler = setInterval(sample, 50);
  const killer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  clearInterval(sampler);
  clearTimeout(killer);

  const out = Buffer.concat(stdout).toString("utf8");
  const err = Buffer.concat(stderr).toString("utf8");
  const timeText = existsSync(timeFile) ? await readFile(timeFile, "utf8") : "";
  await rm(timeFile, { force: true });
  if (code !== 0) {
    throw new Error(`${options.label} exited with ${code}\n--- stderr (tail)\n${err.slice(-3000)}\n--- time\n${timeText}`);
  }
  // GNU time prints "Command exited with non-zero status" lines first when relevant; the figures are the last line.
  const last = timeText.trim().split("\n").at(-1) ?? "";
  const [wall, maxRss, user, sys] = last.split(" ").map(Number);
  if ([wall, maxRss, user, sys].some((v) => v === undefined || Number.isNaN(v))) {
    throw new Error(`${options.label}: could not read GNU time's output: ${JSON.stringify(timeText)}`);
  }
  return {
    wallS: wall!,
    peakRssMb: maxRss! / 1024,
    treeRssMb: treeRssKb / 1024,
    processes: seen.size,
    timeline,
    userS: user!,
    sysS: sys!,
    stdout: out,
    stderr: err,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// kurabe runs

export interface KurabeEntry {
  score: number | null;
  n: number;
  planned: number;
  errors: number;
}

/** Reads `kurabe run --json` output and checks that every planned item was answered and right. */
export function checkKurabeOutput(stdout: string, items: number): KurabeEntry {
  const board = JSON.parse(stdout) as { entries: KurabeEntry[] };
  const entry = board.entries[0];
  if (!entry || entry.score !== 1 || entry.n !== items || entry.errors !== 0) {
    throw new Error(`kurabe did not answer every item right: ${JSON.stringify(entry)}`);
  }
  return entry;
}

// ---------------------------------------------------------------------------------------------------------------
// Reporting

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? `-${"-".repeat(w)}-` : `-${"-".repeat(w)}:`)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

/** Where the machine stands, for the README: cores, Node, load. */
/** The 1-minute load average: the machine is shared, so each measured run says how busy it was. */
export function loadAverage(): string {
  return readFileSync("/proc/loadavg", "utf8").split(" ")[0]!;
}

export function machineLine(): string {
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  const cpus = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m)?.[1] ?? "unknown CPU";
  return `${new Date().toISOString()} · node ${process.version} · ${availableCores()} cores (${cpus}) · load ${load}`;
}

function availableCores(): number {
  return readFileSync("/proc/cpuinfo", "utf8").match(/^processor\s*:/gm)?.length ?? 0;
}

/** `name` for this checkout's build, `name-other-cli` when `--cli` pointed elsewhere (so neither overwrites the other). */
export function resultsName(name: string, cli: string): string {
  return resolve(cli) === cliPath ? name : `${name}-other-cli`;
}

/** Saves the raw figures of a benchmark run to bench/.out/NAME.json (git-ignored). */
export async function saveResults(name: string, data: unknown): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}
