import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runSandboxed } from "../../../src/scoring/sandbox/run-sandboxed.js";
import type { SandboxResult } from "../../../src/scoring/sandbox/types.js";
import { zygotesUnusable } from "../../../src/scoring/sandbox/zygote-pool.js";
import { python } from "./sandbox-programs.js";
import { sandboxAvailable } from "./sandbox-available.js";

/** The zygote a run ran in: the start time of its pid 1 (world-readable), the same for every run of one zygote. */
const ZYGOTE_ID = "zygote = open('/proc/1/stat').read().rsplit(')', 1)[1].split()[19]\n";

/** Runs one program after another; the pool hands an idle zygote back, so they share one (checked by ZYGOTE_ID). */
async function inTurn(...programs: string[]): Promise<SandboxResult[]> {
  const results: SandboxResult[] = [];
  for (const program of programs) results.push(await runSandboxed(python(ZYGOTE_ID + program, { timeLimitMs: 20_000 })));
  return results;
}

function zygoteOf(result: SandboxResult): string {
  return /^zygote (\d+)$/m.exec(result.stdout)?.[1] ?? `none in ${JSON.stringify(result)}`;
}

const PRINT_ZYGOTE = "print('zygote', zygote)\n";

describe.skipIf(!sandboxAvailable)("runs in a reused sandbox (zygote): one run cannot affect the next", () => {
  it("uses zygotes here", async () => {
    const [first, second] = await inTurn(PRINT_ZYGOTE, PRINT_ZYGOTE);
    expect(zygotesUnusable()).toBeUndefined();
    expect(zygoteOf(first!)).toBe(zygoteOf(second!));
  });

  it("never runs a checker in a zygote that ran a candidate: the two roles keep zygotes of their own", async () => {
    const run = (role?: "checker") => runSandboxed({ ...python(ZYGOTE_ID + PRINT_ZYGOTE, { timeLimitMs: 20_000 }), role });
    const candidate = await run();
    const checker = await run("checker");
    const checkerAgain = await run("checker");
    const candidateAgain = await run();
    expect(zygoteOf(checker)).not.toBe(zygoteOf(candidate));
    expect(zygoteOf(checkerAgain)).toBe(zygoteOf(checker));
    expect(zygoteOf(candidateAgain)).toBe(zygoteOf(candidate));
  });

  it("leaves no file behind: work folder, /tmp, /dev/shm, locked folders, a module shadowing the standard library", async () => {
    const leave =
      "import os\n" +
      "for path in ('/box/left.txt', '/tmp/left-tmp.txt', '/dev/shm/left-shm'):\n    open(path, 'w').write('x')\n" +
      "open('/box/json.py', 'w').write('print(\"HIJACKED\")\\n')\n" +
      "os.makedirs('/box/locked/deeper')\nopen('/box/locked/deeper/f', 'w').write('x')\n" +
      "os.chmod('/box/locked/deeper', 0)\nos.chmod('/box/locked', 0)\nos.chmod('/box', 0o555)\n" +
      PRINT_ZYGOTE;
    const look = "import os, json\nprint(sorted(os.listdir('/box')), sorted(os.listdir('/dev/shm')))\n" + PRINT_ZYGOTE;
    const [left, looked] = await inTurn(leave, look);
    expect(left!.status).toBe("ok");
    expect(zygoteOf(looked!)).toBe(zygoteOf(left!));
    expect(looked!.stdout).not.toContain("HIJACKED");
    expect(looked!.stdout).toContain("['main.py'] []");
  });

  it("leaves no process behind: detached, double-forked and SIGTERM-proof children are gone before the next run", async () => {
    const tag = `kurabe-zygote-${randomBytes(4).toString("hex")}`;
    const spawnAll =
      "import os, subprocess, signal\n" +
      `subprocess.Popen(['sh', '-c', 'sleep 60 # ${tag}'], start_new_session=True)\n` +
      `subprocess.Popen(['sh', '-c', '(trap "" TERM HUP; sleep 60 # ${tag}) &'], start_new_session=True)\n` +
      "if os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        signal.signal(signal.SIGTERM, signal.SIG_IGN)\n        import time\n        time.sleep(60)\n    os._exit(0)\n" +
      "import time\ntime.sleep(0.3)\n" +
      PRINT_ZYGOTE;
    const list = "import os\nprint('others', sorted(int(p) for p in os.listdir('/proc') if p.isdigit() and int(p) not in (1, os.getpid())))\n" + PRINT_ZYGOTE;
    const [spawned, listed] = await inTurn(spawnAll, list);
    expect(spawned!.status).toBe("ok");
    expect(zygoteOf(listed!)).toBe(zygoteOf(spawned!));
    expect(listed!.stdout).toContain("others []");
  });

  it("leaves no SysV IPC object or key behind, and no POSIX message queue can be made", async () => {
    const libc = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\nSYS_ADD_KEY, SYS_KEYCTL = {'x86_64': (248, 250), 'aarch64': (217, 219)}[os.uname().machine]\n";
    const leave =
      libc +
      "print('shm', libc.shmget(0, 4096, 0o1600))\n" +
      "print('msg', libc.msgget(0, 0o1600))\n" +
      "print('key', libc.syscall(SYS_ADD_KEY, b'user', b'kurabe-left', b'secret', 6, -4))\n" +
      "mq = ctypes.CDLL(None, use_errno=True).mq_open\nmq.restype = ctypes.c_int\nprint('mq', mq(b'/kurabe-left', os.O_CREAT | os.O_RDWR, 0o600, None))\n" +
      PRINT_ZYGOTE;
    const look =
      libc +
      "print('ipc', [len(open('/proc/sysvipc/' + k).readlines()) - 1 for k in ('shm', 'msg', 'sem')])\n" +
      "print('found key', libc.syscall(SYS_KEYCTL, 10, -4, b'user', b'kurabe-left', 0))\n" +
      PRINT_ZYGOTE;
    const [left, looked] = await inTurn(leave, look);
    expect(left!.status).toBe("ok");
    // What the first run made (so the check below means something); the message queue cannot be made at all.
    expect(left!.stdout).toMatch(/^shm \d+$/m);
    expect(left!.stdout).toMatch(/^msg \d+$/m);
    expect(left!.stdout).toMatch(/^key \d+$/m);
    expect(left!.stdout).toContain("mq -1");
    expect(zygoteOf(looked!)).toBe(zygoteOf(left!));
    expect(looked!.stdout).toContain("ipc [0, 0, 0]");
    expect(looked!.stdout).toContain("found key -1");
  });

  it("keeps the zygote out of reach: no /proc/1/mem, environ or fds, no ptrace, no signal ends it", async () => {
    const secret = `kurabe-secret-${randomBytes(8).toString("hex")}`;
    const hold = `secret = '${secret}'\n` + PRINT_ZYGOTE;
    const probe =
      "import ctypes, os, signal\nlibc = ctypes.CDLL(None, use_errno=True)\n" +
      "for path in ('/proc/1/mem', '/proc/1/environ', '/proc/1/fd/0', '/proc/1/fd/1', '/proc/1/maps'):\n" +
      "    try:\n        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))\n        print('opened', path)\n    except OSError as error:\n        print('refused', path, error.errno)\n" +
      "print('ptrace', libc.ptrace(16, 1, None, None), ctypes.get_errno())\n" +
      "for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGKILL):\n    os.kill(1, number)\n" +
      "import time\ntime.sleep(0.2)\n" +
      PRINT_ZYGOTE;
    const [held, probed, after] = await inTurn(hold, probe, PRINT_ZYGOTE);
    expect(held!.status).toBe("ok");
    expect(probed!.status).toBe("ok");
    expect(probed!.stdout).not.toContain("opened");
    expect(probed!.stdout).not.toContain(secret);
    expect(probed!.stdout).toMatch(/^ptrace -1 1$/m); // EPERM
    // The zygote survived every signal and ran the next program.
    expect(zygoteOf(after!)).toBe(zygoteOf(held!));
    expect(zygoteOf(probed!)).toBe(zygoteOf(held!));
  });

  it("gives each run its own rlimits, whatever the run before set for itself", async () => {
    const raise = "import resource\nresource.setrlimit(resource.RLIMIT_NOFILE, (16, 16))\n" + PRINT_ZYGOTE;
    const look = "import resource\nprint('nofile', resource.getrlimit(resource.RLIMIT_NOFILE), 'as', resource.getrlimit(resource.RLIMIT_AS))\n" + PRINT_ZYGOTE;
    const [, looked] = await inTurn(raise, look);
    expect(looked!.stdout).toContain(`nofile (64, 64) as (${1024 ** 3}, ${1024 ** 3})`);
  });
});
