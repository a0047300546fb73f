import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import { runCli } from "../support/cli.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const KEY = "sk-kurabe-test-9f8e7d6c5b4a3210";
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function writeProject(dir: string, baseURL: string): void {
  writeJsonl(
    path.join(dir, "items.jsonl"),
    Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, input: `item ${i}`, expected: `item ${i}` })),
  );
  fs.writeFileSync(
    path.join(dir, "kurabe.yaml"),
    `models:\n  - id: keyed\n    provider: openai-compatible\n    baseURL: ${baseURL}\n    model: mock-model\n` +
      `    apiKey: \${MOCK_API_KEY}\n    headers:\n      X-Org-Token: \${MOCK_API_KEY}\n    concurrency: 4\n` +
      `suites:\n  - name: echo\n    path: items.jsonl\n    scorer: exact\nretry:\n  maxAttempts: 2\n  baseDelayMs: 1\n  maxDelayMs: 5\n`,
  );
}

/** Every byte kurabe left on disk in the project folder (store, WAL, anything else). */
function filesContain(dir: string, needle: string): string[] {
  const hits: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (fs.readFileSync(file).includes(needle)) hits.push(file);
  }
  return hits;
}

describe("API keys", () => {
  it("are sent to the server but reach neither the store nor any output, whatever the server answers", async () => {
    const server = await startMockServer({
      fault: (request, seen) => {
        const n = Number(request.prompt.replace(/\D/g, ""));
        if (n % 4 === 1) return { type: "status", status: 401 };
        if (n % 4 === 2 && seen === 0) return { type: "status", status: 429 };
        if (n % 4 === 3) return { type: "status", status: 500 };
        return undefined;
      },
    });
    closers.push(() => server.close());
    const dir = tempDir();
    writeProject(dir, `${server.url}/v1`);
    const run = await runCli(["run", "--json"], { cwd: dir, env: { MOCK_API_KEY: KEY } });
    // The 401s and 500s leave items unanswered: the run is incomplete.
    expect(run.code, run.stderr).toBe(3);
    expect(server.stats.credentials).toContain(`Bearer ${KEY}`);
    const results = await runCli(["results"], { cwd: dir });
    for (const output of [run.stdout, run.stderr, results.stdout, results.stderr]) expect(output).not.toContain(KEY);
    expect(filesContain(dir, KEY)).toEqual([]);
  });

  it("are scrubbed from error messages even when a server echoes them back", async () => {
    // A misbehaving proxy that puts the request's headers into its error body.
    const echo = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(req.headers["x-org-token"] ? 400 : 500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `bad request from ${req.headers.authorization} ${req.headers["x-org-token"]}` } }));
      });
    });
    await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise((resolve) => echo.close(() => resolve())));
    const dir = tempDir();
    writeProject(dir, `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`);
    const run = await runCli(["run"], { cwd: dir, env: { MOCK_API_KEY: KEY } });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout).toMatch(/12/); // twelve infrastructure errors in the table
    expect(run.stdout + run.stderr).not.toContain(KEY);
    expect(filesContain(dir, KEY)).toEqual([]);
  });
});
