import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runResidentBytes, watchRunMemory } from "../../../src/scoring/sandbox/memory-watch.js";
import { MIB } from "../../../src/scoring/sandbox/types.js";

describe("runResidentBytes and watchRunMemory", () => {
  it("add up what every process of a run's group holds, and say once when it passes the cap", async () => {
    // A group of two: a parent holding 60 MiB and a child holding 60 MiB, each saying when it holds it.
    const hold = "b = bytearray(60 * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\nprint('held', flush=True)\nimport time\ntime.sleep(30)";
    const code = `import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', ${JSON.stringify(hold)}])\n${hold}`;
    const group = spawn("python3", ["-c", code], { detached: true, stdio: ["ignore", "pipe", "ignore"] });
    try {
      let held = 0;
      await new Promise<void>((resolve) =>
        group.stdout.on("data", (chunk: Buffer) => {
          held += chunk.toString().split("held").length - 1;
          if (held === 2) resolve();
        }),
      );
      const bytes = runResidentBytes({ processGroup: group.pid! });
      expect(bytes).toBeGreaterThan(120 * MIB);
      expect(bytes).toBeLessThan(400 * MIB);
      const calls: number[] = [];
      const over = await new Promise<number>((resolve) => watchRunMemory({ processGroup: group.pid! }, 100 * MIB, (total) => {
        calls.push(total);
        resolve(total);
      }));
      expect(over).toBeGreaterThan(100 * MIB);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls).toHaveLength(1);
      expect(runResidentBytes({ sandboxInit: 2 ** 30 })).toBe(0);
    } finally {
      process.kill(-group.pid!, "SIGKILL");
    }
  }, 60_000);
});
