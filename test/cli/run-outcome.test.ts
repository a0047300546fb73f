import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { runCli } from "../support/cli.js";
import { mockModelEntry, writeProjectConfig } from "../support/judge-project.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";
import { HAS_OPENSSL, OPENSSL_SKIP_REASON, selfSignedCert } from "../support/self-signed-cert.js";

if (!HAS_OPENSSL) console.warn(OPENSSL_SKIP_REASON);

const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A reachable mock model and one at `deadURL`, on 6 echo items, stored in int2.db. */
function writeProject(dir: string, deadURL: string): void {
  writeJsonl(path.join(dir, "items.jsonl"), Array.from({ length: 6 }, (_, i) => ({ id: `q${i}`, input: `q${i}`, expected: `q${i}` })));
  writeProjectConfig(dir, {
    file: "eval.yaml",
    models: [mockModelEntry("alive", `${server!.url}/v1`, "mock-model"), mockModelEntry("dead", deadURL, "mock-model")],
    suite: { name: "echo", lines: "    scorer: exact" },
    retry: { maxAttempts: 5, delayMs: { base: 5, max: 20 } },
  });
}

describe("the run's outcome", () => {
  it("exits 3 when a model's server refuses connections, names the cause once, sums errors by model and class, and prints the exact resume command", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    writeProject(dir, "http://127.0.0.1:9/v1");
    const first = await runCli(["run", "eval.yaml", "--db", "int2.db"], { cwd: dir });
    expect(first.code, first.stderr).toBe(3);
    const lines = first.stderr.split("\n");
    expect(lines.filter((line) => line.includes("cannot reach"))).toEqual([
      "kurabe: dead: cannot reach http://127.0.0.1:9/v1: connection refused; its remaining items are not sent",
    ]);
    const runId = /\(run (\S+)\)/.exec(first.stderr)![1]!;
    expect(first.stderr).toContain(
      "kurabe: run incomplete: 6 results without an answer or a score (infrastructure errors, not counted as wrong answers)\n" +
        "  dead: 6 network\n" +
        `kurabe: once the cause is fixed, finish it with \`kurabe run eval.yaml --db int2.db --resume ${runId}\``,
    );

    // The store keeps the outcome, and every place that shows the run's status says what it lacks.
    const db = new Database(path.join(dir, "int2.db"), { readonly: true });
    expect(db.prepare("SELECT status FROM runs").pluck().get()).toBe("incomplete");
    db.close();
    const lacks = "incomplete: 6 results without an answer or a score (infrastructure errors, not counted as wrong answers; resuming the run finishes them)";
    const results = await runCli(["results", "--db", "int2.db"], { cwd: dir });
    expect(results.stdout).toContain(`status: ${lacks}`);
    const json = await runCli(["results", "--db", "int2.db", "--json"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toMatchObject({ status: "incomplete", shortfall: { results: 6, pairwiseFailed: 0 } });
    const markdown = await runCli(["report", "--db", "int2.db", "--format", "md", "--lang", "en"], { cwd: dir });
    expect(markdown.stdout).toContain("Status: incomplete: 6 results without an answer or a score \\(infrastructure errors");
    const ja = await runCli(["report", "--db", "int2.db", "--format", "md", "--lang", "ja"], { cwd: dir });
    expect(ja.stdout).toContain("状態：未完了：回答または採点のない結果 6 件");
  });

  it.skipIf(!HAS_OPENSSL)(
    "stops a model whose HTTPS server shows a self-signed certificate with one line naming it; trusting the certificate finishes the run",
    async () => {
      server = await startMockServer({});
      const dir = tempDir();
      const cert = selfSignedCert(dir);
      const untrusted = await startMockServer({ tls: { key: cert.key, cert: cert.cert } });
      try {
        writeProject(dir, `${untrusted.url}/v1`);
        const first = await runCli(["run", "eval.yaml", "--db", "int2.db"], { cwd: dir });
        expect(first.code, first.stderr).toBe(3);
        expect(first.stderr.split("\n").filter((line) => line.includes("TLS"))).toEqual([
          `kurabe: dead: cannot reach ${untrusted.url}/v1: TLS handshake failed: the server's certificate is self-signed ` +
            "(DEPTH_ZERO_SELF_SIGNED_CERT); to trust a private authority, start kurabe with NODE_EXTRA_CA_CERTS=<its certificate file>; " +
            "its remaining items are not sent",
        ]);
        expect(first.stderr).toContain("  dead: 6 network\n");
        // The handshake failed: no request reached the server.
        expect(untrusted.stats.requests).toBe(0);

        // What the line says to do works: with the certificate trusted, the resume gets the 6 answers.
        const resumed = await runCli(["run", "eval.yaml", "--db", "int2.db", "--resume"], { cwd: dir, env: { NODE_EXTRA_CA_CERTS: cert.certFile } });
        expect(resumed.code, resumed.stderr).toBe(0);
        expect(untrusted.stats.requests).toBe(6);
      } finally {
        await untrusted.close();
      }
    },
  );

  it("resumes a run that ended incomplete with `--resume` and no id, once the server is back", async () => {
    server = await startMockServer({});
    // A port that was just free: the dead model's server comes back on it later.
    const spare = await startMockServer({});
    const port = spare.port;
    await spare.close();
    const dir = tempDir();
    writeProject(dir, `http://127.0.0.1:${port}/v1`);
    const first = await runCli(["run", "eval.yaml", "--db", "int2.db"], { cwd: dir });
    expect(first.code, first.stderr).toBe(3);

    const revived = await startMockServer({ port });
    try {
      const resumed = await runCli(["run", "eval.yaml", "--db", "int2.db", "--resume"], { cwd: dir });
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(revived.stats.requests).toBe(6);
    } finally {
      await revived.close();
    }
    const db = new Database(path.join(dir, "int2.db"), { readonly: true });
    expect(db.prepare("SELECT status FROM runs").all()).toEqual([{ status: "completed" }]);
    expect(db.prepare("SELECT count(*) AS n FROM scores").get()).toEqual({ n: 12 });
    db.close();
  });

  it("exits 0 only when every item has an answer and a score", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    writeProject(dir, `${server.url}/v1`);
    const result = await runCli(["run", "eval.yaml", "--db", "int2.db"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain("incomplete");
    const db = new Database(path.join(dir, "int2.db"), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM scores").get()).toEqual({ n: 12 });
    db.close();
  });

  it("shows how long the oldest request has waited, against its timeout, when a server accepts but never answers", async () => {
    // Slower than the timeout: the run waits on requests that never come back.
    server = await startMockServer({ fault: () => ({ type: "slow-first-byte", delayMs: 120_000 }) });
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "a", expected: "a" }]);
    writeProjectConfig(dir, {
      models: [mockModelEntry("silent", `${server.url}/v1`, "mock-model", ["timeoutMs: 9000"])],
      suite: { name: "echo", lines: "    scorer: exact" },
      retry: { maxAttempts: 1 },
    });
    const result = await runCli(["run"], { cwd: dir });
    expect(result.code, result.stderr).toBe(3);
    // Without a terminal the bar prints a line every 5 s; the one printed while the request hangs says so.
    expect(result.stderr).toMatch(/\| waiting [1-9]\d*s for the oldest request \(timeout 9s\) \|/);
    expect(result.stderr).not.toContain("ETA 0s");
    expect(result.stderr).toContain("  silent: 1 timeout");
  });
});
