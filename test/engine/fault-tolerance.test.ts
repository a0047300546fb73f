import path from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import type { EngineEvent } from "../../src/engine/events.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { Fault, MockServer } from "../../src/mock-server/types.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();

/**
 * The per-request timeout: long enough that an answered request never hits it on a 2-core machine with both cores busy
 * (1 s did: a retried 429 then timed out), so only the slow faults, which never answer in time, do.
 */
const TIMEOUT_MS = 2500;
/** Longer than any run of this test: a slow fault's first byte never arrives before the timeout. */
const NEVER_MS = 600_000;

/** Each item's prompt names the fault it meets; `seen` = earlier attempts with the same prompt. */
const FAULTS: Record<string, (seen: number) => Fault | undefined> = {
  "ok": () => undefined,
  "429-retry-after": (seen) => (seen === 0 ? { type: "status", status: 429, retryAfter: "1" } : undefined),
  "429-bare": (seen) => (seen < 2 ? { type: "status", status: 429 } : undefined),
  "500": (seen) => (seen === 0 ? { type: "status", status: 500 } : undefined),
  "503": (seen) => (seen < 2 ? { type: "status", status: 503 } : undefined),
  "slow-first-byte": (seen) => (seen === 0 ? { type: "slow-first-byte", delayMs: NEVER_MS } : undefined),
  "reset-mid-stream": (seen) => (seen === 0 ? { type: "reset-mid-stream" } : undefined),
  "malformed-json": (seen) => (seen === 0 ? { type: "malformed-json" } : undefined),
  "truncated-sse": (seen) => (seen === 0 ? { type: "truncated-sse" } : undefined),
  "always-503": () => ({ type: "status", status: 503 }),
  "always-truncated": () => ({ type: "truncated-sse" }),
  "always-reset": () => ({ type: "reset-mid-stream" }),
  "always-429": () => ({ type: "status", status: 429 }),
  "always-slow": () => ({ type: "slow-first-byte", delayMs: NEVER_MS }),
  "bad-request": () => ({ type: "status", status: 400 }),
};
const faultOf = (prompt: string) => prompt.replace(/^fault:/, "").replace(/#\d+$/, "");

async function runAgainstFaults(provider: "openai-compatible" | "openai" | "anthropic" | "google") {
  const server = await startMockServer({ fault: (request, seen) => FAULTS[faultOf(request.prompt)]?.(seen) });
  try {
    return await runAgainstServer(provider, server);
  } finally {
    await server.close();
  }
}

async function runAgainstServer(provider: "openai-compatible" | "openai" | "anthropic" | "google", server: MockServer) {
  const dir = tempDir();
  const items = Object.keys(FAULTS).flatMap((fault) =>
    [1, 2].map((n) => ({ id: `${fault}#${n}`, input: `fault:${fault}#${n}`, expected: `fault:${fault}#${n}` })),
  );
  writeJsonl(path.join(dir, "items.jsonl"), items);
  const baseURL = provider === "google" ? `${server.url}/v1beta` : `${server.url}/v1`;
  const config = configSchema.parse({
    models: [{ id: "m", provider, baseURL, model: "mock-model", apiKey: "test-key-123456", concurrency: 8, timeoutMs: TIMEOUT_MS }],
    suites: [{ name: "faults", path: path.join(dir, "items.jsonl"), scorer: "exact" }],
    retry: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20 },
  });
  const db = openDatabase(path.join(dir, "kurabe.db"));
  const events: EngineEvent[] = [];
  const outcome = await startRun({
    db, config, env: {}, signal: new AbortController().signal, onEvent: (e) => events.push(e),
  });
  const rows = db
    .prepare(
      `SELECT r.item_id AS itemId, r.status, r.error_kind AS errorKind, r.attempts, s.value AS score
       FROM responses r LEFT JOIN scores s USING (run_id, suite, item_id, model_id, sample) WHERE r.run_id = ?`,
    )
    .all(outcome.runId) as Array<{ itemId: string; status: string; errorKind: string | null; attempts: number; score: number | null }>;
  db.close();
  return { outcome, rows, events, items, stats: server.stats };
}

// The four providers wait out the same slow faults; each has its own server, so they wait at the same time.
describe.concurrent.each(["openai-compatible", "openai", "anthropic", "google"] as const)("faults from a %s server", (provider) => {
  it("completes every transient fault after a retry and records persistent ones as infrastructure errors", async () => {
    const { outcome, rows, items, stats, events } = await runAgainstFaults(provider);
    // Persistent faults leave results without an answer: the run says so.
    expect(outcome.status).toBe("incomplete");
    expect(rows).toHaveLength(items.length);
    const byFault = new Map<string, typeof rows>();
    for (const row of rows) byFault.set(faultOf(row.itemId), [...(byFault.get(faultOf(row.itemId)) ?? []), row]);

    for (const fault of ["ok", "429-retry-after", "429-bare", "500", "503", "slow-first-byte", "reset-mid-stream",
      "malformed-json", "truncated-sse"]) {
      for (const row of byFault.get(fault)!) expect(row, fault).toMatchObject({ status: "ok", score: 1 });
    }
    const expectedKinds: Record<string, string> = {
      "always-503": "server",
      "always-truncated": "protocol",
      "always-reset": "network",
      "always-429": "rate_limit",
      "always-slow": "timeout",
      "bad-request": "bad_request",
    };
    for (const [fault, kind] of Object.entries(expectedKinds)) {
      for (const row of byFault.get(fault)!) {
        // An infrastructure error is never a wrong answer: it has no score at all.
        expect(row, fault).toMatchObject({ status: "error", errorKind: kind, score: null });
      }
    }
    // Requests that cannot succeed are not retried; the others use every attempt.
    for (const row of byFault.get("bad-request")!) expect(row.attempts).toBe(1);
    for (const row of byFault.get("always-503")!) expect(row.attempts).toBe(4);

    // The counts add up: every attempt reached the server, every item has exactly one result.
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBe(stats.requests);
    const results = events.filter((e) => e.type === "result");
    expect(results).toHaveLength(items.length);
    expect(results.filter((e) => e.status === "error")).toHaveLength(12);
  });
});
