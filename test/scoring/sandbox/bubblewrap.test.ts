import { spawn } from "node:child_process";
import fs from "node:fs";
import type { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { bubblewrapCommand, START_GUARD, START_WATCH, type BubblewrapInvocation } from "../../../src/scoring/sandbox/bubblewrap.js";
import { DEFAULT_LIMITS } from "../../../src/scoring/sandbox/types.js";

const invocation = (fields: Partial<BubblewrapInvocation> = {}): BubblewrapInvocation => ({
  interpreter: { language: "python", path: "/usr/bin/python3.11", args: ["-S"], roots: [] },
  entry: "main.py",
  args: [],
  files: [{ name: "main.py", fd: 3 }],
  infoFd: 4,
  lifelineFd: 5,
  watchFd: 6,
  limits: DEFAULT_LIMITS,
  cpuSeconds: 5,
  dropPrivileges: true,
  layout: { topLevel: [{ path: "/bin", symlinkTarget: "usr/bin" }, { path: "/lib64" }], etcFiles: ["/etc/ld.so.cache"] },
  tools: { bwrap: "/usr/bin/bwrap", setpriv: "/usr/bin/setpriv", sh: "/usr/bin/sh" },
  ...fields,
});

/** The arguments that follow `flag`, as consecutive pairs or triples. */
const after = (args: string[], flag: string, count: number): string[][] =>
  args.flatMap((arg, index) => (arg === flag ? [args.slice(index + 1, index + 1 + count)] : []));

describe("bubblewrapCommand (the hardened invocation of sandbox.md)", () => {
  it("starts the watcher, which kills the sandbox's process group when kurabe dies", () => {
    const { command, args } = bubblewrapCommand(invocation());
    expect(command).toBe("/usr/bin/sh");
    expect(args.slice(0, 4)).toEqual(["-c", START_WATCH, "sh", "6"]);
  });

  it("as root, drops to nobody with setpriv BEFORE bwrap (setresuid fails inside it)", () => {
    const { args } = bubblewrapCommand(invocation());
    const setpriv = args.indexOf("/usr/bin/setpriv");
    expect(args.slice(setpriv + 1, setpriv + 7)).toEqual(["--reuid", "65534", "--regid", "65534", "--clear-groups", "--inh-caps=-all"]);
    expect(args.indexOf("/usr/bin/bwrap")).toBeGreaterThan(args.indexOf("--clear-groups"));
  });

  it("when not root, starts bwrap directly under the watcher", () => {
    const { args } = bubblewrapCommand(invocation({ dropPrivileges: false }));
    expect(args[4]).toBe("/usr/bin/bwrap");
    expect(args).not.toContain("/usr/bin/setpriv");
  });

  it("unshares everything, forbids nested user namespaces, runs the program as pid 1, dies with its parent", () => {
    const { args } = bubblewrapCommand(invocation());
    for (const flag of ["--unshare-all", "--unshare-user", "--disable-userns", "--as-pid-1", "--die-with-parent", "--new-session", "--clearenv"]) {
      expect(args).toContain(flag);
    }
  });

  it("binds only /usr, the host's top-level links, the loader cache and the interpreter's prefix, read-only", () => {
    const { args } = bubblewrapCommand(invocation({ interpreter: { language: "python", path: "/opt/py/bin/python3", args: [], roots: ["/opt/py"] } }));
    expect(after(args, "--ro-bind", 2)).toEqual([
      ["/usr", "/usr"],
      ["/lib64", "/lib64"],
      ["/etc/ld.so.cache", "/etc/ld.so.cache"],
      ["/opt/py", "/opt/py"],
    ]);
    expect(args).not.toContain("--bind");
    expect(after(args, "--symlink", 2)).toContainEqual(["usr/bin", "/bin"]);
  });

  it("gives the program a size-capped tmpfs work folder (and /tmp pointing there) and a capped /dev/shm", () => {
    const { args } = bubblewrapCommand(invocation());
    const box = args.indexOf("/box");
    expect(args.slice(box - 5, box + 1)).toEqual(["--perms", "1777", "--size", String(DEFAULT_LIMITS.diskBytes), "--tmpfs", "/box"]);
    expect(after(args, "--symlink", 2)).toContainEqual(["box", "/tmp"]);
    expect(after(args, "--tmpfs", 1)).toEqual([["/box"], ["/dev/shm"]]);
    expect(after(args, "--file", 2)).toEqual([["3", "/box/main.py"]]);
  });

  it("makes bwrap's own root and /dev read-only after everything is in place", () => {
    const { args } = bubblewrapCommand(invocation());
    const lastMount = Math.max(args.lastIndexOf("--file"), args.lastIndexOf("--tmpfs"), args.lastIndexOf("--symlink"));
    expect(args.indexOf("--remount-ro")).toBeGreaterThan(lastMount);
    expect(after(args, "--remount-ro", 1)).toEqual([["/dev"], ["/"]]);
  });

  it("sets only PATH, HOME and MALLOC_ARENA_MAX, then starts the guard: handshake on the lifeline, rlimits, interpreter", () => {
    const { args } = bubblewrapCommand(invocation({ args: ["tag"] }));
    expect(after(args, "--setenv", 2)).toEqual([["PATH", "/usr/bin:/bin"], ["HOME", "/box"], ["MALLOC_ARENA_MAX", "2"]]);
    expect(after(args, "--info-fd", 1)).toEqual([["4"]]);
    const program = args.slice(args.indexOf("--", args.indexOf("--clearenv")) + 1);
    expect(program).toEqual([
      "/usr/bin/sh",
      "-c",
      START_GUARD,
      "sh",
      "5",
      String(DEFAULT_LIMITS.memoryBytes / 1024),
      "5",
      String(DEFAULT_LIMITS.fileBytes / 512),
      String(DEFAULT_LIMITS.processes),
      String(DEFAULT_LIMITS.openFiles),
      "/usr/bin/python3.11",
      "-S",
      "/box/main.py",
      "tag",
    ]);
  });
});

/** Whether a process exists and is not a zombie. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

describe("START_WATCH (the watcher kurabe spawns)", () => {
  // bwrap's outer process can exit before it releases the sandbox's pid 1, which then waits forever and, as a pid
  // namespace's init, ignores SIGTERM (2 of 300 SIGKILLs of kurabe left one, issue 12). Stand-in: a "bwrap" that
  // leaves a child ignoring SIGTERM in the group, and exits 3.
  it("passes on bwrap's exit status over its socket, and SIGKILLs what bwrap left in its group", async () => {
    const fakeBwrap = 'trap "" TERM; sleep 60 & echo $!; exit 3';
    const watcher = spawn("/bin/sh", ["-c", START_WATCH, "sh", "3", "/bin/sh", "-c", fakeBwrap], {
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let status = "";
    watcher.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    (watcher.stdio[3] as Readable).on("data", (chunk: Buffer) => (status += chunk.toString()));
    const [, signal] = await new Promise<[number | null, string | null]>((resolve) => watcher.on("close", (code, sig) => resolve([code, sig])));
    expect(signal).toBe("SIGKILL");
    expect(status).toBe("3\n");
    const left = Number(stdout.trim());
    expect(left).toBeGreaterThan(0);
    const deadline = Date.now() + 10_000;
    while (alive(left) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(alive(left), `sleep ${left} is still running`).toBe(false);
  });
});
