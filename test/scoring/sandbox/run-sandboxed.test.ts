import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { KurabeError } from "../../../src/errors.js";
import { runningAsRoot } from "../../../src/scoring/sandbox/availability.js";
import { runSandboxed } from "../../../src/scoring/sandbox/run-sandboxed.js";
import { SandboxPool } from "../../../src/scoring/sandbox/sandbox-pool.js";
import type { SandboxRequest } from "../../../src/scoring/sandbox/types.js";
import { copyAsJavaScript } from "../../support/copy-as-javascript.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { FOUR_CHILDREN, HOLD_300_MIB, javascript, NODE_POOL, python, PYTHON_POOL } from "./sandbox-programs.js";
import { sandboxAvailable } from "./sandbox-available.js";

function processesMentioning(marker: string): string[] {
  return fs.readdirSync("/proc").filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(marker);
    } catch {
      return false;
    }
  });
}

function describeProcess(pid: string): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, 3).join(" ");
    return `${stat.slice(0, stat.indexOf(")") + 1)} ${stat.slice(stat.indexOf(")") + 2).split(" ").slice(0, 4).join(" ")} ${command}`;
  } catch {
    return `${pid} (gone)`;
  }
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return condition();
}

/** Why uid 65534 cannot run node (installed in a folder only root can enter), or "" when it can. */
function nobodyCannotRunNode(): string {
  if (!runningAsRoot()) return "";
  const probe = spawnSync("setpriv", ["--reuid", "65534", "--regid", "65534", "--clear-groups", "test", "-x", process.execPath]);
  return probe.status === 0 ? "" : `uid 65534 cannot run ${process.execPath} (a parent folder is not world-readable)`;
}

const nobodyCannotRun = nobodyCannotRunNode();
if (nobodyCannotRun) console.warn(`[kurabe tests] skipping the non-root harness test: ${nobodyCannotRun}`);

const marker = (): string => `kurabe-run-test-${randomBytes(6).toString("hex")}`;
const tempDir = useTempDirs();

describe("runSandboxed: requests it refuses", () => {
  it.each([
    ["a file name with a folder", { files: { "../x.py": "" }, entry: "../x.py" }],
    ["an entry that is not a file", { entry: "other.py" }],
    ["a non-positive time limit", { timeLimitMs: 0 }],
  ])("%s", async (_name, fields) => {
    await expect(runSandboxed(python("pass", fields as Partial<SandboxRequest>))).rejects.toThrow(KurabeError);
  });
});

