import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "../../../src/config/schema.js";
import { startRun } from "../../../src/engine/start-run.js";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { MockServer } from "../../../src/mock-server/types.js";
import { createApiModel } from "../../../src/models/ai-sdk/api-model.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../../support/temp-dir.js";

/**
 * A JSON answer from an Anthropic model without structured output: the AI SDK asks for it through a forced `json` tool,
 * and the model streams the tool's input as `input_json_delta` pieces, cut anywhere — here inside a string (between
 * two kanji, and inside a \u escape) and inside a number, after an empty first piece as Anthropic sends. kurabe
 * records the joined JSON as the answer, stamps its first token on the first piece that holds any (providers.ts:
 * anthropic carriesOutput), and a stream cut among the pieces as an infrastructure error.
 */
const PIECES = ["", '{"landmark": "東京', 'タワー", "note": "\\u67', '71", "height": 33', "2.9, \"opened\": 19", "58}"];
const ANSWER = PIECES.join("");
const EXPECTED = { landmark: "東京タワー", note: "東", height: 332.9, opened: 1958 };
const SCHEMA = {
  type: "object",
  properties: { landmark: { type: "string" }, note: { type: "string" }, height: { type: "number" }, opened: { type: "integer" } },
  required: ["landmark", "note", "height", "opened"],
};

const tempDir = useTempDirs();
let server: MockServer;
const toolsAsked: unknown[] = [];

beforeAll(async () => {
  server = await startMockServer({
    respond: (request) => {
      toolsAsked.push(request.body.tool_choice);
      return { text: ANSWER, chunks: PIECES };
    },
    fault: (request) => (request.prompt === "cut" ? { type: "reset-mid-stream" } : undefined),
  });
});
afterAll(() => server.close());

const modelConfig = () => ({ provider: "anthropic" as const, model: "mock-model", apiKey: "test-key-123456", baseURL: `${server.url}/v1` });

describe("Anthropic tool input streamed in input_json_delta pieces", () => {
  it("is the answer's text, joined whole, with one output arrival per piece that holds any, the first token at the first", async () => {
    const model = createApiModel({ ...modelConfig(), concurrency: 1, params: {}, timeoutMs: 60_000, judgeOnly: false }, {});
    const asked = toolsAsked.length;
    const completion = await model.generate(
      { messages: [{ role: "user", content: "Which landmark?" }], params: {}, jsonSchema: SCHEMA },
      new AbortController().signal,
    );
    // The SDK asked through its json tool (had it asked for structured output, the mock would have answered text).
    expect(toolsAsked.slice(asked)).toEqual([{ type: "any", disable_parallel_tool_use: true }]);
    expect(completion.text).toBe(ANSWER);
    expect(JSON.parse(completion.text)).toEqual(EXPECTED);
    expect(completion.timing.outputArrivalsMs).toHaveLength(PIECES.filter((piece) => piece !== "").length);
    expect(completion.timing.ttftMs).toBe(completion.timing.outputArrivalsMs![0]);
    expect(completion.finishReason).toBe("stop");
  });

  it("is stored and scored by a run; a stream cut among the pieces is an infrastructure error, never a wrong answer", async () => {
    // Where the server cuts: after some of the pieces, before the last (read raw, up to the reset).
    const sentBeforeCut = await piecesBeforeCut();
    expect(sentBeforeCut).toBeGreaterThan(0);
    expect(sentBeforeCut).toBeLessThan(PIECES.length);
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [
      { id: "whole", input: "whole", expected: EXPECTED },
      { id: "cut", input: "cut", expected: EXPECTED },
    ]);
    const config = configSchema.parse({
      models: [{ id: "m", ...modelConfig(), concurrency: 2, timeoutMs: 60_000 }],
      suites: [{ name: "landmarks", path: path.join(dir, "items.jsonl"), scorer: "json", jsonSchema: SCHEMA }],
      retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
    });
    const db = openDatabase(path.join(dir, "kurabe.db"));
    try {
      const outcome = await startRun({ db, config, env: {}, signal: new AbortController().signal, onEvent: () => {} });
      const rows = db
        .prepare(
          `SELECT r.item_id AS itemId, r.status, r.text, r.error_kind AS errorKind, r.attempts, r.ttft_ms AS ttftMs, s.value AS score
           FROM responses r LEFT JOIN scores s USING (run_id, suite, item_id, model_id, sample) WHERE r.run_id = ? ORDER BY r.item_id`,
        )
        .all(outcome.runId);
      expect(rows).toEqual([
        { itemId: "cut", status: "error", text: null, errorKind: "network", attempts: 2, ttftMs: null, score: null },
        { itemId: "whole", status: "ok", text: ANSWER, errorKind: null, attempts: 1, ttftMs: expect.any(Number), score: 1 },
      ]);
      expect(outcome.status).toBe("incomplete");
    } finally {
      db.close();
    }
  });
});

/** The input_json_delta events the server sends for the prompt "cut" before it resets the connection. */
async function piecesBeforeCut(): Promise<number> {
  const response = await fetch(`${server.url}/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": "test-key-123456", "anthropic-version": "2023-06-01" },
    body: JSON.stringify({
      model: "mock-model",
      max_tokens: 100,
      stream: true,
      messages: [{ role: "user", content: "cut" }],
      tools: [{ name: "json", input_schema: SCHEMA }],
      tool_choice: { type: "any" },
    }),
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let body = "";
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) body += decoder.decode(read.value, { stream: true });
  } catch {
    // The reset: what came before it is the body.
  }
  expect(body).not.toContain("message_stop");
  return body.split("input_json_delta").length - 1;
}
