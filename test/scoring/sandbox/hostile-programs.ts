import type { CodeOutcome, CodeProblem } from "../../../src/scoring/code/types.js";

/** What a hostile program may know about the host: a TCP port that must see no connection, the harness's pid. */
export interface HostileContext {
  /** Unique per program: put in child command lines and file names, to find leftovers. */
  marker: string;
  port: number;
  hostPid: number;
}

export interface HostileProgram {
  name: string;
  language: "python" | "javascript";
  code: (context: HostileContext) => string;
  /** Accepted outcomes; every one is a failed sample. */
  outcomes: readonly CodeOutcome[];
  /** Host paths (with MARKER replaced) that must not exist afterwards. */
  hostPaths?: readonly string[];
  /** Programs meant to run until stopped get a short limit (the others a longer one, so load cannot time them out). */
  timeLimitMs?: number;
}

/** Text of each problem's second test: a program that fails the first never gets to see it, unless it reads the tests. */
export const hiddenTests = { python: "candidate(5) == 10", javascript: "pair(3)[1] === 6" } as const;

/** The problem every hostile program answers: `double(x)` must return 2x (Python) / `pair(x)` → [x, 2x] (JS). */
export const pythonProblem: CodeProblem = {
  benchmark: "humaneval",
  language: "python",
  id: "hostile/python",
  prompt: "",
  entryPoint: "double",
  tests: [
    { name: "test.py", source: "def check(candidate):\n    assert candidate(2) == 4\n    assert candidate(5) == 10\n" },
    { name: "check.py", source: "check(double)\n" },
  ],
  missingDependencies: [],
};

export const javascriptProblem: CodeProblem = {
  benchmark: "humaneval-x-js",
  language: "javascript",
  id: "hostile/javascript",
  prompt: "",
  entryPoint: "pair",
  tests: [
    {
      name: "test.js",
      source:
        "const testPair = () => {\n  console.assert(JSON.stringify(pair(2)) === JSON.stringify([2, 4]))\n" +
        "  console.assert(pair(3)[1] === 6)\n}\n\ntestPair()\n",
    },
  ],
  missingDependencies: [],
};

const WRONG_PY = "def double(x):\n    return x + 1\n";
const WRONG_JS = "const pair = (x) => [x, x + 1];\n";
/** Prints the command lines in the sandbox that carry the marker: proof that the children were running. */
const PY_LIST_MARKED = (c: HostileContext): string =>
  `for pid in os.listdir("/proc"):\n    if pid.isdigit():\n        try:\n            line = open("/proc/%s/cmdline" % pid).read().replace("\\0", " ")\n        except OSError:\n            continue\n        if "${c.marker}" in line and "sleep" in line:\n            print("running:", line)\n`;
const JS_LIST_MARKED = (c: HostileContext): string =>
  `for (const pid of require('fs').readdirSync('/proc').filter((p) => /^\\d+$/.test(p))) {\n  let line = '';\n  try { line = require('fs').readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\\0').join(' ') } catch { continue }\n  if (line.includes('${c.marker}') && line.includes('sleep')) console.log('running:', line);\n}\n`;
const ANY_FAILURE: readonly CodeOutcome[] = ["runtime-error", "assertion-failed", "wrong-result", "exited-early", "killed", "syntax-error", "timeout"];

const py = (name: string, outcomes: readonly CodeOutcome[], code: (c: HostileContext) => string, hostPaths?: string[]): HostileProgram => ({
  name,
  language: "python",
  code,
  outcomes,
  ...(hostPaths ? { hostPaths } : {}),
});
const js = (name: string, outcomes: readonly CodeOutcome[], code: (c: HostileContext) => string, hostPaths?: string[]): HostileProgram => ({
  name,
  language: "javascript",
  code,
  outcomes,
  ...(hostPaths ? { hostPaths } : {}),
});

/** Runs until the harness stops it: a short limit keeps the test fast. */
const untilStopped = (program: HostileProgram): HostileProgram => ({ ...program, timeLimitMs: 1000 });
/** Programs that must end by running out of memory: a limit no loaded machine reaches first (issue 10 §5). */
const untilOutOfMemory = (program: HostileProgram): HostileProgram => ({ ...program, timeLimitMs: 60_000 });