describe.skipIf(!sandboxAvailable)("runSandboxed", () => {
  // Both ways a run is sandboxed: in a reused sandbox (a zygote, the default) and in one of its own.
  it.each([
    ["in a reused sandbox", true],
    ["in a sandbox of its own", false],
  ])("runs a program with its files, stdin and report channel, as an unprivileged user (%s)", async (_name, zygote) => {
    const result = await runSandboxed(
      python("import os, sys\nprint(sys.stdin.read().upper(), os.getuid() != 0, os.getcwd())\nos.write(3, b'report')\n", {
        stdin: "hello",
        reportChannel: true,
        zygote,
      }),
    );
    expect(result).toMatchObject({ status: "ok", exitCode: 0, stdout: "HELLO True /box\n", report: "report", sandboxed: true });
  });

  it("runs JavaScript with node, without NODE_EXTRA_CA_CERTS or any other variable of the harness", async () => {
    const result = await runSandboxed({
      language: "javascript",
      files: { "main.js": "console.log(Object.keys(process.env).sort().join(','))" },
      entry: "main.js",
      timeLimitMs: 5000,
    });
    expect(result.status).toBe("ok");
    expect(result.stdout.trim()).toBe("HOME,MALLOC_ARENA_MAX,PATH,PWD");
  });

  it("reports a non-zero exit as failed, with the exit status", async () => {
    expect(await runSandboxed(python("import sys\nsys.exit(3)"))).toMatchObject({ status: "failed", exitCode: 3 });
  });

  it("sees only the interpreter's files: no /work, /root, /home, and a read-only root", async () => {
    const result = await runSandboxed(
      python("import os\nprint(sorted(os.listdir('/')))\ntry:\n    open('/x', 'w')\nexcept OSError as e:\n    print(e.errno)\n"),
    );
    const [listing, errno] = result.stdout.trim().split("\n");
    expect(listing).not.toMatch(/work|root|home|farm|opt|var/);
    expect(errno).toBe("30"); // EROFS
  });

  it("lets thread pools start: Python's (24 threads, under the address-space limit: MALLOC_ARENA_MAX) and Node's", async () => {
    expect(await runSandboxed(python(PYTHON_POOL))).toMatchObject({ status: "ok", stdout: "332833500\n" });
    expect(await runSandboxed(javascript(NODE_POOL, { timeLimitMs: 10_000 }))).toMatchObject({ status: "ok", stdout: "3\n" });
  });

  it.each([
    ["in a reused sandbox", true],
    ["in a sandbox of its own", false],
  ])("kills every process of the run at the wall-clock limit: none outlives its run (%s)", async (_name, zygote) => {
    const tag = marker();
    const code = `import subprocess, time\nsubprocess.Popen(["sh", "-c", "sleep 60 # ${tag}"], start_new_session=True)\ntime.sleep(60)\n`;
    const result = await runSandboxed(python(code, { timeLimitMs: 700, zygote }));
    expect(result.status).toBe("timeout");
    // The verdict comes at once; the kernel tears the namespace down right after.
    expect(await until(() => processesMentioning(tag).length === 0, 10_000), processesMentioning(tag).join(", ")).toBe(true);
  });

  it("stops reading at the output cap, counts the bytes and keeps the head and the tail", async () => {
    const code = "import sys\nsys.stdout.write('HEAD')\nwhile True:\n    sys.stdout.write('x' * 65536)\n";
    const result = await runSandboxed(python(code, { limits: { outputBytes: 256 * 1024, keptOutputBytes: 1024 } }));
    expect(result.status).toBe("output-limit");
    expect(result.outputBytes.stdout).toBeGreaterThan(256 * 1024);
    expect(result.stdout.startsWith("HEAD")).toBe(true);
    expect(result.stdout).toMatch(/bytes omitted/);
    expect(result.stdout.length).toBeLessThan(1200);
  });

  it("stops a run when its signal aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await runSandboxed(python("import time\ntime.sleep(30)", { signal: controller.signal }));
    expect(result.status).toBe("cancelled");
  });

  it("runs at most `concurrency` programs at a time", async () => {
    const pool = new SandboxPool(2);
    let peak = 0;
    const watcher = setInterval(() => {
      peak = Math.max(peak, pool.load.active);
    }, 5);
    const results = await Promise.all(Array.from({ length: 6 }, () => pool.run(python("import time\ntime.sleep(0.15)"))));
    clearInterval(watcher);
    expect(results.every((result) => result.status === "ok")).toBe(true);
    expect(peak).toBe(2);
    expect(pool.load).toEqual({ active: 0, waiting: 0 });
  });

  it("leaves nothing behind when kurabe is SIGKILLed at any moment of a run, its first milliseconds included", async () => {
    const dir = tempDir();
    // Copied once as plain JavaScript: twenty kurabes under tsx would each transpile the sandbox's modules again.
    const module = pathToFileURL(copyAsJavaScript("src/scoring/sandbox/run-sandboxed.ts", dir)).href;
    const availability = pathToFileURL(copyAsJavaScript("src/scoring/sandbox/availability.ts", dir)).href;
    // kurabe kills itself `delay` ms after starting the run: 0–57 ms spans the spawn, bwrap's set-up (where
    // --die-with-parent is not armed yet), the start guard and the program's first steps. Resolves with the run's tag
    // once kurabe has died.
    const killedAfter = async (delay: number): Promise<string> => {
      const tag = marker();
      const script = path.join(dir, `parent-${delay}.mjs`);
      fs.writeFileSync(
        script,
        `import { runSandboxed } from ${JSON.stringify(module)};\n` +
          `import { sandboxAvailability } from ${JSON.stringify(availability)};\n` +
          "await sandboxAvailability();\n" +
          `void runSandboxed({ language: "python", files: { "main.py": "import time\\ntime.sleep(60)" }, entry: "main.py", args: [${JSON.stringify(tag)}], timeLimitMs: 60000 });\n` +
          `setTimeout(() => process.kill(process.pid, "SIGKILL"), ${delay});\n`,
      );
      const parent = spawn(process.execPath, [script], { stdio: "ignore" });
      await new Promise((resolve) => parent.on("exit", resolve));
      return tag;
    };
    // Gone for good: none for 2 s in a row (a /proc read during an exec can miss a process for a moment; the
    // program sleeps 60 s and a stuck bwrap waits forever, so anything left shows up again).
    const leftBehind = async (runs: ReadonlyArray<{ delay: number; tag: string }>): Promise<string[]> => {
      const mentioning = () => runs.flatMap(({ delay, tag }) => processesMentioning(tag).map((pid) => `${delay} ms: ${describeProcess(pid)}`));
      let goneSince = Date.now();
      const deadline = Date.now() + 30_000;
      while (Date.now() - goneSince < 2000 && Date.now() < deadline) {
        if (mentioning().length > 0) goneSince = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return mentioning();
    };
    const delays = Array.from({ length: 20 }, (_, index) => index * 3);
    // Two kurabes killed at a time; each pair's 2 s watch runs while the next pair starts (its tags are its own).
    const watches: Array<Promise<string[]>> = [];
    for (let index = 0; index < delays.length; index += 2) {
      const pair = delays.slice(index, index + 2);
      const tags = await Promise.all(pair.map(killedAfter));
      watches.push(leftBehind(pair.map((delay, i) => ({ delay, tag: tags[i]! }))));
    }
    const left = (await Promise.all(watches)).flat();
    expect(left, "processes left behind").toEqual([]);
  }, 600_000);

  // The sandbox's modules are copied as plain JavaScript into a folder anyone can read: this checkout may sit in a
  // folder uid 65534 cannot enter, and tsx need not be readable either. A harness that is not root gets no cgroup
  // here (the memory hierarchy is root's), so this also runs the memory watch of the rlimit budget in a sandbox.
  it.skipIf(!runningAsRoot() || nobodyCannotRun !== "")(
    "also works for a harness that is not root (no setpriv; bwrap maps its own uid; the rlimit budget's memory watch)",
    async () => {
      const dir = tempDir();
      fs.chmodSync(dir, 0o755);
      const runner = copyAsJavaScript("src/scoring/sandbox/run-sandboxed.ts", dir);
      const memoryCap = path.join(path.dirname(runner), "memory-cap.js");
      const programs: Record<string, SandboxRequest> = {
        uid: python("import os\nprint(os.getuid())"),
        pythonPool: python(PYTHON_POOL, { timeLimitMs: 20_000 }),
        nodePool: javascript(NODE_POOL, { timeLimitMs: 20_000 }),
        fourChildren: python(FOUR_CHILDREN, { timeLimitMs: 60_000 }),
        hold300MiB: python(HOLD_300_MIB, { timeLimitMs: 60_000 }),
      };
      fs.writeFileSync(path.join(dir, "programs.json"), JSON.stringify(programs));
      const script = path.join(dir, "nobody.mjs");
      fs.writeFileSync(
        script,
        `import fs from "node:fs";\n` +
          `import { runSandboxed } from ${JSON.stringify(pathToFileURL(runner).href)};\n` +
          `import { memoryCapSupport } from ${JSON.stringify(pathToFileURL(memoryCap).href)};\n` +
          `const programs = JSON.parse(fs.readFileSync(${JSON.stringify(path.join(dir, "programs.json"))}, "utf8"));\n` +
          "const results = {};\n" +
          "for (const [name, request] of Object.entries(programs)) {\n" +
          "  const r = await runSandboxed(request);\n  results[name] = { status: r.status, stdout: r.stdout };\n}\n" +
          "console.log(JSON.stringify({ uid: process.getuid(), mechanism: memoryCapSupport().mechanism, results }));\n",
      );
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn("setpriv", ["--reuid", "65534", "--regid", "65534", "--clear-groups", process.execPath, script], {
          env: { PATH: "/usr/bin:/bin", HOME: dir },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`))));
      });
      expect(JSON.parse(output)).toEqual({
        uid: 65534,
        mechanism: "rlimit-budget",
        results: {
          uid: { status: "ok", stdout: "65534\n" },
          pythonPool: { status: "ok", stdout: "332833500\n" },
          nodePool: { status: "ok", stdout: "3\n" },
          fourChildren: { status: "memory", stdout: "" },
          hold300MiB: { status: "ok", stdout: `${300 * 1024 * 1024}\n` },
        },
      });
    },
    300_000,
  );
});

describe("runSandboxed with unsafeNoSandbox", () => {
  it("runs with an empty environment and only rlimits and the timeout, and says so loudly", async () => {
    const warn = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    process.env.KURABE_TEST_SECRET = "do-not-leak";
    try {
      const result = await runSandboxed(python("import os\nprint(sorted(os.environ))", { unsafeNoSandbox: true }));
      expect(result).toMatchObject({ status: "ok", sandboxed: false });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("WITHOUT isolation"));
      expect(result.stdout).not.toContain("KURABE_TEST_SECRET");
      expect(result.stdout).not.toContain("NODE_EXTRA_CA_CERTS");
      const timeout = await runSandboxed(python("while True: pass", { unsafeNoSandbox: true, timeLimitMs: 500 }));
      expect(timeout.status).toBe("timeout");
    } finally {
      delete process.env.KURABE_TEST_SECRET;
      warn.mockRestore();
    }
  });
});
