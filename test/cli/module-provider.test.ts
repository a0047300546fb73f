import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { storeRows, useMockServers, writeProjectConfig } from "../support/judge-project.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const startServer = useMockServers();

/**
 * An in-house gateway as a TypeScript provider module: it asks the mock server (non-streaming chat completions) and
 * streams the answer back word by word with the server's usage; an HTTP error becomes an error carrying its status.
 * Every call is appended to calls.log, so a test counts what reached the module.
 */
const GATEWAY = `import fs from "node:fs";
import type { ModelModule, ModelModuleChunk } from "kurabe";

interface GatewayOptions { baseURL: string; token: string; log: string }

const gateway: ModelModule<GatewayOptions> = {
  async *stream(request, context): AsyncGenerator<ModelModuleChunk> {
    const last = request.messages[request.messages.length - 1]!;
    const prompt = typeof last.content === "string" ? last.content : "";
    fs.appendFileSync(context.options.log, prompt + "\\n");
    if (prompt === "explode") throw new Error("the gateway client crashed");
    const response = await fetch(context.options.baseURL + "/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer " + context.options.token },
      body: JSON.stringify({ model: context.model, messages: [{ role: "user", content: prompt }] }),
      signal: context.signal,
    });
    if (!response.ok) throw Object.assign(new Error("gateway said " + response.status), { status: response.status });
    const body = (await response.json()) as { choices: Array<{ message: { content: string } }>; usage: { prompt_tokens: number; completion_tokens: number } };
    for (const word of body.choices[0]!.message.content.split(/(?= )/)) yield word;
    yield { usage: { inputTokens: body.usage.prompt_tokens, outputTokens: body.usage.completion_tokens } };
  },
};
export default gateway;
`;

function writeProject(dir: string, serverUrl: string, inputs: string[], modulePath = "./providers/gateway.ts"): void {
  writeJsonl(path.join(dir, "items.jsonl"), inputs.map((input, i) => ({ id: `q${i}`, input, expected: input })));
  writeProjectConfig(dir, {
    db: true,
    models: [
      `  - id: gateway
    provider: module
    path: ${modulePath}
    model: mock-model
    options:
      baseURL: ${serverUrl}/v1
      token: gateway-secret-token
      log: ${path.join(dir, "calls.log")}
    price: {input: 2, output: 4}
`,
    ],
    suite: { name: "echo", lines: "    scorer: exact" },
    retry: { maxAttempts: 3 },
  });
}

function writeGateway(dir: string, source = GATEWAY, file = "gateway.ts"): void {
  fs.mkdirSync(path.join(dir, "providers"), { recursive: true });
  fs.writeFileSync(path.join(dir, "providers", file), source);
}

const calls = (dir: string) => fs.readFileSync(path.join(dir, "calls.log"), "utf8").split("\n").filter(Boolean);

interface ResponseRow {
  item_id: string;
  status: string;
  text: string | null;
  attempts: number;
  from_cache: number;
  input_tokens: number | null;
  output_tokens: number | null;
  ttft_ms: number | null;
  cost_usd: number | null;
  error_kind: string | null;
  error_message: string | null;
}

const responses = (dir: string) =>
  storeRows<ResponseRow>(
    dir,
    `SELECT item_id, status, text, attempts, from_cache, input_tokens, output_tokens, ttft_ms, cost_usd, error_kind, error_message
     FROM responses ORDER BY (SELECT created_at FROM runs WHERE runs.id = responses.run_id), item_id`,
  );

