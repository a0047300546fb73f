import type { Duplex } from "node:stream";

export type SandboxLanguage = "python" | "javascript";

/** Resource limits of one run. Every field has a default (see DEFAULT_LIMITS). */
export interface SandboxLimits {
  /** Address-space limit (RLIMIT_AS), bytes. */
  memoryBytes: number;
  /** Size of the private writable work folder (a tmpfs, so it counts as RAM), bytes. */
  diskBytes: number;
  /** Largest single file the program may write (RLIMIT_FSIZE), bytes. */
  fileBytes: number;
  /** Processes and threads (RLIMIT_NPROC). */
  processes: number;
  /** Open file descriptors (RLIMIT_NOFILE). */
  openFiles: number;
  /** Bytes read from each of stdout and stderr before the run is stopped as "output-limit". */
  outputBytes: number;
  /** Bytes of each stream kept for the result: half from the head, half from the tail. */
  keptOutputBytes: number;
}

export interface SandboxRequest {
  language: SandboxLanguage;
  /** Files written into the work folder `/box` before the run: plain names (no folders) → content. */
  files: Readonly<Record<string, string>>;
  /** The file the interpreter runs; one of `files`. */
  entry: string;
  /** Arguments after the entry file. */
  args?: readonly string[];
  /** Written to the program's stdin, which is then closed. */
  stdin?: string | Buffer;
  /** Wall-clock limit; the CPU-time limit is derived from it. */
  timeLimitMs: number;
  limits?: Partial<SandboxLimits>;
  /**
   * Open a report channel on fd 3 of the program (read back as `report`, capped): a path for a harness to say how
   * the run went, kept apart from whatever the program under test prints.
   */
  reportChannel?: boolean;
  /**
   * Open a link channel (a socket, on the fd after the report channel) and hand kurabe's end to `onLink`: how two
   * sandboxed programs talk (see run-linked.ts).
   */
  onLink?: (link: Duplex) => void;
  /**
   * Run WITHOUT bubblewrap: only rlimits, the timeout and an empty environment. The program can read every file the
   * user can, use the network and leave processes behind. For hosts where bubblewrap cannot run; never the default.
   */
  unsafeNoSandbox?: boolean;
  /**
   * A checker (the benchmark's tests) rather than a program under test. Only the unsafe mode looks at it: there a root
   * harness runs a checker as its own user (UNSAFE_CHECKER_UID), so the program it checks cannot signal, trace or
   * read it (bubblewrap keeps every run in its own namespaces anyway).
   */
  role?: "checker";
  /**
   * false: start a sandbox of its own for this run (a new bwrap), not a run in a reused zygote (zygote.ts). Both are
   * the same hardened sandbox; the zygote saves the set-up.
   */
  zygote?: boolean;
  /** Stops the run (status "cancelled"). */
  signal?: AbortSignal;
}

/**
 * How a run ended. "timeout" covers the wall-clock and the CPU-time limit; "memory" is a guess from the exit (the
 * program ran out of address space); "killed" is any other death by signal; "error" means the sandbox itself failed.
 */
export type SandboxStatus =
  | "ok"
  | "failed"
  | "timeout"
  | "memory"
  | "output-limit"
  | "killed"
  | "cancelled"
  | "error";

export interface SandboxResult {
  status: SandboxStatus;
  /** Exit status of the sandboxed program, when it exited (null when killed by a signal). */
  exitCode: number | null;
  /** Name of the signal that ended the program, when known. */
  signal: string | null;
  /** Captured output: the head and tail when it was longer than `keptOutputBytes`. */
  stdout: string;
  stderr: string;
  /** Bytes the program wrote to each stream (counted up to the point the harness stopped reading). */
  outputBytes: { stdout: number; stderr: number };
  /** What the program wrote to fd 3, when `reportChannel` was asked for. */
  report: string;
  durationMs: number;
  timeLimitMs: number;
  /** False when the run used `unsafeNoSandbox`. */
  sandboxed: boolean;
}

export const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<SandboxLimits> = {
  memoryBytes: 1024 * MIB,
  diskBytes: 64 * MIB,
  fileBytes: 16 * MIB,
  processes: 64,
  openFiles: 64,
  outputBytes: 1 * MIB,
  keptOutputBytes: 64 * 1024,
};
