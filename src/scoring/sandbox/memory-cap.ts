import fs from "node:fs";
import path from "node:path";
import { WATCH_INTERVAL_MS } from "./memory-watch.js";
import { MIB } from "./types.js";

/**
 * How the memory of one sandboxed run (every process it starts, together) is capped. RLIMIT_AS bounds each process
 * only: four children holding 700 MiB each took 2.8 GiB under a 1 GiB limit (issue 12). A per-run cgroup bounds the
 * sum: cgroup v2 `memory.max` where the machine delegates a cgroup to us, cgroup v1 `memory.limit_in_bytes` where that
 * hierarchy is writable (root on a v1 host). Otherwise ("rlimit-budget") kurabe adds up the resident memory of the
 * run's processes itself and stops the run past the cap (memory-watch.ts), with RLIMIT_AS on each process.
 */
type MemoryCapMechanism = "cgroup-v2" | "cgroup-v1" | "rlimit-budget";

export interface MemoryCapSupport {
  mechanism: MemoryCapMechanism;
  /** The cgroup under which each run gets its own child (cgroup mechanisms only). */
  base?: string;
  /** Why no cgroup is used (rlimit-budget only): what was found, and how to get a cgroup cap. */
  reason?: string;
}

/** What is in force for a run, as stored with the run and shown by `kurabe doctor`. */
export interface MemoryCapSettings {
  mechanism: MemoryCapMechanism;
  /** The most memory the run's processes can hold together, bytes. */
  runBytes: number;
  /** RLIMIT_AS of each process, bytes. */
  processBytes: number;
  /** RLIMIT_NPROC (processes and threads). */
  processes: number;
  /** One line for people. */
  summary: string;
}

/** The settings in force for a run with these per-process limits. */
export function memoryCapSettings(
  support: MemoryCapSupport,
  limits: { memoryBytes: number; processes: number },
): MemoryCapSettings {
  const mib = (bytes: number): string => `${Math.round(bytes / MIB)} MiB`;
  const common = { runBytes: limits.memoryBytes, processBytes: limits.memoryBytes, processes: limits.processes };
  if (support.mechanism === "rlimit-budget") {
    return {
      mechanism: "rlimit-budget",
      ...common,
      summary:
        `rlimit budget: kurabe stops a run whose processes hold more than ${mib(limits.memoryBytes)} together ` +
        `(resident memory, checked every ${WATCH_INTERVAL_MS} ms); each process at most ${mib(limits.memoryBytes)} address space`,
    };
  }
  const file = support.mechanism === "cgroup-v2" ? "memory.max" : "memory.limit_in_bytes";
  return {
    mechanism: support.mechanism,
    ...common,
    summary: `${support.mechanism} ${file}: ${mib(limits.memoryBytes)} per run, all its processes together`,
  };
}

/** The files the probe reads, so tests can point it at a fake host. */
interface CgroupHost {
  /** Contents of /proc/self/cgroup. */
  selfCgroup: string;
  /** Contents of /proc/self/mountinfo. */
  mountinfo: string;
}

function realHost(): CgroupHost {
  const read = (file: string): string => {
    try {
      return fs.readFileSync(file, "utf8");
    } catch {
      return "";
    }
  };
  return { selfCgroup: read("/proc/self/cgroup"), mountinfo: read("/proc/self/mountinfo") };
}

interface Mount {
  mountPoint: string;
  fsType: string;
  superOptions: string[];
}

/** Mounts from /proc/self/mountinfo: `id parent dev root mountpoint opts [optional…] - fstype source superopts`. */
function parseMountinfo(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split("\n")) {
    const [left, right] = line.split(" - ");
    if (!left || !right) continue;
    const mountPoint = left.split(" ")[4];
    const [fsType, , options = ""] = right.split(" ");
    if (mountPoint && fsType) mounts.push({ mountPoint: unescapeMount(mountPoint), fsType, superOptions: options.split(",") });
  }
  return mounts;
}

