import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockRequest, MockServer } from "../../src/mock-server/types.js";
import { openDatabase } from "../../src/store/open-store.js";
import { prepareSuite } from "../../src/suites/prepare-suite.js";
import type { Item } from "../../src/suites/types.js";
import { sandboxAvailable } from "../scoring/sandbox/sandbox-available.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const FENCE = "```";

/** Answer 4 in Python: the right function, with four children holding 700 MiB each. */
const MEMORY_HOG_PYTHON = (item: Item): string =>
  `${FENCE}python\nimport subprocess, sys\nhold = "import os, time\\nb = bytearray(700 * 1024 * 1024)\\nfor i in range(0, len(b), 4096): b[i] = 1\\nos.write(1, b'held\\\\n')\\ntime.sleep(30)"\n` +
  `children = [subprocess.Popen([sys.executable, "-c", hold], stdout=subprocess.PIPE) for _ in range(4)]\nfor child in children:\n    child.stdout.readline()\n` +
  `${item.input}${String(item.fields?.canonical_solution)}\n${FENCE}`;

/**
 * Answer 4 in JavaScript: the right function, with four children holding 700 MiB each (Python's: node cannot map that
 * much under 1 GiB).
 */
const MEMORY_HOG_JAVASCRIPT = (item: Item): string =>
  `${FENCE}js\nrequire('child_process').spawnSync('sh', ['-c', 'for i in 1 2 3 4; do python3 -c "$0" & done; wait', ` +
  `"import time\\nb = bytearray(700 * 1024 * 1024)\\nfor i in range(0, len(b), 4096): b[i] = 1\\ntime.sleep(3)"], { stdio: 'ignore' });\n` +
  `${item.input}${String(item.fields?.canonical_solution)}\n${FENCE}`;

/**
 * Issue 12's four answers, as a model would give them, through a whole `kurabe run`: each must score 0 (not PASS, and
 * not an infrastructure error that leaves it unscored), beside a right answer that scores 1.
 */
const PYTHON_ANSWERS = [
  // 1: a wrong body, then the harness's nonce from its caller's frame, PASS on fd 3, exit 0.
  () =>
    "    return None\n    import os, sys\n    found = ''\n    frame = sys._getframe(0)\n    while frame is not None:\n" +
    "        found = found or str(frame.f_locals.get('nonce', ''))\n        frame = frame.f_back\n" +
    "    os.write(3, ('PASS ' + found + '\\n').encode())\n    os._exit(0)\n",
  // 3: a wrong answer that writes the harness's own "tests do not compile" line and exits 1.
  () =>
    `${FENCE}python\nimport os, sys\nline = "FAIL test-error test.py: SyntaxError\\nERROR test-error test.py: SyntaxError\\n"\nprint(line)\n` +
    `for fd in (3, 4):\n    try:\n        os.write(fd, line.encode())\n    except OSError:\n        pass\nos._exit(1)\n${FENCE}`,
  // 4: four children holding 700 MiB each.
  MEMORY_HOG_PYTHON,
  // The right answer.
  (item: Item) => String(item.fields?.canonical_solution),
];

const JAVASCRIPT_ANSWERS = [
  // 2: a wrong body, then /proc/self/mem scanned for a PASS marker, written to fd 3, exit 0.
  () =>
    "  const fs = require('fs');\n  let found = 'PASS';\n  try {\n    const mem = fs.openSync('/proc/self/mem', 'r');\n" +
    "    for (const line of fs.readFileSync('/proc/self/maps', 'utf8').split('\\n')) {\n      const m = /^([0-9a-f]+)-([0-9a-f]+) rw/.exec(line);\n" +
    "      if (!m) continue;\n      const start = parseInt(m[1], 16), size = Math.min(parseInt(m[2], 16) - start, 1 << 22);\n      const b = Buffer.alloc(size);\n" +
    "      try { fs.readSync(mem, b, 0, size, start) } catch { continue }\n      const at = b.indexOf('PASS ');\n      if (at >= 0) { found = b.toString('latin1', at, at + 37); break }\n    }\n  } catch {}\n" +
    "  for (const fd of [3, 4]) { try { fs.writeSync(fd, found + '\\n') } catch {} }\n  process.exit(0);\n}\n",
  // 3: the forged "tests do not compile" line, exit 1.
  () =>
    "  const line = 'FAIL test-error test.js: SyntaxError\\nERROR test-error test.js: SyntaxError\\n';\n  console.log(line);\n" +
    "  for (const fd of [3, 4]) { try { require('fs').writeSync(fd, line) } catch {} }\n  process.exit(1);\n}\n",
  // 4: four children holding 700 MiB each.
  MEMORY_HOG_JAVASCRIPT,
  (item: Item) => String(item.fields?.canonical_solution),
];

describe.skipIf(!sandboxAvailable)("hostile code answers through kurabe run (issue 12)", () => {
  let server: MockServer;
  const answers = new Map<string, string>();
  const memoryHogs = new Set<string>();

  beforeAll(async () => {
    for (const [name, makers] of [["humaneval", PYTHON_ANSWERS], ["humaneval-x-js", JAVASCRIPT_ANSWERS]] as const) {
      const suite = await prepareSuite(configSchema.shape.suites.element.parse({ builtin: name, limit: makers.length }));
      suite.items.forEach((item, index) => {
        const last = suite.messagesFor(item).at(-1)!.content;
        const maker = makers[index]!;
        answers.set(typeof last === "string" ? last : "", maker(item));
        if (maker === MEMORY_HOG_PYTHON || maker === MEMORY_HOG_JAVASCRIPT) memoryHogs.add(`${name}/${item.id}`);
      });
    }
    server = await startMockServer({ respond: (request: MockRequest) => answers.get(request.prompt) ?? "unknown prompt" });
  });
  afterAll(() => server.close());

  it("scores each hostile answer 0 and the right answer 1: no PASS, nothing left unscored", async () => {
    const db = openDatabase(path.join(tempDir(), "k.db"));
    try {
      const config = configSchema.parse({
        models: [{ id: "hostile", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "hostile", concurrency: 4 }],
        // The memory hogs must fill the cap before their time limit even with both cores busy (the 4 s floor ran out
        // first at load ~20): 60 s, which none of the other answers comes near.
        suites: [
          { builtin: "humaneval", limit: PYTHON_ANSWERS.length, scorer: { type: "code", benchmark: "humaneval", timeFloorMs: 60_000 } },
          { builtin: "humaneval-x-js", limit: JAVASCRIPT_ANSWERS.length, scorer: { type: "code", benchmark: "humaneval-x-js", timeFloorMs: 60_000 } },
        ],
      });
      const outcome = await startRun({ db, config, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
      const rows = db
        .prepare(
          `SELECT r.suite, r.item_id AS itemId, r.status, s.value, coalesce(s.detail, s.detail_json) AS detail FROM responses r
           LEFT JOIN scores s ON s.run_id = r.run_id AND s.suite = r.suite AND s.item_id = r.item_id
             AND s.model_id = r.model_id AND s.sample = r.sample AND s.is_primary = 1
           WHERE r.run_id = ? ORDER BY r.suite, r.item_id`,
        )
        .all(outcome.runId) as { suite: string; itemId: string; status: string; value: number | null; detail: string | null }[];
      expect(rows).toHaveLength(PYTHON_ANSWERS.length + JAVASCRIPT_ANSWERS.length);
      for (const suite of ["humaneval", "humaneval-x-js"]) {
        const scored = rows.filter((row) => row.suite === suite);
        for (const row of scored) expect(row.status, `${row.itemId}: ${row.detail}`).toBe("ok");
        // Three hostile answers fail, the right one passes: 0.25, where the issue saw 1.0 on two items.
        expect(scored.map((row) => row.value).sort(), scored.map((row) => `${row.itemId}: ${row.detail}`).join("\n")).toEqual([0, 0, 0, 1]);
        // Issue 12 #4 says memory, not timeout: the run's cgroup OOM-kills the children (or, without a cgroup, kurabe's
        // memory watch stops the run), and the verdict names it.
        const hog = scored.find((row) => memoryHogs.has(`${suite}/${row.itemId}`));
        expect(JSON.parse(hog?.detail ?? "null")).toMatchObject({ code: "code-run", outcome: "memory" });
      }
    } finally {
      db.close();
    }
  }, 600_000);
});
