/**
 * Where a sandbox of its own per run spends its time (issue 12): `python3 -S -I -B -c pass` bare, then with each part
 * of kurabe's per-run sandbox added in turn — setpriv, bwrap with kurabe's binds and mounts, the same sharing the
 * network namespace, without /proc, /dev and the tmpfs mounts, the start guard's shell and rlimits, a cgroup created
 * and removed — and the whole `runSandboxed({ zygote: false })` and `runSandboxed` (a reused sandbox). Per variant:
 * runs/s and CPU milliseconds per run of the reaped processes (cutime + cstime of this process; a zygote is not
 * reaped, so its row shows only this process's CPU as "node") and of this Node process. Interleaved rounds, as in
 * sandbox.ts. Root only (setpriv to nobody, as kurabe does).
 *
 *   npx tsx bench/sandbox-phases.ts [runs=200] [parallel=2]
 */
import fs from "node:fs";
import os from "node:os";
import { spawnToEnd, timed } from "./sandbox-timing.js";
import { hostLayout } from "../src/scoring/sandbox/bubblewrap.js";
import { resolveInterpreter } from "../src/scoring/sandbox/interpreters.js";
import { memoryCapSupport, RunCgroup } from "../src/scoring/sandbox/memory-cap.js";
import { runSandboxed } from "../src/scoring/sandbox/run-sandboxed.js";

const runs = Number(process.argv[2] ?? 200);
const parallel = Number(process.argv[3] ?? 2);

/** CPU milliseconds of this process's reaped children (USER_HZ = 100). */
function childrenCpuMs(): number {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const python = resolveInterpreter("python");
const program = [python.path, ...python.args, "-c", "pass"];
const layout = hostLayout();
const binds = [
  "--ro-bind", "/usr", "/usr",
  ...layout.topLevel.flatMap((entry) => (entry.symlinkTarget === undefined ? ["--ro-bind", entry.path, entry.path] : ["--symlink", entry.symlinkTarget, entry.path])),
  ...layout.etcFiles.flatMap((file) => ["--ro-bind", file, file]),
];
const hardening = ["--unshare-user", "--disable-userns", "--as-pid-1", "--die-with-parent", "--new-session"];
const mounts = [
  "--dev", "/dev", "--proc", "/proc",
  "--perms", "1777", "--size", String(64 << 20), "--tmpfs", "/box", "--symlink", "box", "/tmp",
  "--perms", "1777", "--size", String(16 << 20), "--tmpfs", "/dev/shm",
  "--remount-ro", "/dev", "--remount-ro", "/", "--chdir", "/box", "--clearenv", "--setenv", "PATH", "/usr/bin:/bin",
];
const setpriv = ["--reuid", "65534", "--regid", "65534", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--"];
const guard = ["/bin/sh", "-c", 'ulimit -v 1048576 && ulimit -t 11 && ulimit -f 32768 && ulimit -p 64 && ulimit -n 64 && ulimit -c 0 && exec "$@"', "sh"];
const support = memoryCapSupport();
const sandboxed = (zygote: boolean) => async (): Promise<void> => {
  const result = await runSandboxed({ language: "python", files: { "main.py": "pass\n" }, entry: "main.py", timeLimitMs: 10_000, zygote });
  if (result.status !== "ok") throw new Error(result.stderr);
};

const variants: [string, () => Promise<unknown>][] = [
  ["bare", () => spawnToEnd(program[0]!, program.slice(1))],
  ["setpriv", () => spawnToEnd("setpriv", [...setpriv, ...program])],
  ["setpriv + bwrap (kurabe's binds and mounts)", () => spawnToEnd("setpriv", [...setpriv, "bwrap", "--unshare-all", ...hardening, ...binds, ...mounts, ...program])],
  ["  the same with --share-net", () => spawnToEnd("setpriv", [...setpriv, "bwrap", "--unshare-all", "--share-net", ...hardening, ...binds, ...mounts, ...program])],
  ["  without /proc, /dev, tmpfs mounts", () => spawnToEnd("setpriv", [...setpriv, "bwrap", "--unshare-all", ...hardening, ...binds, ...program])],
  ["  + start guard shell and rlimits", () => spawnToEnd("setpriv", [...setpriv, "bwrap", "--unshare-all", ...hardening, ...binds, ...mounts, ...guard, ...program])],
  [
    "  + guard + cgroup made and removed",
    async () => {
      const cgroup = RunCgroup.create(support, 1 << 30);
      await spawnToEnd("setpriv", [...setpriv, "bwrap", "--unshare-all", ...hardening, ...binds, ...mounts, ...guard, ...program]);
      await cgroup?.remove();
    },
  ],
  ["runSandboxed, a sandbox of its own", sandboxed(false)],
  ["runSandboxed, a reused sandbox (zygote)", sandboxed(true)],
];

const totals = new Map(variants.map(([name]) => [name, { wall: 0, children: 0, node: 0 }]));
for (const [, task] of variants) await timed(task, 10, parallel);
const rounds = 4;
for (let round = 0; round < rounds; round += 1) {
  for (const [name, task] of variants) {
    const children = childrenCpuMs();
    const node = ownCpuMs();
    const wall = await timed(task, Math.floor(runs / rounds), parallel);
    const total = totals.get(name)!;
    total.wall += wall;
    total.children += childrenCpuMs() - children;
    total.node += ownCpuMs() - node;
  }
}
const measured = Math.floor(runs / rounds) * rounds;
console.log(`${measured} runs each, ${parallel} at a time; load average ${os.loadavg().map((value) => value.toFixed(1)).join(" ")}; cgroup: ${support.mechanism}`);
for (const [name, total] of totals) {
  console.log(
    `${name.padEnd(46)} ${(measured / (total.wall / 1000)).toFixed(1).padStart(7)} /s  ` +
      `children ${(total.children / measured).toFixed(2).padStart(6)} ms/run  node ${(total.node / measured).toFixed(2).padStart(5)} ms/run`,
  );
}
