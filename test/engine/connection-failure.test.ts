import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { CONNECTION_FAILURES_TO_STOP } from "../../src/engine/connection-failure.js";
import type { EngineEvent } from "../../src/engine/events.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { Fault, MockServer } from "../../src/mock-server/types.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ITEMS = 12;
const CONCURRENCY = 2;

/**
 * Runs a healthy model and a broken one side by side: the broken one at `baseURL` (default: the mock server), which
 * answers its model "broken-model" with `fault`.
 */
async function runBeside(baseURL: ((server: MockServer) => string) | undefined, fault?: Fault) {
  server = await startMockServer({ fault: (request) => (request.model === "broken-model" ? fault : undefined) });
  const dir = tempDir();
  writeJsonl(
    path.join(dir, "items.jsonl"),
    Array.from({ length: ITEMS }, (_, i) => ({ id: `i${i}`, input: `q${i}`, expected: `q${i}` })),
  );
  const config = configSchema.parse({
    models: [
      { id: "good", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "mock-model", apiKey: "good-key-1" },
      {
        id: "broken",
        provider: "openai-compatible",
        baseURL: baseURL ? baseURL(server) : `${server.url}/v1`,
        model: "broken-model",
        apiKey: "broken-key-1",
        concurrency: CONCURRENCY,
      },
    ],
    suites: [{ name: "s", path: path.join(dir, "items.jsonl"), scorer: "exact" }],
    retry: { maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 20 },
  });
  const db = openDatabase(path.join(dir, "k.db"));
  const events: EngineEvent[] = [];
  try {
    const outcome = await startRun({ db, config, env: {}, signal: new AbortController().signal, onEvent: (e) => events.push(e) });
    const rows = db
      .prepare("SELECT model_id AS modelId, status, error_kind AS errorKind, attempts FROM responses WHERE run_id = ?")
      .all(outcome.runId) as Array<{ modelId: string; status: string; errorKind: string | null; attempts: number }>;
    return { outcome, events, rows, stats: server.stats };
  } finally {
    db.close();
  }
}

describe("a model whose endpoint cannot answer", () => {
  const cases: Array<{ name: string; baseURL?: (server: MockServer) => string; fault?: Fault; reason: RegExp; kind: string }> = [
    {
      name: "connection refused",
      // Port 9 (discard) is not served on a test machine.
      baseURL: () => "http://127.0.0.1:9/v1",
      reason: /^cannot reach http:\/\/127\.0\.0\.1:9\/v1: connection refused$/,
      kind: "network",
    },
    {
      name: "an unknown host (DNS)",
      // .invalid never resolves (RFC 2606).
      baseURL: () => "http://kurabe-no-such-host.invalid/v1",
      reason: /^cannot reach http:\/\/kurabe-no-such-host\.invalid\/v1: host name not (found|resolved)/,
      kind: "network",
    },
    {
      name: "a TLS handshake that fails (https:// to a plain HTTP port)",
      baseURL: (mock) => `https://127.0.0.1:${mock.port}/v1`,
      reason: /^cannot reach https:\/\/127\.0\.0\.1:\d+\/v1: TLS handshake failed \(/,
      kind: "network",
    },
    {
      name: "a refused key (401)",
      fault: { type: "status", status: 401 },
      reason: /^http:\/\/127\.0\.0\.1:\d+\/v1 refused the API key \(HTTP 401\)$/,
      kind: "auth",
    },
    {
      name: "a forbidden key (403)",
      fault: { type: "status", status: 403 },
      reason: /refused the API key \(HTTP 403\)$/,
      kind: "auth",
    },
    {
      name: "a model the server does not have (404)",
      fault: { type: "status", status: 404 },
      reason: /has no model "broken-model" \(HTTP 404\): check model and baseURL$/,
      kind: "bad_request",
    },
  ];

  it.each(cases)("$name: the lane stops after a few attempts with the cause in one line; the other model goes on", async (c) => {
    const { outcome, events, rows } = await runBeside(c.baseURL, c.fault);
    expect(outcome.status).toBe("incomplete");

    const stopped = events.filter((e) => e.type === "model-stopped");
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatchObject({ modelId: "broken" });
    expect((stopped[0] as { reason: string }).reason).toMatch(c.reason);

    const good = rows.filter((r) => r.modelId === "good");
    expect(good).toHaveLength(ITEMS);
    expect(good.every((r) => r.status === "ok")).toBe(true);

    // Every item of the stopped model is recorded as an infrastructure error (resumable), none scored as wrong.
    const dead = rows.filter((r) => r.modelId === "broken");
    expect(dead).toHaveLength(ITEMS);
    expect(dead.every((r) => r.status === "error" && r.errorKind === c.kind)).toBe(true);
    // At most the attempts that were already out when the limit was reached: nothing retried or sent afterwards.
    const attempts = dead.reduce((sum, r) => sum + r.attempts, 0);
    expect(attempts).toBeLessThanOrEqual(CONNECTION_FAILURES_TO_STOP + CONCURRENCY - 1);
    expect(events.filter((e) => e.type === "retry" && e.modelId === "broken").length).toBeLessThan(CONNECTION_FAILURES_TO_STOP);
  });

  it("does not stop a lane for failures that may pass (503s)", async () => {
    const { events, rows } = await runBeside(undefined, { type: "status", status: 503 });
    expect(events.some((e) => e.type === "model-stopped")).toBe(false);
    // Every item got its full retries.
    expect(rows.filter((r) => r.modelId === "broken").every((r) => r.attempts === 6)).toBe(true);
  });
});
