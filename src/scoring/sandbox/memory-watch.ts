import fs from "node:fs";

/**
 * The memory cap of a run where no cgroup is available (the "rlimit-budget" mechanism of memory-cap.ts): kurabe adds
 * up the resident memory of the run's processes every WATCH_INTERVAL_MS and stops the run once they hold more than the
 * cap together. RLIMIT_AS still bounds each process. A lower process cap (RLIMIT_AS × N) would bound the sum without
 * polling, but RLIMIT_NPROC counts threads: at 4, a Python thread pool or Node's own threads (main, V8's pool,
 * libuv's pool: 7–11 of them) cannot start. Resident memory counts what a process holds, not what it reserved (Node
 * reserves ~700 MiB of address space and uses ~40 MiB). Between two checks a run can pass the cap by what it
 * allocates in that time.
 */
export const WATCH_INTERVAL_MS = 50;

/**
 * Where a run's processes are listed: a sandbox's own /proc (bwrap mounts one for its pid namespace), reached through
 * the namespace init's root; or, without a sandbox, the host's /proc, keeping the members of the run's process group.
 */
type RunProcesses = { sandboxInit: number; /** a zygote's: not part of the run */ skipInit?: boolean } | { processGroup: number };

/** Resident memory (VmRSS) of every process of the run, in bytes; 0 when none is left. */
export function runResidentBytes(run: RunProcesses): number {
  const proc = "sandboxInit" in run ? `/proc/${run.sandboxInit}/root/proc` : "/proc";
  let entries: string[];
  try {
    entries = fs.readdirSync(proc);
  } catch {
    return 0;
  }
  let total = 0;
  for (const pid of entries) {
    if (!/^\d+$/.test(pid) || ("skipInit" in run && run.skipInit && pid === "1")) continue;
    if ("processGroup" in run && processGroup(`${proc}/${pid}`) !== run.processGroup) continue;
    total += residentBytes(`${proc}/${pid}`);
  }
  return total;
}

function residentBytes(dir: string): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`${dir}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function processGroup(dir: string): number | undefined {
  try {
    const stat = fs.readFileSync(`${dir}/stat`, "utf8");
    // Fields after the command name (which may hold spaces and parentheses): state, ppid, pgrp.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
  } catch {
    return undefined;
  }
}

/** Checks a run's resident memory every WATCH_INTERVAL_MS and calls `over` (once) when it passes `capBytes`. */
export function watchRunMemory(run: RunProcesses, capBytes: number, over: (bytes: number) => void): () => void {
  const timer = setInterval(() => {
    const bytes = runResidentBytes(run);
    if (bytes <= capBytes) return;
    clearInterval(timer);
    over(bytes);
  }, WATCH_INTERVAL_MS);
  return () => clearInterval(timer);
}
