import fs from "node:fs";
import type { Duplex } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
import type { CappedOutput } from "./capped-output.js";
import type { RunCgroup } from "./memory-cap.js";

// How kurabe reaches the processes of a sandbox (a run's own or a zygote) from the host: bwrap's report of the
// sandbox's pid 1, the start guard's question, a process group's kill and the end of the pid namespace.

/** The host pid of the namespace's pid 1, from bwrap's --info-fd JSON. */
export function childPid(info: string): number | undefined {
  const match = /"child-pid"\s*:\s*(\d+)/.exec(info);
  return match ? Number(match[1]) : undefined;
}

/**
 * Waits up to `timeoutMs` for bwrap's --info-fd output to name the sandbox's pid 1; undefined when it does not, or
 * as soon as `cancelled()` says the pid is no longer wanted.
 */
export async function sandboxPid(info: CappedOutput, timeoutMs: number, cancelled: () => boolean = () => false): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (cancelled()) return undefined;
    const found = childPid(info.text());
    if (found !== undefined || Date.now() > deadline) return found;
    await delay(2);
  }
}

/**
 * Answers the start guard (bubblewrap.ts START_GUARD): once it asks, moves the sandbox's pid 1 into the run's cgroup
 * and says `go`. A kurabe that dies first never answers, and the guard exits.
 */
export function answerGuard(
  lifeline: Duplex | null,
  info: CappedOutput,
  cgroup: RunCgroup | undefined,
  on: { started(): void; failed(message: string): void },
): void {
  if (!lifeline) return;
  lifeline.on("error", () => {});
  let asked = false;
  lifeline.on("data", () => {
    if (asked) return;
    asked = true;
    void (async () => {
      try {
        if (cgroup) {
          // bwrap writes --info-fd before it lets the sandbox start, but the two pipes may be read in either order.
          const pid = await sandboxPid(info, 2000);
          if (pid === undefined) throw new Error("bwrap did not report the sandbox's pid");
          cgroup.add(pid);
        }
        on.started();
        lifeline.end("go\n");
      } catch (error) {
        on.failed(`cannot put the run in its memory cgroup: ${(error as Error).message}`);
      }
    })();
  });
}

/** SIGKILLs a process group (setpriv/bwrap and the watcher, or an unsafe run and what it forked). */
export function signalGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group is empty
  }
}

/**
 * Waits until the namespace's pid 1 is gone: a pid namespace's init finishes exiting only after every other process
 * in it has (the kernel kills and reaps them first), so a zombie pid 1 already means the whole sandbox is gone. Its
 * parent may be slow to reap it (or, once bwrap was killed, an init that never reaps), so a zombie counts as gone.
 */
export async function namespaceGone(pid: number | undefined, timeoutMs = 5000): Promise<void> {
  if (pid === undefined) return;
  const first = processState(pid);
  if (!first) return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const now = processState(pid);
    // A different start time means the pid was reused: ours is gone.
    if (!now || now.startTime !== first.startTime || now.state === "Z" || now.state === "X") return;
    await delay(5);
  }
}

function processState(pid: number): { state: string; startTime: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself contain spaces and parentheses: state is field 3, starttime 22.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", startTime: fields[19] ?? "" };
  } catch {
    return undefined;
  }
}
