import fs from "node:fs";
import type { Interpreter } from "./interpreters.js";
import type { SandboxLimits } from "./types.js";

/** The uid/gid a root harness drops to before starting bwrap (Debian's `nobody`). */
export const NOBODY = 65534;
/** The private work folder inside the sandbox. */
export const WORK_DIR = "/box";
/** The only environment the harness starts bwrap (and the unsafe runner) with. */
export const HOST_PATH = "/usr/bin:/bin";
/**
 * The whole environment of a sandboxed program. glibc reserves 64 MiB of address space per thread arena: without
 * MALLOC_ARENA_MAX a thread pool hits RLIMIT_AS.
 */
export const PROGRAM_ENV: Readonly<Record<string, string>> = { PATH: HOST_PATH, HOME: WORK_DIR, MALLOC_ARENA_MAX: "2" };

/** What the host's root looks like: merged-/usr symlinks (`/bin -> usr/bin`) or real folders, and the /etc files. */
interface HostLayout {
  topLevel: readonly { path: string; symlinkTarget?: string }[];
  /** Host files under /etc the interpreters read: the loader cache, the time zone. */
  etcFiles: readonly string[];
}

export interface BubblewrapInvocation {
  interpreter: Interpreter;
  /** File name inside the work folder. */
  entry: string;
  args: readonly string[];
  /** Files copied into the work folder from the given file descriptors (bwrap `--file FD DEST`). */
  files: readonly { name: string; fd: number }[];
  /** bwrap writes `{"child-pid": N}` (the host pid of the program, pid 1 inside) to this fd. */
  infoFd: number;
  /** The start-up handshake's socket (see START_GUARD). */
  lifelineFd: number;
  /** The socket whose end-of-file tells the watcher that kurabe died (see START_WATCH). */
  watchFd: number;
  limits: SandboxLimits;
  cpuSeconds: number;
  /** The start guard's rlimits instead of those from `limits` and `cpuSeconds` (a zygote's: "unlimited"). */
  guardLimits?: GuardLimits;
  /** Started as root: drop to nobody with setpriv *before* bwrap (inside it setresuid fails; see sandbox.md). */
  dropPrivileges: boolean;
  layout: HostLayout;
  tools: SandboxTools;
}

/** START_GUARD's rlimit arguments: RLIMIT_AS in KiB, CPU seconds, RLIMIT_FSIZE in 512-byte blocks, NPROC, NOFILE. */
export type GuardLimits = readonly [string, string, string, string, string];

/** The start guard's rlimits of a single run. */
function runGuardLimits(limits: SandboxLimits, cpuSeconds: number): GuardLimits {
  return [
    String(Math.floor(limits.memoryBytes / 1024)),
    String(cpuSeconds),
    String(Math.floor(limits.fileBytes / 512)),
    String(limits.processes),
    String(limits.openFiles),
  ];
}

/** Absolute paths of the helper programs (all under /usr, so the shell inside the sandbox is the same file). */
export interface SandboxTools {
  bwrap: string;
  setpriv: string;
  sh: string;
}

/**
 * The first program in the sandbox, a POSIX shell script: a handshake with kurabe, then the rlimits, then the
 * interpreter. bwrap arms --die-with-parent (PR_SET_PDEATHSIG) in its outer process and, just before this exec, in
 * the sandbox's pid 1, but never checks that its parent is still alive: a kurabe killed in those first milliseconds
 * left the program running (1 run in 6, issue 12). The guard writes `r` on the lifeline and waits for kurabe's `go`:
 * a dead kurabe answers with end-of-file, so the guard exits; a live one answers after both death signals are armed,
 * so its later death takes the sandbox down. kurabe also moves the guard into the run's cgroup before answering, so
 * every process of the run starts inside it. Arguments: lifeline fd, RLIMIT_AS in KiB, CPU seconds, RLIMIT_FSIZE in
 * 512-byte blocks, RLIMIT_NPROC, RLIMIT_NOFILE, then the command.
 */
export const START_GUARD =
  'l=$1; shift; printf r >&$l && IFS= read -r g <&$l && [ "$g" = go ] || exit 125; eval "exec $l>&-"; ' +
  "ulimit -v $1 && ulimit -t $2 && ulimit -f $3 && ulimit -p $4 && ulimit -n $5 && ulimit -c 0 || exit 125; " +
  'shift 5; exec "$@"';

/**
 * The process kurabe spawns, a POSIX shell script that starts the sandbox in the background and SIGKILLs its own
 * process group when kurabe dies (end-of-file on the watch socket). bwrap's outer process can end before it releases
 * the sandbox's pid 1 (SIGPIPE writing --info-fd to a dead kurabe, or --die-with-parent in its first milliseconds):
 * that pid 1 then waits on bwrap's start signal forever, still in this group but not yet armed with its own death
 * signal, and as a pid namespace's init it ignores every signal but SIGKILL (a SIGTERM here left it running in 2 of
 * 300 SIGKILLs of kurabe, issue 12). So once bwrap has ended, the watcher writes bwrap's exit status to the watch
 * socket (kurabe reads it there) and SIGKILLs its whole group, itself included. Arguments: watch fd, then the command.
 */
