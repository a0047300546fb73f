import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  memoryCapSettings,
  memoryCapSupport,
  ownCgroups,
  probeMemoryCap,
} from "../../../src/scoring/sandbox/memory-cap.js";
import { runSandboxed } from "../../../src/scoring/sandbox/run-sandboxed.js";
import { MIB } from "../../../src/scoring/sandbox/types.js";
import { FOUR_CHILDREN, HOLD_300_MIB, python } from "./sandbox-programs.js";
import { sandboxAvailable } from "./sandbox-available.js";

// /proc/self/mountinfo and /proc/self/cgroup as three kinds of host print them.
const V1_MOUNTS =
  "31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755\n" +
  "35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n" +
  "39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids\n" +
  "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n";
const V1_SELF = "8:pids:/\n4:memory:/process_api/abc\n0::/\n";
const V2_MOUNTS = "30 23 0:27 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate\n";
const V2_SELF = "0::/user.slice/user-1000.slice/user@1000.service/app.slice/kurabe.scope\n";

describe("where this process's cgroups live", () => {
  it("finds the v1 memory hierarchy (and the hybrid unified one) on a v1 host", () => {
    expect(ownCgroups({ selfCgroup: V1_SELF, mountinfo: V1_MOUNTS })).toEqual({
      v1Memory: "/sys/fs/cgroup/memory/process_api/abc",
      v2: "/sys/fs/cgroup/unified",
    });
  });

  it("finds the unified cgroup on a v2 host", () => {
    expect(ownCgroups({ selfCgroup: V2_SELF, mountinfo: V2_MOUNTS })).toEqual({
      v2: "/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/kurabe.scope",
    });
  });

  it("falls back to an rlimit budget, saying what it found, where no cgroup can be written", () => {
    const support = probeMemoryCap({ selfCgroup: "0::/nowhere\n", mountinfo: "" });
    expect(support.mechanism).toBe("rlimit-budget");
    expect(support.reason).toMatch(/no memory cgroup/);
    const fake = probeMemoryCap({ selfCgroup: V2_SELF, mountinfo: V2_MOUNTS.replace("/sys/fs/cgroup", "/nonexistent") });
    expect(fake).toMatchObject({ mechanism: "rlimit-budget", reason: expect.stringContaining("Delegate=yes") });
  });
});

describe("cgroup v2 on this host (real files)", () => {
  // The v2 path is used only where the unified hierarchy has the memory controller and a child can be made. On a
  // hybrid host (v1 hierarchies plus /sys/fs/cgroup/unified, as here) memory is bound to v1, so v2 cannot cap memory.
  const host = { selfCgroup: fs.readFileSync("/proc/self/cgroup", "utf8"), mountinfo: fs.readFileSync("/proc/self/mountinfo", "utf8") };
  const v2 = ownCgroups(host).v2;
  const controllers = v2 ? fs.readFileSync(path.join(v2, "cgroup.controllers"), "utf8").trim().split(/\s+/) : [];

  it.skipIf(v2 === undefined)(`picks cgroup v2 exactly when its memory controller is there (${v2}: ${controllers.join(" ") || "none"})`, () => {
    const unifiedOnly = { ...host, selfCgroup: host.selfCgroup.split("\n").filter((line) => line.startsWith("0::")).join("\n") };
    const support = probeMemoryCap(unifiedOnly);
    if (!controllers.includes("memory")) {
      expect(support).toMatchObject({ mechanism: "rlimit-budget", reason: expect.stringContaining(`cgroup v2 at ${v2}`) });
    } else if (support.mechanism === "cgroup-v2") {
      expect(support.base).toBe(v2);
    } else {
      expect(support.reason).toContain("Delegate=yes");
    }
  });
});

describe("the settings in force", () => {
  const limits = { memoryBytes: 1024 * MIB, processes: 64 };

  it("with a cgroup: one cap for all of a run's processes together", () => {
    expect(memoryCapSettings({ mechanism: "cgroup-v1", base: "/x" }, limits)).toEqual({
      mechanism: "cgroup-v1",
      runBytes: 1024 * MIB,
      processBytes: 1024 * MIB,
      processes: 64,
      summary: "cgroup-v1 memory.limit_in_bytes: 1024 MiB per run, all its processes together",
    });
    expect(memoryCapSettings({ mechanism: "cgroup-v2", base: "/x" }, limits).summary).toContain("memory.max");
  });

  it("without: kurabe watches the resident memory of the run's processes, and RLIMIT_AS caps each", () => {
    expect(memoryCapSettings({ mechanism: "rlimit-budget" }, limits)).toEqual({
      mechanism: "rlimit-budget",
      runBytes: 1024 * MIB,
      processBytes: 1024 * MIB,
      processes: 64,
      summary:
        "rlimit budget: kurabe stops a run whose processes hold more than 1024 MiB together (resident memory, checked " +
        "every 50 ms); each process at most 1024 MiB address space",
    });
  });
});

describe.skipIf(!sandboxAvailable)("a run's memory cap on this host", () => {
  const support = memoryCapSupport();
  if (support.mechanism === "rlimit-budget") console.warn(`[kurabe tests] memory cap: ${support.reason}`);

  // Both ways a run is sandboxed: in a reused sandbox (a zygote, whose cgroup is set per run) and in one of its own.
  describe.each([
    ["in a reused sandbox", true],
    ["in a sandbox of its own", false],
  ])("%s", (_name, zygote) => {
    it(`stops four children holding 700 MiB each under a 1 GiB cap (${support.mechanism})`, async () => {
      expect((await runSandboxed(python(FOUR_CHILDREN, { timeLimitMs: 60_000, zygote }))).status).toBe("memory");
    }, 120_000);

    it("lets a program use memory up to the cap", async () => {
      expect(await runSandboxed(python(HOLD_300_MIB, { timeLimitMs: 60_000, zygote }))).toMatchObject({ status: "ok", stdout: `${300 * MIB}\n` });
    }, 120_000);
  });
});

// Without the sandbox there is no cgroup: kurabe's own watch of the run's resident memory is the cap.
describe("the memory watch (unsafe mode: no sandbox, no cgroup)", () => {
  it("stops four children holding 700 MiB each under a 1 GiB cap, and lets 300 MiB through", async () => {
    const warn = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect((await runSandboxed(python(FOUR_CHILDREN, { unsafeNoSandbox: true, timeLimitMs: 60_000 }))).status).toBe("memory");
      expect(await runSandboxed(python(HOLD_300_MIB, { unsafeNoSandbox: true, timeLimitMs: 60_000 }))).toMatchObject({ status: "ok" });
    } finally {
      warn.mockRestore();
    }
  }, 120_000);
});
