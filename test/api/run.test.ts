import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, KurabeError, openResults, run, type EngineEvent } from "../../src/index.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs items.jsonl of `dir` against the mock, scored by a module of this source; the first item as openResults reads it. */
async function firstItemScoredBy(dir: string, source: string) {
  fs.writeFileSync(path.join(dir, "check.mjs"), source);
  const result = await run({
    config: { models: [{ id: "echo", provider: "openai-compatible", baseURL: `${server!.url}/v1`, model: "m" }], suites: [{ name: "s", path: "items.jsonl", scorer: { type: "module", path: "check.mjs" } }] },
    dir,
    db: path.join(dir, "store.db"),
  });
  const results = openResults({ db: result.db, run: result.runId });
  try {
    return { db: result.db, item: [...results.items()][0]! };
  } finally {
    results.close();
  }
}

describe("run (library)", () => {
  it("runs a config object whose relative paths resolve against `dir`, reporting progress events", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [
      { id: "a", input: "yes", expected: "yes" },
      { id: "b", input: "no", expected: "yes" },
    ]);
    const events: EngineEvent["type"][] = [];
    const result = await run({
      config: {
        models: [{ id: "echo", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "m" }],
        suites: [{ name: "s", path: "items.jsonl" }],
        db: "store.db",
      },
      dir,
      onEvent: (event) => events.push(event.type),
    });
    expect(result).toEqual({ runId: expect.any(String), status: "completed", shortfall: { unfinished: [], pairwiseFailed: 0 }, db: path.join(dir, "store.db") });
    expect(events.filter((type) => type === "result")).toHaveLength(2);
    const results = openResults({ db: result.db });
    try {
      expect(results.run.id).toBe(result.runId);
      expect(results.entries.map((entry) => [entry.modelId, entry.suite, entry.score, entry.n])).toEqual([["echo", "s", 0.5, 2]]);
      expect([...results.items()].map((item) => [item.itemId, item.answers[0]!.scores[0]!.value])).toEqual([
        ["a", 1],
        ["b", 0],
      ]);
    } finally {
      results.close();
    }
  });

  it("runs a scorer module or a Python check, and the files each imports, as they are now after an edit since an earlier run in the same process", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "yes" }]);
    const scoreOf = async (scorer: { type: "module" | "python"; path: string }) => {
      const result = await run({
        config: { models: [{ id: "echo", provider: "openai-compatible", baseURL: `${server!.url}/v1`, model: "m" }], suites: [{ name: "s", path: "items.jsonl", scorer }] },
        dir,
        db: path.join(dir, "store.db"),
        cache: false,
      });
      const results = openResults({ db: result.db, run: result.runId });
      try {
        return results.entries[0]!.score;
      } finally {
        results.close();
      }
    };
    const write = (file: string, source: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), source);
    };
    // Each scorer file imports its weight from a file beside it; first the weight changes, then the scorer itself.
    const cases = [
      { scorer: "check.mjs", helper: "weight.mjs", imports: 'import { weight } from "./weight.mjs";', weight: "export const weight = W;" },
      // A .ts file outside an ESM package runs as CommonJS: its imports are `require`s.
      { scorer: "check.ts", helper: "weight.ts", imports: 'import { weight } from "./weight";', weight: "export const weight: number = W;" },
      { scorer: "esm/check.ts", helper: "esm/weight.ts", imports: 'import { weight } from "./weight.js";', weight: "export const weight: number = W;" },
    ];
    write("esm/package.json", JSON.stringify({ type: "module" }));
    for (const { scorer, helper, imports, weight } of cases) {
      write(scorer, `${imports}\nexport default () => weight;\n`);
      write(helper, `${weight.replace("W", "0.25")}\n`);
      expect(await scoreOf({ type: "module", path: scorer }), scorer).toBe(0.25);
      write(helper, `${weight.replace("W", "0.75")}\n`);
      expect(await scoreOf({ type: "module", path: scorer }), helper).toBe(0.75);
      write(scorer, "export default () => 0.5;\n");
      expect(await scoreOf({ type: "module", path: scorer }), scorer).toBe(0.5);
    }

    // A Python check imports modules beside it (its folder leads sys.path); each run has an interpreter of its own,
    // and the one before ends (each notes its process id as it loads).
    const pids = path.join(dir, "pids.log");
    const noting = `import os\nwith open(${JSON.stringify(pids)}, "a") as log:\n    log.write(f"{os.getpid()}\\n")\n`;
    write("check.py", `${noting}from weight import weight\n\ndef score(answer, item, options):\n    return weight\n`);
    write("weight.py", "weight = 0.25\n");
    expect(await scoreOf({ type: "python", path: "check.py" })).toBe(0.25);
    write("weight.py", "weight = 0.75\n");
    expect(await scoreOf({ type: "python", path: "check.py" })).toBe(0.75);
    write("check.py", `${noting}def score(answer, item, options):\n    return 0.5\n`);
    expect(await scoreOf({ type: "python", path: "check.py" })).toBe(0.5);
    const [first, second, third, ...more] = fs.readFileSync(pids, "utf8").trim().split("\n").map(Number);
    expect(more).toEqual([]);
    expect(new Set([first, second, third]).size).toBe(3);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await vi.waitFor(() => expect([first, second].map((pid) => alive(pid!))).toEqual([false, false]), { timeout: 30_000, interval: 50 });
  });

  it("gives a scorer module that imports KurabeError from \"kurabe\" (its own copy, loaded with the module) errors it can tell by instanceof", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.symlinkSync(fileURLToPath(new URL("../..", import.meta.url)), path.join(dir, "node_modules", "kurabe"), "dir");
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "yes" }]);
    const { db: store, item } = await firstItemScoredBy(
      dir,
      `import { KurabeError } from "kurabe";
export default async (answer, item, context) => {
  const error = await context.callModel("nobody", { messages: [{ role: "user", content: "x" }] }).catch((e) => e);
  return { score: 1, evidence: { kurabe: error instanceof KurabeError, code: error.code } };
};
`,
    );
    expect(item.answers[0]!.scores[0]!.value).toBe(1);
    const db = new Database(store, { readonly: true });
    try {
      expect(JSON.parse((db.prepare("SELECT evidence_json FROM scores").get() as { evidence_json: string }).evidence_json)).toEqual({ kurabe: true, code: "config" });
    } finally {
      db.close();
    }
  });

  it("gives items() every string whole: a long input, its echoed answer and a scorer's evidence that a report would cut", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    // Longer than every excerpt limit the report keeps (input 4,000, answer 6,000, evidence 3,000 characters).
    const input = `${"長い入力。".repeat(1500)}end`;
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input }]);
    const { item } = await firstItemScoredBy(dir, "export default (answer) => ({ score: 1, evidence: { echoed: answer.text } });\n");
    expect(item.input).toEqual({ head: input, tail: "", cut: 0 });
    const [answer] = item.answers;
    expect(answer!.text).toEqual({ head: input, tail: "", cut: 0 });
    expect(answer!.scores[0]!.evidence!.cut).toBe(0);
    expect(JSON.parse(answer!.scores[0]!.evidence!.head)).toEqual({ echoed: input });
  });

  it("rejects a bad config object with a ConfigError naming the field, and writes no store", async () => {
    const dir = tempDir();
    const db = path.join(dir, "store.db");
    const error = await run({ config: { models: [], suites: [{ name: "s", path: "x.jsonl" }] }, dir, db }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).location).toMatchObject({ file: "config", field: "models" });
    expect(fs.existsSync(db)).toBe(false);
  });

  it("openResults on a store that does not exist is an input error", () => {
    const error = (() => {
      try {
        openResults({ db: path.join(tempDir(), "none.db") });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(KurabeError);
    expect((error as KurabeError).code).toBe("input");
  });
});
