import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";
import { storeRows, useMockServers, writeToneProject } from "../support/judge-project.js";

const tempDir = useTempDirs();
const startServer = useMockServers();
const HAS_NUMPY = spawnSync("python3", ["-c", "import numpy"]).status === 0;
if (!HAS_NUMPY) console.warn("python3 cannot import numpy (apt-get install -y python3-numpy): the NumPy return value test is skipped");

describe("scorer: {type: python}", () => {
  it("scores every answer in one long-lived interpreter, with the item and options, and the user's prints kept off the protocol", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "checks"));
    fs.writeFileSync(
      path.join(dir, "checks", "tone.py"),
      `import os

print("loading the tone check")  # as it loads too

def polite(answer, item, options):
    print("scoring", item["id"])  # goes to stderr, not into the protocol
    score = 1.0 if options["word"] in answer["text"] else 0.0
    return {"score": score, "detail": item["fields"]["rubric"], "evidence": {"pid": os.getpid()}}
`,
    );
    const items = ["please help", "do it now", "please wait"].map((input, i) => ({ id: `q${i}`, input, rubric: `r${i}` }));
    writeToneProject(dir, server.url, "      type: python\n      path: ./checks/tone.py\n      function: polite\n      options: {word: please}", items);
    const result = await runCli(["run", "kurabe.yaml", "--db", "kurabe.db"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const scores = storeRows<{ item_id: string; value: number; detail: string; evidence_json: string }>(
      dir,
      "SELECT item_id, value, detail, evidence_json FROM scores ORDER BY item_id",
    );
    expect(scores.map((row) => [row.item_id, row.value, row.detail])).toEqual([
      ["q0", 1, "r0"],
      ["q1", 0, "r1"],
      ["q2", 1, "r2"],
    ]);
    const pids = new Set(scores.map((row) => (JSON.parse(row.evidence_json) as { pid: number }).pid));
    expect(pids.size).toBe(1);
  });

  it.each([
    ["a file without the function", "def other(answer, item, options):\n    return 1\n", /kurabe\.yaml:15: suites\[0\]\.scorer: python scorer: .*check\.py defines nothing named 'score'/],
    ["a file that does not load", "def score(answer, item, options)\n    return 1\n", /kurabe\.yaml:15: suites\[0\]\.scorer: python scorer: .*check\.py does not load: .*SyntaxError/s],
    ["a file that does not exist", undefined, /kurabe\.yaml:16: suites\[0\]\.scorer\.path: python scorer not found: .*check\.py$/m],
    ["a file that writes other than JSON to stdout as it loads", "import sys\nsys.__stdout__.write('loading rubric\\n')\nsys.__stdout__.flush()\ndef score(answer, item, options):\n    return 1\n", /kurabe\.yaml:15: suites\[0\]\.scorer: python scorer: .*check\.py printed "loading rubric" instead of the harness's JSON$/m],
    ["a file that exits as it loads", "import sys\nsys.exit(4)\n", /kurabe\.yaml:15: suites\[0\]\.scorer: python scorer: .*check\.py does not load: .*SystemExit: 4/s],
  ])("exits 2 before any request for %s", async (_name, source, message) => {
    const server = await startServer();
    const dir = tempDir();
    if (source !== undefined) fs.writeFileSync(path.join(dir, "check.py"), source);
    writeToneProject(dir, server.url, "      type: python\n      path: check.py");
    const result = await runCli(["run", "kurabe.yaml", "--db", "kurabe.db"], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(server.stats.requests).toBe(0);
    expect(fs.existsSync(path.join(dir, "kurabe.db"))).toBe(false);
  });

  it("leaves an answer unscored (error kind scorer) when the function raises, prints instead of returning, returns no score, or the interpreter dies; the rest score", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "check.py"),
      `import os, sys

def score(answer, item, options):
    text = answer["text"]
    if text == "boom":
        raise ValueError("cannot read the tone")
    if text == "noise":
        sys.__stdout__.write("not json\\n")
        sys.__stdout__.flush()
        return 0.5
    if text == "big":
        return 7
    if text == "die":
        os._exit(3)
    return 0.25
`,
    );
    writeToneProject(dir, server.url, "      type: python\n      path: check.py", ["fine", "boom", "big", "noise", "die", "after"]);
    const result = await runCli(["run", "kurabe.yaml", "--db", "kurabe.db"], { cwd: dir });
    expect(result.code, result.stderr).toBe(3);
    const scored = storeRows<{ item_id: string; value: number }>(dir, "SELECT item_id, value FROM scores ORDER BY item_id");
    expect(scored).toEqual([
      { item_id: "q0", value: 0.25 },
      { item_id: "q5", value: 0.25 },
    ]);
    const failed = storeRows<{ item_id: string; error_kind: string; error_message: string }>(
      dir,
      "SELECT item_id, error_kind, error_message FROM responses WHERE error_kind IS NOT NULL ORDER BY item_id",
    );
    expect(failed.map((row) => [row.item_id, row.error_kind])).toEqual([
      ["q1", "scorer"],
      ["q2", "scorer"],
      ["q3", "scorer"],
      ["q4", "scorer"],
    ]);
    expect(failed[0]!.error_message).toMatch(/check\.py: raised: .*ValueError: cannot read the tone/s);
    expect(failed[1]!.error_message).toMatch(/python scorer .*check\.py returned 7; expected a score in \[0, 1\]/);
    expect(failed[2]!.error_message).toMatch(/check\.py: printed "not json", not a JSON reply$/);
    expect(failed[3]!.error_message).toMatch(/check\.py: interpreter exited \(code 3\)/);
  });

  it("stops an interpreter that works on one answer past timeoutMs: that answer is unscored, the answers queued behind it score", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "check.py"),
      `import time

def score(answer, item, options):
    if answer["text"] == "stuck":
        time.sleep(3600)
    return 1
`,
    );
    writeToneProject(dir, server.url, "      type: python\n      path: check.py\n      timeoutMs: 4000", ["fine", "stuck", "after", "last"]);
    const result = await runCli(["run", "kurabe.yaml", "--db", "kurabe.db"], { cwd: dir });
    expect(result.code, result.stderr).toBe(3);
    expect(storeRows<{ item_id: string }>(dir, "SELECT item_id FROM scores ORDER BY item_id").map((row) => row.item_id)).toEqual(["q0", "q2", "q3"]);
    const failed = storeRows<{ item_id: string; error_kind: string; error_message: string }>(
      dir,
      "SELECT item_id, error_kind, error_message FROM responses WHERE error_kind IS NOT NULL",
    );
    expect(failed.map((row) => [row.item_id, row.error_kind])).toEqual([["q1", "scorer"]]);
    expect(failed[0]!.error_message).toMatch(/check\.py: took longer than 4000 ms \(timeoutMs\): its interpreter was stopped$/);
  });

  it.skipIf(!HAS_NUMPY)("takes the NumPy values a check returns (np.float32 score, np.bool_ passed, an array in its evidence) as the numbers they hold", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "check.py"),
      `import numpy as np

def score(answer, item, options):
    counts = np.array([len(answer["text"]), 2])
    return {"score": np.float32(0.5), "passed": np.bool_(True), "evidence": {"counts": counts, "total": counts.sum()}}
`,
    );
    writeToneProject(dir, server.url, "      type: python\n      path: check.py", ["four"]);
    const result = await runCli(["run", "kurabe.yaml", "--db", "kurabe.db"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const [row] = storeRows<{ value: number; passed: number; evidence_json: string }>(dir, "SELECT value, passed, evidence_json FROM scores");
    expect([row!.value, row!.passed, JSON.parse(row!.evidence_json)]).toEqual([0.5, 1, { counts: [4, 2], total: 6 }]);
  });
});