function unescapeMount(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** The folders where this process's own cgroups live: v2 (unified) and the v1 memory hierarchy, when mounted. */
export function ownCgroups(host: CgroupHost): { v2?: string; v1Memory?: string } {
  const mounts = parseMountinfo(host.mountinfo);
  const found: { v2?: string; v1Memory?: string } = {};
  for (const line of host.selfCgroup.split("\n")) {
    const match = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
    if (!match) continue;
    const [, id, controllers = "", cgroupPath = "/"] = match;
    if (id === "0" && controllers === "") {
      const mount = mounts.find((m) => m.fsType === "cgroup2");
      if (mount) found.v2 = path.resolve(mount.mountPoint, `.${cgroupPath}`);
    } else if (controllers.split(",").includes("memory")) {
      const mount = mounts.find((m) => m.fsType === "cgroup" && m.superOptions.includes("memory"));
      if (mount) found.v1Memory = path.resolve(mount.mountPoint, `.${cgroupPath}`);
    }
  }
  return found;
}

let cached: MemoryCapSupport | undefined;

/** Which mechanism caps a run's memory on this host, found once per process by trying it. */
export function memoryCapSupport(): MemoryCapSupport {
  if (!cached) {
    cached = probeMemoryCap(realHost());
    if (cached.base) removeStaleCgroups(cached.base);
  }
  return cached;
}

/** Removes the empty run cgroups a killed kurabe left behind (the kernel refuses to remove one still in use). */
function removeStaleCgroups(base: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(base);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = /^kurabe-(\d+)-\d+$/.exec(entry)?.[1];
    if (!pid || Number(pid) === process.pid || processAlive(Number(pid))) continue;
    try {
      fs.rmdirSync(path.join(base, entry));
    } catch {
      // still in use, or not ours to remove
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function probeMemoryCap(host: CgroupHost): MemoryCapSupport {
  const own = ownCgroups(host);
  if (own.v2 && tryCgroup(own.v2, "memory.max")) return { mechanism: "cgroup-v2", base: own.v2 };
  if (own.v1Memory && tryCgroup(own.v1Memory, "memory.limit_in_bytes")) return { mechanism: "cgroup-v1", base: own.v1Memory };
  const found = own.v2 ? `cgroup v2 at ${own.v2}` : own.v1Memory ? `cgroup v1 memory at ${own.v1Memory}` : "no memory cgroup";
  return {
    mechanism: "rlimit-budget",
    reason:
      `${found}, not writable or without the memory controller: run kurabe as root on a cgroup v1 host, or in a ` +
      "delegated cgroup v2 (e.g. systemd-run --user --scope -p Delegate=yes kurabe …)",
  };
}

/** Creates and removes a child of `base` with a memory limit: the one test that says the mechanism works. */
function tryCgroup(base: string, limitFile: string): boolean {
  const probe = path.join(base, `kurabe-probe-${process.pid}`);
  try {
    if (limitFile === "memory.max" && !fs.readFileSync(path.join(base, "cgroup.subtree_control"), "utf8").includes("memory")) {
      return false;
    }
    fs.accessSync(path.join(base, "cgroup.procs"), fs.constants.W_OK);
    fs.mkdirSync(probe);
    fs.writeFileSync(path.join(probe, limitFile), String(64 * MIB));
    return true;
  } catch {
    return false;
  } finally {
    try {
      fs.rmdirSync(probe);
    } catch {
      // never created
    }
  }
}

let counter = 0;

/** One run's cgroup: the pid to add, whether the kernel killed for memory in it, and how to tear it down. */
export class RunCgroup {
  private constructor(
    readonly dir: string,
    private readonly v2: boolean,
  ) {}

  /** A fresh child cgroup of `support.base` capped at `bytes`; undefined when the host has none. */
  static create(support: MemoryCapSupport, bytes: number): RunCgroup | undefined {
    if (!support.base || support.mechanism === "rlimit-budget") return undefined;
    counter += 1;
    const dir = path.join(support.base, `kurabe-${process.pid}-${counter}`);
    fs.mkdirSync(dir);
    const cgroup = new RunCgroup(dir, support.mechanism === "cgroup-v2");
    try {
      cgroup.setLimit(bytes);
    } catch (error) {
      fs.rmdirSync(dir);
      throw error;
    }
    return cgroup;
  }

  private limitBytes: number | undefined;

  /** Caps the memory of everything in the cgroup together (a zygote's cgroup is set again for each run). */
  setLimit(bytes: number): void {
    if (bytes === this.limitBytes) return;
    if (this.v2) {
      fs.writeFileSync(path.join(this.dir, "memory.max"), String(bytes));
      writeIfPresent(path.join(this.dir, "memory.swap.max"), "0");
    } else {
      // Memory + swap at the same figure: no swapping past the cap (absent without swap accounting). The kernel
      // refuses a memory limit above memory + swap, so the order depends on the direction.
      const memsw = path.join(this.dir, "memory.memsw.limit_in_bytes");
      if (this.limitBytes !== undefined && bytes > this.limitBytes) writeIfPresent(memsw, String(bytes));
      fs.writeFileSync(path.join(this.dir, "memory.limit_in_bytes"), String(bytes));
      writeIfPresent(memsw, String(bytes));
    }
    this.limitBytes = bytes;
  }

  /** Moves a process (and so everything it starts afterwards) into the cgroup. */
  add(pid: number): void {
    fs.writeFileSync(path.join(this.dir, "cgroup.procs"), String(pid));
  }

  /** Whether the kernel's OOM killer ended a process of this run for passing the cap. */
  oomKilled(): boolean {
    return this.oomKills() > 0;
  }

  /** How many processes the kernel's OOM killer has ended in this cgroup so far. */
  oomKills(): number {
    const events = readOr(path.join(this.dir, this.v2 ? "memory.events" : "memory.oom_control"));
    const match = /^oom_kill (\d+)$/m.exec(events);
    return match ? Number(match[1]) : 0;
  }

  /** SIGKILLs every process in the cgroup. */
  killAll(): void {
    if (this.v2 && writeIfPresent(path.join(this.dir, "cgroup.kill"), "1")) return;
    for (const pid of readOr(path.join(this.dir, "cgroup.procs")).split("\n").filter(Boolean)) {
      try {
        process.kill(Number(pid), "SIGKILL");
      } catch {
        // gone meanwhile
      }
    }
  }

  /** Removes the cgroup once it is empty (the kernel refuses before), trying for a few seconds. */
  async remove(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      try {
        fs.rmdirSync(this.dir);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        this.killAll();
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  }
}

function writeIfPresent(file: string, content: string): boolean {
  try {
    fs.writeFileSync(file, content, { flag: "r+" });
    return true;
  } catch {
    return false;
  }
}

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