describe("provider: module", () => {
  it("runs a TypeScript provider module through the engine: streamed answers scored, retried on a 503, cached, priced, reported; its token kept out of the store", async () => {
    // The first request for "try again" fails with a 503: the module throws {status: 503}, the engine retries.
    const server = await startServer({ fault: (request, seen) => (request.prompt === "try again" && seen === 0 ? { type: "status", status: 503 } : undefined) });
    const dir = tempDir();
    writeGateway(dir);
    writeProject(dir, server.url, ["hello there world", "try again", "third item"]);

    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const rows = responses(dir);
    expect(rows.map((r) => [r.item_id, r.status, r.text, r.attempts, r.from_cache])).toEqual([
      ["q0", "ok", "hello there world", 1, 0],
      ["q1", "ok", "try again", 2, 0],
      ["q2", "ok", "third item", 1, 0],
    ]);
    expect(storeRows(dir, "SELECT item_id, value FROM scores ORDER BY item_id")).toEqual([
      { item_id: "q0", value: 1 },
      { item_id: "q1", value: 1 },
      { item_id: "q2", value: 1 },
    ]);
    for (const row of rows) {
      // Usage from the module, priced with kurabe.yaml's price (USD per million tokens), and a measured first token.
      expect(row.input_tokens).toBeGreaterThan(0);
      expect(row.cost_usd).toBeCloseTo((row.input_tokens! * 2 + row.output_tokens! * 4) / 1e6, 12);
      expect(row.ttft_ms).not.toBeNull();
    }
    expect(server.stats.requests).toBe(4);
    expect(calls(dir).sort()).toEqual(["hello there world", "third item", "try again", "try again"]);

    // Run again: the response cache answers every item, the module is not called.
    const again = await runCli(["run"], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(responses(dir).slice(3).map((r) => [r.item_id, r.text, r.from_cache])).toEqual([
      ["q0", "hello there world", 1],
      ["q1", "try again", 1],
      ["q2", "third item", 1],
    ]);
    expect(calls(dir)).toHaveLength(4);

    const report = await runCli(["report", "--format", "json", "--out", "-"], { cwd: dir });
    expect(report.code, report.stderr).toBe(0);
    const json = JSON.parse(report.stdout) as { models: Array<{ modelId: string; provider: string }> };
    expect(json.models.map((m) => [m.modelId, m.provider])).toEqual([["gateway", "module"]]);

    const stored = storeRows<{ config_json: string }>(dir, "SELECT config_json FROM models")
      .map((row) => row.config_json)
      .join("\n");
    expect(stored).toContain("[redacted]");
    const everything = fs.readFileSync(path.join(dir, "kurabe.db"));
    expect(everything.includes("gateway-secret-token")).toBe(false);
  });

  it("records a module that throws on one item as an infrastructure error for that item, not retried; the others answer", async () => {
    const server = await startServer();
    const dir = tempDir();
    writeGateway(dir);
    writeProject(dir, server.url, ["first", "explode", "last"]);
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(3);
    const rows = responses(dir);
    expect(rows.map((r) => [r.item_id, r.status, r.error_kind, r.attempts])).toEqual([
      ["q0", "ok", null, 1],
      ["q1", "error", "internal", 1],
      ["q2", "ok", null, 1],
    ]);
    expect(rows[1]!.error_message).toMatch(/provider module .*gateway\.ts threw: the gateway client crashed$/);
    expect(storeRows(dir, "SELECT item_id FROM scores ORDER BY item_id")).toEqual([{ item_id: "q0" }, { item_id: "q2" }]);
  });

  it("records an answer of the wrong shape as an infrastructure error for that item, never a score; the others answer", async () => {
    const dir = tempDir();
    writeGateway(
      dir,
      `export default {
  async *stream(request) {
    const text = request.messages.at(-1).content;
    if (text === "odd") yield 42;
    else yield text;
    if (text !== "bare") yield { usage: { inputTokens: 1, outputTokens: 1 } };
  },
};
`,
      "shapes.mjs",
    );
    writeProject(dir, "http://127.0.0.1:9", ["first", "odd", "bare", "last"], "providers/shapes.mjs");
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(3);
    const rows = responses(dir);
    expect(rows.map((r) => [r.item_id, r.status, r.error_kind, r.text])).toEqual([
      ["q0", "ok", null, "first"],
      ["q1", "error", "internal", null],
      ["q2", "error", "internal", null],
      ["q3", "ok", null, "last"],
    ]);
    expect(rows[1]!.error_message).toMatch(/provider module .*shapes\.mjs: stream gave 42: .*expected a string or \{text\?, reasoning\?, usage\?, finishReason\?\}$/);
    expect(rows[2]!.error_message).toMatch(/provider module .*shapes\.mjs: the stream ended without usage; yield \{usage: \{inputTokens, outputTokens\}\} once$/);
    expect(storeRows(dir, "SELECT item_id, value FROM scores ORDER BY item_id")).toEqual([
      { item_id: "q0", value: 1 },
      { item_id: "q3", value: 1 },
    ]);
  });

  it("loads a JavaScript module whose generate answers without a server", async () => {
    const dir = tempDir();
    writeGateway(
      dir,
      `export default {
  generate(request, context) {
    const text = request.messages.at(-1).content.toUpperCase();
    return { text, usage: { inputTokens: 3, outputTokens: 2 }, finishReason: "stop" };
  },
};
`,
      "upper.mjs",
    );
    writeProject(dir, "http://127.0.0.1:9", ["ABC", "abc"], "providers/upper.mjs");
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(responses(dir).map((r) => [r.text, r.input_tokens, r.output_tokens, r.ttft_ms])).toEqual([
      ["ABC", 3, 2, null],
      ["ABC", 3, 2, null],
    ]);
    expect(storeRows(dir, "SELECT item_id, value FROM scores ORDER BY item_id")).toEqual([
      { item_id: "q0", value: 1 },
      { item_id: "q1", value: 0 },
    ]);
  });

  it("is cut off at the model's timeoutMs when it ignores its signal (a timeout, retried, then an infrastructure error), and closed once when the run ends", async () => {
    const dir = tempDir();
    const notes = path.join(dir, "notes.log");
    writeGateway(
      dir,
      `import fs from "node:fs";
const note = (line) => fs.appendFileSync(${JSON.stringify(notes)}, line + "\\n");
export default {
  generate(request) {
    const text = request.messages.at(-1).content;
    note("asked " + text);
    if (text === "stuck") return new Promise(() => {});
    return { text, usage: { inputTokens: 1, outputTokens: 1 } };
  },
  close() {
    note("closed");
  },
};
`,
      "stuck.mjs",
    );
    writeJsonl(path.join(dir, "items.jsonl"), ["first", "stuck", "last"].map((input, i) => ({ id: `q${i}`, input, expected: input })));
    writeProjectConfig(dir, {
      db: true,
      models: ["  - id: stuck\n    provider: module\n    path: providers/stuck.mjs\n    model: in-house\n    timeoutMs: 1500\n"],
      suite: { name: "echo", lines: "    scorer: exact" },
      retry: { maxAttempts: 2 },
    });
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(3);
    expect(responses(dir).map((r) => [r.item_id, r.status, r.error_kind, r.attempts])).toEqual([
      ["q0", "ok", null, 1],
      ["q1", "error", "timeout", 2],
      ["q2", "ok", null, 1],
    ]);
    const lines = fs.readFileSync(notes, "utf8").trim().split("\n");
    expect(lines.filter((line) => line === "asked stuck")).toHaveLength(2);
    expect(lines.at(-1)).toBe("closed");
    expect(lines.filter((line) => line === "closed")).toHaveLength(1);
  }, 60_000);

  it("is not needed by a rescore, which asks no model: the module's file gone, the stored answers are scored again", async () => {
    const dir = tempDir();
    writeGateway(dir, "export default { generate: (request) => ({ text: request.messages.at(-1).content + ' indeed', usage: { inputTokens: 1, outputTokens: 1 } }) };\n", "trim.mjs");
    writeProject(dir, "http://127.0.0.1:9", ["yes", "no"], "providers/trim.mjs");
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(storeRows(dir, "SELECT item_id, scorer, value FROM scores ORDER BY item_id")).toEqual([
      { item_id: "q0", scorer: "exact", value: 0 },
      { item_id: "q1", scorer: "exact", value: 0 },
    ]);
    fs.rmSync(path.join(dir, "providers"), { recursive: true });
    const config = path.join(dir, "kurabe.yaml");
    fs.writeFileSync(config, fs.readFileSync(config, "utf8").replace("scorer: exact", "scorer: {type: contains}"));
    const rescore = await runCli(["rescore"], { cwd: dir });
    expect(rescore.code, rescore.stderr).toBe(0);
    expect(storeRows(dir, "SELECT scoring_revision FROM runs")).toEqual([{ scoring_revision: 2 }]);
    expect(storeRows(dir, "SELECT item_id, scorer, value FROM scores ORDER BY item_id")).toEqual([
      { item_id: "q0", scorer: "contains", value: 1 },
      { item_id: "q1", scorer: "contains", value: 1 },
    ]);
    // A run still needs it, and says so at the model's line.
    const again = await runCli(["run"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^kurabe: kurabe\.yaml:5: models\[0\]\.path: provider module not found: .*trim\.mjs$/m);
  });

  it("is paced by the engine: never more calls in flight inside the module than the model's concurrency", async () => {
    const dir = tempDir();
    const mostFile = path.join(dir, "most.txt");
    // Each call is held until a second one is in flight (or no more will come), then for a while longer: the engine
    // has every chance to send a third, and the module notes the most it ever held at once.
    writeGateway(
      dir,
      `import fs from "node:fs";
let inFlight = 0, started = 0, most = 0;
const held = [];
export default {
  async generate(request, context) {
    inFlight++;
    started++;
    most = Math.max(most, inFlight);
    fs.writeFileSync(${JSON.stringify(mostFile)}, String(most));
    if (inFlight >= 2 || started === 6) held.splice(0).forEach((release) => release());
    else await new Promise((resolve) => held.push(resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    inFlight--;
    return { text: request.messages.at(-1).content, usage: { inputTokens: 1, outputTokens: 1 } };
  },
};
`,
      "paced.mjs",
    );
    writeJsonl(path.join(dir, "items.jsonl"), ["a", "b", "c", "d", "e", "f"].map((input, i) => ({ id: `q${i}`, input, expected: input })));
    writeProjectConfig(dir, {
      db: true,
      models: ["  - id: paced\n    provider: module\n    path: providers/paced.mjs\n    model: in-house\n    concurrency: 2\n"],
      suite: { name: "echo", lines: "    scorer: exact" },
      retry: { maxAttempts: 1 },
    });
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(storeRows(dir, "SELECT count(*) AS n FROM scores WHERE value = 1")).toEqual([{ n: 6 }]);
    expect(fs.readFileSync(mostFile, "utf8")).toBe("2");
  });

  /**
   * A module that answers at once and notes, for every call, the moment it was called on `performance.now()` — the
   * clock the engine's token buckets read (the module runs in kurabe's process) — and the tokens it reports using.
   * At concurrency 1 the chain is: pace, take the slot, call; so each note is the moment the limiter let that request go.
   */
  const TIMED = (timeline: string) => `import fs from "node:fs";
export default {
  generate(request, context) {
    fs.appendFileSync(${JSON.stringify(timeline)}, performance.now() + "\\n");
    return { text: request.messages.at(-1).content, usage: { inputTokens: context.options.input, outputTokens: context.options.output } };
  },
};
`;

  /**
   * The token bucket's promise (rate-limiter.ts: `perMinute / 6` at most in the bucket, refilled at `perMinute / 60 s`):
   * between any two calls i < j, what calls i..j took fits in one full bucket plus what refilled between them. Load
   * stretches the gaps between decisions, but a stall between one call's decision and its note (a GC pause, a busy
   * core) shrinks the noted gap after it: 1 s of slack covers that and still fails unpaced or unsettled calls (24 calls
   * at once need 4 more than a full bucket; 1 s refills 2).
   */
  const STALL_SLACK_MS = 1_000;
  function overdrawn(times: number[], perMinute: number, cost: (i: number, j: number) => number): string[] {
    const capacity = perMinute / 6;
    const perMs = perMinute / 60_000;
    const problems: string[] = [];
    for (let i = 0; i < times.length; i++) {
      for (let j = i + 1; j < times.length; j++) {
        const allowed = capacity + perMs * (times[j]! - times[i]! + STALL_SLACK_MS);
        if (cost(i, j) > allowed) problems.push(`calls ${i}..${j} took ${cost(i, j)} in ${(times[j]! - times[i]!).toFixed(0)} ms; at most ${allowed.toFixed(0)}`);
      }
    }
    return problems;
  }

  it.each([
    // 120 rpm: a burst of 20 requests, then one every 0.5 s; 24 calls cannot all go before 2 s have passed.
    ["rpm", "rpm: 120", 120, 1, 1, (i: number, j: number) => j - i + 1],
    // 120,000 tpm: a burst of 20,000 tokens, then 2,000 a second. Each request is estimated at ~514 tokens before it
    // goes (its characters / 4 + 512) and settled at the 1,000 the module reports once it is back: 24 calls at the
    // estimate alone would fit in the burst, so only the module's own usage can make the engine wait.
    ["tpm", "tpm: 120000", 120_000, 400, 600, (i: number, j: number) => 1_000 * (j - i) + 514],
  ])("is paced by the engine's %s limit: no stretch of calls takes more than a full bucket and what refilled meanwhile", async (_limit, line, perMinute, input, output, cost) => {
    const dir = tempDir();
    const timeline = path.join(dir, "timeline.txt");
    writeGateway(dir, TIMED(timeline), "timed.mjs");
    writeJsonl(path.join(dir, "items.jsonl"), Array.from({ length: 24 }, (_, i) => ({ id: `q${String(i).padStart(2, "0")}`, input: `item ${i}`.padEnd(8), expected: "x" })));
    writeProjectConfig(dir, {
      db: true,
      models: [`  - id: timed\n    provider: module\n    path: providers/timed.mjs\n    model: in-house\n    concurrency: 1\n    ${line}\n    options: {input: ${input}, output: ${output}}\n`],
      suite: { name: "echo", lines: "    scorer: exact" },
      retry: { maxAttempts: 1 },
    });
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(storeRows(dir, "SELECT count(*) AS n, sum(input_tokens + output_tokens) AS tokens FROM responses WHERE status = 'ok'")).toEqual([{ n: 24, tokens: 24 * (input + output) }]);
    const times = fs.readFileSync(timeline, "utf8").split("\n").filter(Boolean).map(Number);
    expect(times).toHaveLength(24);
    expect(overdrawn(times, perMinute, cost)).toEqual([]);
  }, 120_000);

  it.each([
    ["a module that does not exist", undefined, "", /^kurabe: kurabe\.yaml:5: models\[0\]\.path: provider module not found: .*missing\.ts$/m],
    ["a default export that is a function", "fn.mjs", "export default async () => 'hi';\n", /^kurabe: kurabe\.yaml:5: models\[0\]\.path: provider module .*fn\.mjs has a default export of type function; expected `export default \{ stream/m],
    ["no default export", "named.ts", "export const generate = () => ({ text: '', usage: { inputTokens: 0, outputTokens: 0 } });\n", /^kurabe: kurabe\.yaml:5: models\[0\]\.path: provider module .*named\.ts has no default export/m],
    ["neither stream nor generate", "empty.ts", "export default { close() {} };\n", /^kurabe: kurabe\.yaml:5: models\[0\]\.path: provider module .*empty\.ts has neither a `stream` nor a `generate` function/m],
    ["a TypeScript file that does not compile", "broken.ts", "export default { generate(request) { return request } ;\n", /^kurabe: kurabe\.yaml:5: models\[0\]\.path: provider module .*broken\.ts does not load: .*broken\.ts:1:\d+: ERROR: Expected "\}"/ms],
    ["a module that throws as it loads", "throws.mjs", "throw new Error('GATEWAY_URL is not set');\nexport default { generate() {} };\n", /^kurabe: kurabe\.yaml:5: models\[0\]\.path: provider module .*throws\.mjs does not load: GATEWAY_URL is not set$/m],
  ])("exits 2 before the run for %s, naming the model's line of kurabe.yaml", async (_name, file, source, message) => {
    const server = await startServer();
    const dir = tempDir();
    if (file) writeGateway(dir, source, file);
    writeProject(dir, server.url, ["one"], `providers/${file ?? "missing.ts"}`);
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(fs.existsSync(path.join(dir, "kurabe.db"))).toBe(false);
    expect(server.stats.requests).toBe(0);
  });
});
