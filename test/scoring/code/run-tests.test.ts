import { describe, expect, it, vi } from "vitest";
import { codeProblemFromRecord } from "../../../src/scoring/code/problems.js";
import { runProgramTests } from "../../../src/scoring/code/run-tests.js";
import { runningAsRoot } from "../../../src/scoring/sandbox/availability.js";
import { sandboxSettings } from "../../../src/scoring/sandbox/sandbox-settings.js";
import { NOBODY } from "../../../src/scoring/sandbox/bubblewrap.js";
import { UNSAFE_CHECKER_UID } from "../../../src/scoring/sandbox/unsafe-run.js";
import { detailText } from "../../support/detail-text.js";

const add = codeProblemFromRecord("humaneval", {
  task_id: "test/add",
  prompt: "def add(a, b):\n",
  test: "def check(candidate):\n    assert candidate(1, 2) == 3\n",
  entry_point: "add",
});

/**
 * A wrong answer that goes after its checker the ways one process can reach another of the same user: it finds the
 * checker in /proc, writes PASS into its report pipe (/proc/PID/fd/3) and kills it, which would leave a forged pass
 * or an unscored answer. It says on stderr what the kernel refused.
 */
const ATTACK_CHECKER =
  "import os, signal, time\n" +
  "def add(a, b):\n    return a - b\n" +
  "deadline = time.time() + 10\nfound = None\n" +
  "while found is None and time.time() < deadline:\n" +
  "    for pid in filter(str.isdigit, os.listdir('/proc')):\n" +
  "        try:\n            if b'checker.py' in open(f'/proc/{pid}/cmdline', 'rb').read(): found = int(pid)\n" +
  "        except OSError:\n            pass\n" +
  "    time.sleep(0.01)\n" +
  "if found is not None:\n" +
  "    try:\n        with open(f'/proc/{found}/fd/3', 'w') as report: report.write('START\\nPASS\\n')\n" +
  "    except OSError as e:\n        os.write(2, f'report refused: {e.errno}\\n'.encode())\n" +
  "    try:\n        os.kill(found, signal.SIGKILL)\n" +
  "    except OSError as e:\n        os.write(2, f'kill refused: {e.errno}\\n'.encode())\n";

describe("the checker in unsafe mode (no sandbox)", () => {
  it("is said plainly: its own user as root, else nothing, in which case a verdict can be forged", () => {
    const { checker } = sandboxSettings(true);
    if (runningAsRoot()) {
      expect(checker).toEqual({ isolation: "own-user", summary: `the checker runs as uid ${UNSAFE_CHECKER_UID}, the program under test as uid ${NOBODY}` });
    } else {
      expect(checker.isolation).toBe("none");
      expect(checker.summary).toMatch(/forge its verdict/);
    }
    expect(sandboxSettings(false).checker.isolation).toBe("own-sandbox");
  });

  it.skipIf(!runningAsRoot())("runs apart from the program it checks: the program can neither write into it nor kill it", async () => {
    const warn = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const run = await runProgramTests(add, ATTACK_CHECKER, { timeLimitMs: 30_000, unsafeNoSandbox: true });
      expect(run.outcome, `${detailText(run.detail)}\n${run.run.stderr}`).toBe("assertion-failed");
      // EACCES (13) opening the checker's pipe, EPERM (1) signalling it: it was found, and refused.
      expect(run.run.stderr).toContain("report refused: 13");
      expect(run.run.stderr).toContain("kill refused: 1");
    } finally {
      warn.mockRestore();
    }
  }, 120_000);
});
