import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxSettings } from "../../src/scoring/sandbox/sandbox-settings.js";
import { configSchema, type KurabeConfig } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockRequest, MockServer } from "../../src/mock-server/types.js";
import { writeTinyLlamaGguf } from "../../src/models/gguf/tiny-llama.js";
import { sandboxAvailability } from "../../src/scoring/sandbox/availability.js";
import { BUILTIN_SUITE_NAMES, type BuiltinSuiteName } from "../../src/suites/builtin/names.js";
import { prepareSuite } from "../../src/suites/prepare-suite.js";
import type { Item } from "../../src/suites/types.js";
import { openDatabase } from "../../src/store/open-store.js";
import { loadLeaderboard } from "../../src/report/load-leaderboard.js";
import type { Leaderboard } from "../../src/report/leaderboard.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
let board: Leaderboard | undefined;
const LIMIT = 3;
const sandbox = await sandboxAvailability();
const CODE_SUITES = new Set<BuiltinSuiteName>(["humaneval", "humaneval-x-js", "mbpp"]);
if (!sandbox.available) console.warn(`skipping code suites end to end: ${sandbox.reason} (${sandbox.fix})`);
const runnable = BUILTIN_SUITE_NAMES.filter((name) => sandbox.available || !CODE_SUITES.has(name));

/** What a perfect model answers, in the way chat models phrase it. */
function goldAnswer(name: BuiltinSuiteName, item: Item): string {
  const fields = item.fields as Record<string, string>;
  switch (name) {
    case "humaneval":
      return `Here you go:\n\`\`\`python\n${item.input}${fields.canonical_solution}\n\`\`\``;
    case "humaneval-x-js":
      return `\`\`\`javascript\n${item.input}${fields.canonical_solution}\n\`\`\``;
    case "mbpp":
      return `\`\`\`python\n${fields.code}\n\`\`\``;
    case "gsm8k":
      return `Let me work it out step by step.\n#### ${String(item.expected)}`;
    case "mathvision":
      return item.choices ? `The answer is (${String(item.expected)}).` : `So the answer is \\boxed{${String(item.expected)}}.`;
    case "jsquad":
      return `答えは「${(item.expected as string[])[0]}」です。`;
    case "ifeval":
    case "m-ifeval-ja":
      return "A plain answer that follows some instructions and not others.";
    default:
      return `**(${String(item.expected)})**`;
  }
}

let sandboxJson: string | null = null;

async function run(config: KurabeConfig, dir: string) {
  const db = openDatabase(path.join(dir, "k.db"));
  try {
    const outcome = await startRun({ db, config, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
    board = loadLeaderboard(db, outcome.runId);
    sandboxJson = (db.prepare("SELECT sandbox_json AS json FROM runs WHERE id = ?").get(outcome.runId) as { json: string | null }).json;
    return db
      .prepare(
        `SELECT r.suite, r.item_id AS itemId, r.status, r.error_kind AS errorKind, s.value, coalesce(s.detail, s.detail_json) AS detail FROM responses r
         LEFT JOIN scores s ON s.run_id = r.run_id AND s.suite = r.suite AND s.item_id = r.item_id
           AND s.model_id = r.model_id AND s.sample = r.sample AND s.is_primary = 1
         WHERE r.run_id = ?`,
      )
      .all(outcome.runId) as Array<{ suite: string; itemId: string; status: string; errorKind: string | null; value: number | null; detail: string | null }>;
  } finally {
    db.close();
  }
}

describe("every built-in suite end to end", () => {
  let server: MockServer;
  beforeAll(async () => {
    // The server knows each prompt's gold answer, so a pipeline that asks, extracts and scores right gets 100%.
    const gold = new Map<string, string>();
    for (const name of runnable) {
      const suite = await prepareSuite(configSchema.shape.suites.element.parse({ builtin: name, limit: LIMIT }));
      for (const item of suite.items) {
        const last = suite.messagesFor(item).at(-1)!.content;
        const text = typeof last === "string" ? last : last.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("");
        gold.set(text, goldAnswer(name, item));
      }
    }
    server = await startMockServer({ respond: (request: MockRequest) => gold.get(request.prompt) ?? "unknown prompt" });
  });
  afterAll(() => server.close());

  it("asks, extracts and scores a perfect model's answers as right on every suite (a local server)", async () => {
    const dir = tempDir();
    const config = configSchema.parse({
      models: [{ id: "perfect", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "perfect", images: true, concurrency: 8 }],
      suites: runnable.map((name) => ({ builtin: name, limit: LIMIT })),
    });
    const rows = await run(config, dir);
    expect(rows).toHaveLength(runnable.length * LIMIT);
    for (const row of rows) {
      expect(row.status, `${row.suite} ${row.itemId}`).toBe("ok");
      if (row.suite === "ifeval" || row.suite === "m-ifeval-ja") expect(row.value).not.toBeNull();
      else expect(row.value, `${row.suite} ${row.itemId}: ${row.detail}`).toBe(1);
    }
    // The run stores the sandbox its code suites ran in, as `kurabe doctor` states it.
    if (sandbox.available) expect(JSON.parse(sandboxJson!)).toEqual(sandboxSettings(false));
    const ifeval = board!.entries.find((entry) => entry.suite === "ifeval")!;
    expect(Object.keys(ifeval.secondary ?? {})).toEqual(["prompt-strict", "prompt-loose", "instruction-strict", "instruction-loose"]);
    expect(board!.entries.find((entry) => entry.suite === "gsm8k")!.secondary).toEqual({ "gsm8k-flexible": 1, "gsm8k-strict": 1 });
  });

  it("runs every suite on the in-process engine with the tiny GGUF, skipping images it cannot take", async () => {
    const dir = tempDir();
    const gguf = path.join(dir, "tiny.gguf");
    await writeTinyLlamaGguf(gguf, { seed: 3 });
    const config = configSchema.parse({
      models: [{ id: "tiny", provider: "llamacpp", model: gguf, sequences: 2, concurrency: 2, contextSize: 4096, params: { maxTokens: 12 } }],
      suites: runnable.map((name) => ({ builtin: name, limit: 2, params: { maxTokens: 12 } })),
    });
    const rows = await run(config, dir);
    expect(rows).toHaveLength(runnable.length * 2);
    for (const row of rows) {
      if (row.suite === "mathvision") expect(row).toMatchObject({ status: "skipped", errorKind: "unsupported" });
      else expect(row, `${row.suite} ${row.itemId}`).toMatchObject({ status: "ok", value: expect.any(Number) });
    }
  });
});