// Each program prints what it manages to see, so the test can check that no secret reaches the output.
export const hostilePrograms: readonly HostileProgram[] = [
  py("reads /etc/shadow", ANY_FAILURE, () => `print(open("/etc/shadow").read())\n${WRONG_PY}`),
  py("reads ~/.ssh and /root", ANY_FAILURE, () =>
    `import os\nfor p in ("/root", "/root/.ssh", os.path.expanduser("~/.ssh")):\n    try:\n        print(p, os.listdir(p))\n    except OSError as e:\n        print(p, e)\nprint(open("/root/.ssh/id_rsa").read())\n`),
  py("reads the project folder", ANY_FAILURE, () =>
    `import os\nfor p in ("/work", "/work/main", "/home"):\n    try:\n        print(p, os.listdir(p))\n    except OSError as e:\n        print(p, e)\nprint(open("/work/main/package.json").read())\n`),
  py("reads the tests from its folder and stdin", ANY_FAILURE, () =>
    `import os\nfor name in os.listdir("/box"):\n    print(name, open("/box/" + name).read())\nprint("stdin:", open("/proc/self/fd/0").read())\n${WRONG_PY}`),
  py("prints the environment", ANY_FAILURE, () =>
    `import os\nprint(dict(os.environ))\nprint(open("/proc/self/environ").read())\n${WRONG_PY}`),
  py("reads /proc/1/environ and every visible environ", ANY_FAILURE, () =>
    `import os\nfor pid in os.listdir("/proc"):\n    if pid.isdigit():\n        try:\n            print(pid, open("/proc/%s/environ" % pid).read())\n        except OSError as e:\n            print(pid, e)\n${WRONG_PY}`),
  py("opens a socket to the host", ANY_FAILURE, (c) =>
    `import socket\ns = socket.create_connection(("127.0.0.1", ${c.port}), timeout=1)\ns.sendall(b"${c.marker}")\n${WRONG_PY}`),
  py("looks up a host name", ANY_FAILURE, () => `import socket\nprint(socket.getaddrinfo("example.com", 443))\n${WRONG_PY}`),
  py(
    "writes outside its folder",
    ANY_FAILURE,
    (c) =>
      `import os\nfor p in ("/work/main/${c.marker}", "/root/${c.marker}", "/etc/${c.marker}", "/usr/${c.marker}", "/${c.marker}", "/var/tmp/${c.marker}"):\n    try:\n        open(p, "w").write("x")\n        print("wrote", p)\n    except OSError as e:\n        print(p, e)\nopen("/tmp/${c.marker}", "w").write("private /tmp")\n${WRONG_PY}`,
    ["/work/main/MARKER", "/root/MARKER", "/etc/MARKER", "/usr/MARKER", "/MARKER", "/var/tmp/MARKER", "/tmp/MARKER"],
  ),
  untilStopped(py("fork bomb", ["timeout", "runtime-error", "killed", "memory", "exited-early"], () =>
    `import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n`)),
  py("allocates 8 GB", ["memory"], () => `x = bytearray(8 * 1024 ** 3)\n${WRONG_PY}`),
  untilStopped(py("infinite loop", ["timeout"], () => `while True:\n    pass\n`)),
  py("prints 1 GB", ["output-limit"], () => `import sys\nchunk = "x" * (1 << 20)\nfor _ in range(1024):\n    sys.stdout.write(chunk)\n`),
  py("kills its parent and everything it can see", ANY_FAILURE, (c) =>
    `import os, signal\nfor pid in (os.getppid(), ${c.hostPid}, -1):\n    try:\n        os.kill(pid, signal.SIGKILL)\n    except OSError as e:\n        print(pid, e)\n${WRONG_PY}`),
  untilStopped(py("sleeps past the timeout", ["timeout"], () => `import time\ntime.sleep(60)\n${WRONG_PY}`)),
  py("leaves detached children behind (setsid, double fork, nohup)", ANY_FAILURE, (c) =>
    `import os, subprocess, time\nsubprocess.Popen(["sh", "-c", "sleep 30 # ${c.marker}"], start_new_session=True)\nsubprocess.Popen(["sh", "-c", "nohup sh -c 'sleep 30 # ${c.marker}' >/dev/null 2>&1 &"])\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        os.execv("/bin/sh", ["sh", "-c", "sleep 30 # ${c.marker}"])\n    os._exit(0)\ntime.sleep(0.3)\n${PY_LIST_MARKED(c)}${WRONG_PY}`),
  py("fills the disk with many files", ANY_FAILURE, () =>
    `import os\nblock = b"x" * (1 << 20)\nfor folder in ("/box", "/tmp", "/dev/shm"):\n    for i in range(100000):\n        try:\n            with open("%s/fill-%d" % (folder, i), "wb") as f:\n                f.write(block)\n        except OSError as e:\n            print(folder, i, e)\n            break\n${WRONG_PY}`),
  py("ptrace", ANY_FAILURE, (c) =>
    `import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\nfor pid in (${c.hostPid}, os.getppid(), 1):\n    print(pid, libc.ptrace(16, pid, 0, 0), ctypes.get_errno())\n${WRONG_PY}`),
  py("creates a nested user namespace", ANY_FAILURE, () =>
    `import ctypes, subprocess\nlibc = ctypes.CDLL(None, use_errno=True)\nprint("unshare", libc.unshare(0x10000000), ctypes.get_errno())\nprint(subprocess.run(["unshare", "-U", "-r", "id"], capture_output=True))\n${WRONG_PY}`),
  py("remounts / read-write", ANY_FAILURE, (c) =>
    `import subprocess, ctypes\nprint(subprocess.run(["mount", "-o", "remount,rw", "/"], capture_output=True))\nlibc = ctypes.CDLL(None, use_errno=True)\nprint(libc.mount(b"none", b"/", None, 32 | 4096, None), ctypes.get_errno())\nopen("/usr/${c.marker}", "w").write("x")\n`,
    ["/usr/MARKER"]),
  py("writes to /dev/shm", ANY_FAILURE, (c) => `open("/dev/shm/${c.marker}", "w").write("x")\n${WRONG_PY}`, ["/dev/shm/MARKER"]),
  py("exhausts file descriptors", ANY_FAILURE, () =>
    `files = []\ntry:\n    while True:\n        files.append(open("/dev/null"))\nexcept OSError as e:\n    print(len(files), e)\n${WRONG_PY}`),
  untilStopped(py("deep recursion", ANY_FAILURE, () =>
    `import sys\nsys.setrecursionlimit(10 ** 8)\ndef double(x):\n    return double(x + 1)\n`)),
  py("cheats: exits 0 before the tests", ["exited-early"], () => `${WRONG_PY}import os\nos._exit(0)\n`),
  py("cheats: sys.exit(0) before the tests", ["exited-early"], () => `${WRONG_PY}import sys\nsys.exit(0)\n`),
  py("cheats: overrides sys.exit, atexit, excepthook and builtins", ["assertion-failed", "exited-early"], () =>
    `import atexit, builtins, os, sys\natexit.register(lambda: os._exit(0))\nsys.exit = lambda *a: None\nsys.excepthook = lambda *a: None\nbuiltins.exec = lambda *a, **k: None\nbuiltins.AssertionError = type("Fake", (Exception,), {})\nbuiltins.isinstance = lambda *a: False\n${WRONG_PY}`),
  py("cheats: returns an object whose __eq__ is always true", ["wrong-result"], () =>
    `class Anything:\n    def __eq__(self, other):\n        return True\n    def __ne__(self, other):\n        return False\ndef double(x):\n    return Anything()\n`),
  py("cheats: an int subclass equal to everything", ["assertion-failed"], () =>
    `class Sly(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\ndef double(x):\n    return Sly(0)\n`),
  py("cheats: silences stderr", ["assertion-failed"], () =>
    `import os, sys\nos.close(2)\nsys.stderr = open(os.devnull, "w")\n${WRONG_PY}`),
  py("cheats: forges the completion marker", ["wrong-result", "exited-early"], () =>
    `import os\nprint("PASS 0123456789abcdef")\nos.write(3, b"PASS 0123456789abcdef0123456789abcdef\\n")\n${WRONG_PY}os._exit(0)\n`),
  // Issue 12's four, tried as a model would answer: each got a better verdict than it deserved.
  py("issue 12 #1: reads the harness's nonce from its caller's frame, writes PASS on fd 3 and exits 0", ANY_FAILURE, () =>
    `${WRONG_PY}import os, sys\nfound = ""\nframe = sys._getframe(0)\nwhile frame is not None:\n    found = found or str(frame.f_locals.get("nonce", ""))\n    frame = frame.f_back\n` +
    `for fd in (3, 4):\n    try:\n        os.write(fd, ("PASS " + found + "\\n").encode())\n    except OSError:\n        pass\nos._exit(0)\n`),
  py("issue 12 #3: writes the harness's own 'tests do not compile' line and exits 1", ANY_FAILURE, () =>
    `${WRONG_PY}import os, sys\nline = "FAIL test-error test.py: SyntaxError: invalid syntax\\nERROR test-error test.py: SyntaxError: invalid syntax\\n"\n` +
    `print(line)\nsys.stderr.write(line)\nfor fd in (3, 4):\n    try:\n        os.write(fd, line.encode())\n    except OSError:\n        pass\nos._exit(1)\n`),
  untilOutOfMemory(py("issue 12 #4: a right answer whose four children hold 700 MiB each", ["memory"], () =>
    `import os, subprocess, sys\nhold = "import os, time\\nb = bytearray(700 * 1024 * 1024)\\nfor i in range(0, len(b), 4096): b[i] = 1\\nos.write(1, b'held\\\\n')\\ntime.sleep(30)"\n` +
    `children = [subprocess.Popen([sys.executable, "-c", hold], stdout=subprocess.PIPE) for _ in range(4)]\nfor child in children:\n    child.stdout.readline()\n` +
    `def double(x):\n    return 2 * x\n`)),
  js("issue 12 #2: scans /proc/self/mem for the marker, writes PASS on fd 3 and exits 0", ANY_FAILURE, () =>
    `${WRONG_JS}const fs = require('fs');\nlet found = '';\ntry {\n  const mem = fs.openSync('/proc/self/mem', 'r');\n  for (const line of fs.readFileSync('/proc/self/maps', 'utf8').split('\\n')) {\n` +
    `    const m = /^([0-9a-f]+)-([0-9a-f]+) rw/.exec(line);\n    if (!m || found) continue;\n    const start = parseInt(m[1], 16), size = Math.min(parseInt(m[2], 16) - start, 1 << 24);\n` +
    `    const buffer = Buffer.alloc(size);\n    try { fs.readSync(mem, buffer, 0, size, start) } catch { continue }\n    const at = buffer.indexOf('PASS ');\n    if (at >= 0) found = buffer.toString('latin1', at, at + 37);\n  }\n} catch (e) { console.log(e.code) }\n` +
    `for (const fd of [3, 4]) { try { fs.writeSync(fd, (found || 'PASS') + '\\n') } catch {} }\nprocess.exit(0);\n`),
  js("issue 12 #3: writes the harness's own 'tests do not compile' line and exits 1", ANY_FAILURE, () =>
    `${WRONG_JS}const fs = require('fs');\nconst line = 'FAIL test-error test.js: SyntaxError\\nERROR test-error test.js: SyntaxError\\n';\nconsole.log(line);\nconsole.error(line);\n` +
    `for (const fd of [3, 4]) { try { fs.writeSync(fd, line) } catch {} }\nprocess.exit(1);\n`),
  // Node cannot map a large buffer under a 1 GiB RLIMIT_AS: the children are Python's.
  untilOutOfMemory(js("issue 12 #4: a right answer whose four children hold 700 MiB each", ["memory"], () =>
    `const { spawnSync } = require('child_process');\nconst hold = "import time\\nb = bytearray(700 * 1024 * 1024)\\nfor i in range(0, len(b), 4096): b[i] = 1\\ntime.sleep(3)";\n` +
    `spawnSync('sh', ['-c', 'for i in 1 2 3 4; do python3 -c "$0" & done; wait', hold], { stdio: 'ignore' });\nconst pair = (x) => [x, 2 * x];\n`)),
  js("reads host files", ANY_FAILURE, () =>
    `const fs = require('fs');\nfor (const p of ['/etc/shadow', '/work/main/package.json', '/root/.ssh/id_rsa']) {\n  try { console.log(fs.readFileSync(p, 'utf8')) } catch (e) { console.log(p, e.code) }\n}\nfor (const d of ['/root', '/work', '/home']) {\n  try { console.log(d, fs.readdirSync(d)) } catch (e) { console.log(d, e.code) }\n}\n${WRONG_JS}`),
  js("reads the tests from its folder and stdin", ANY_FAILURE, () =>
    `const fs = require('fs');\nfor (const name of fs.readdirSync('/box')) console.log(name, fs.readFileSync('/box/' + name, 'utf8'));\ntry { console.log('stdin:', fs.readFileSync(0, 'utf8')) } catch (e) { console.log(e.code) }\n${WRONG_JS}`),
  js("prints the environment", ANY_FAILURE, () =>
    `console.log(JSON.stringify(process.env));\nconsole.log(require('fs').readFileSync('/proc/1/environ', 'utf8'));\n${WRONG_JS}`),
  js("opens a socket and looks up a host name", ANY_FAILURE, (c) =>
    `const { spawnSync } = require('child_process');\nconst probe = "const s = require('net').connect(${c.port}, '127.0.0.1'); s.on('connect', () => { s.write('${c.marker}'); console.log('connected') }); s.on('error', (e) => console.log(e.code)); require('dns').lookup('example.com', (e, a) => console.log('dns', e && e.code, a));";\nconsole.log(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', timeout: 2000 }).stdout);\n${WRONG_JS}`),
  untilStopped(js("infinite loop", ["timeout"], () => `while (true) {}\n`)),
  js("kills its parent", ANY_FAILURE, (c) =>
    `for (const pid of [process.ppid, ${c.hostPid}, -1]) {\n  try { process.kill(pid, 'SIGKILL') } catch (e) { console.log(pid, e.code) }\n}\n${WRONG_JS}`),
  js("leaves detached children behind", ANY_FAILURE, (c) =>
    `const { spawn, execSync } = require('child_process');\nspawn('sh', ['-c', 'sleep 30 # ${c.marker}'], { detached: true, stdio: 'ignore' }).unref();\nexecSync("nohup sh -c 'sleep 30 # ${c.marker}' >/dev/null 2>&1 &");\n${JS_LIST_MARKED(c)}${WRONG_JS}`),
  js("allocates 8 GB", ["memory"], () => `const big = new ArrayBuffer(8 * 1024 ** 3);\n${WRONG_JS}`),
  untilOutOfMemory(js("grows the heap until it runs out", ["memory"], () =>
    `const hoard = [];\nfor (;;) hoard.push(new Array(1 << 20).fill(1.5));\n`)),
  js("prints 1 GB", ["output-limit"], () =>
    `const fs = require('fs');\nconst chunk = 'x'.repeat(1 << 20);\nfor (let i = 0; i < 1024; i++) fs.writeSync(1, chunk);\n`),
  js("writes outside its folder and fills the disk", ANY_FAILURE, (c) =>
    `const fs = require('fs');\nfor (const p of ['/work/main/${c.marker}', '/root/${c.marker}', '/dev/shm/${c.marker}']) {\n  try { fs.writeFileSync(p, 'x') } catch (e) { console.log(p, e.code) }\n}\nconst block = Buffer.alloc(1 << 20);\ntry { for (let i = 0; ; i++) fs.writeFileSync('/tmp/fill-' + i, block) } catch (e) { console.log(e.code) }\n${WRONG_JS}`,
    ["/work/main/MARKER", "/root/MARKER", "/dev/shm/MARKER"]),
  js("cheats: replaces console.assert and silences stderr", ["assertion-failed"], () =>
    `console.assert = () => {};\ntry { globalThis.console = { assert() {}, log() {} } } catch {}\nprocess.stderr.write = () => true;\n${WRONG_JS}`),
  js("cheats: replaces JSON.stringify", ["assertion-failed", "runtime-error"], () =>
    `JSON.stringify = () => 'same';\ntry { Array.prototype.toJSON = () => 'same' } catch {}\n${WRONG_JS}`),
  js("cheats: shadows JSON for the tests", ["wrong-result", "assertion-failed"], () => `const JSON = { stringify: () => 'same' };\n${WRONG_JS}`),
  js("cheats: exits 0 before the tests", ["exited-early"], () => `${WRONG_JS}process.exit(0);\n`),
  js("exhausts file descriptors", ANY_FAILURE, () =>
    `const fs = require('fs');\nconst fds = [];\ntry { for (;;) fds.push(fs.openSync('/dev/null', 'r')) } catch (e) { console.log(fds.length, e.code) }\n${WRONG_JS}`),
];