export const START_WATCH =
  'w=$1; shift; exec 9<&0; eval "\\"\\$@\\" <&9 9<&- $w<&- &"; p=$!; exec 9<&-; ' +
  '{ read -r x <&$w; kill -9 0; } & wait $p; s=$?; trap "" PIPE; echo "$s" >&$w; kill -9 0';

const TOP_LEVEL = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];
const ETC_FILES = ["/etc/ld.so.cache", "/etc/localtime"];

let layoutCache: HostLayout | undefined;

/** Reads the host layout once per process. */
export function hostLayout(): HostLayout {
  if (layoutCache) return layoutCache;
  const topLevel: { path: string; symlinkTarget?: string }[] = [];
  for (const entry of TOP_LEVEL) {
    try {
      const stat = fs.lstatSync(entry);
      if (stat.isSymbolicLink()) topLevel.push({ path: entry, symlinkTarget: fs.readlinkSync(entry) });
      else if (stat.isDirectory()) topLevel.push({ path: entry });
    } catch {
      // absent on this host
    }
  }
  const etcFiles = ETC_FILES.filter((file) => fs.existsSync(file));
  layoutCache = { topLevel, etcFiles };
  return layoutCache;
}

/**
 * The hardened command line of sandbox.md, as (command, args). Only `/usr`, the loader cache and the interpreter's
 * own prefix are visible; the root, /dev and everything bound are read-only; `/box` (work folder, `/tmp` points
 * there) and `/dev/shm` are size-capped tmpfs; no network, no nested user namespaces; the program is pid 1 of its
 * own pid namespace, so when it ends every process it started ends with it.
 */
export function bubblewrapCommand(run: BubblewrapInvocation): { command: string; args: string[] } {
  const { limits } = run;
  const bwrap = [
    "--unshare-all",
    "--unshare-user",
    "--disable-userns",
    "--as-pid-1",
    "--die-with-parent",
    "--new-session",
    "--info-fd", String(run.infoFd),
    "--ro-bind", "/usr", "/usr",
    ...run.layout.topLevel.flatMap((entry) =>
      entry.symlinkTarget === undefined
        ? ["--ro-bind", entry.path, entry.path]
        : ["--symlink", entry.symlinkTarget, entry.path],
    ),
    ...run.layout.etcFiles.flatMap((file) => ["--ro-bind", file, file]),
    ...run.interpreter.roots.flatMap((root) => ["--ro-bind", root, root]),
    "--dev", "/dev",
    "--proc", "/proc",
    "--perms", "1777", "--size", String(limits.diskBytes), "--tmpfs", WORK_DIR,
    "--symlink", WORK_DIR.slice(1), "/tmp",
    "--perms", "1777", "--size", String(Math.min(limits.diskBytes, 16 * 1024 * 1024)), "--tmpfs", "/dev/shm",
    ...run.files.flatMap((file) => ["--perms", "0444", "--file", String(file.fd), `${WORK_DIR}/${file.name}`]),
    // bwrap's own root and /dev are tmpfs without a size cap: make them read-only once everything is in place.
    "--remount-ro", "/dev",
    "--remount-ro", "/",
    "--chdir", WORK_DIR,
    "--clearenv",
    ...Object.entries(PROGRAM_ENV).flatMap(([name, value]) => ["--setenv", name, value]),
    "--",
    run.tools.sh, "-c", START_GUARD, "sh", String(run.lifelineFd),
    ...(run.guardLimits ?? runGuardLimits(limits, run.cpuSeconds)),
    run.interpreter.path,
    ...run.interpreter.args,
    `${WORK_DIR}/${run.entry}`,
    ...run.args,
  ];
  const watch = ["-c", START_WATCH, "sh", String(run.watchFd)];
  if (!run.dropPrivileges) return { command: run.tools.sh, args: [...watch, run.tools.bwrap, ...bwrap] };
  const setpriv = [
    "--reuid", String(NOBODY),
    "--regid", String(NOBODY),
    "--clear-groups",
    "--inh-caps=-all",
    "--bounding-set=-all",
    "--",
  ];
  return { command: run.tools.sh, args: [...watch, run.tools.setpriv, ...setpriv, run.tools.bwrap, ...bwrap] };
}

/** `prlimit … --`: the rlimits applied to the interpreter in unsafe mode (the sandbox sets them in START_GUARD). */
export function prlimitCommand(prlimit: string, limits: SandboxLimits, cpuSeconds: number): string[] {
  return [
    prlimit,
    `--as=${limits.memoryBytes}`,
    `--cpu=${cpuSeconds}`,
    `--fsize=${limits.fileBytes}`,
    `--nproc=${limits.processes}`,
    `--nofile=${limits.openFiles}`,
    "--core=0",
    "--",
  ];
}
