import fs from "node:fs";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, ProviderError } from "../../../src/errors.js";
import { createFineTuneClient } from "../../../src/finetune/openai-jobs/client.js";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { MockServer } from "../../../src/mock-server/types.js";
import { createModel } from "../../../src/models/create-model.js";
import { proxyFor, readProxySettings } from "../../../src/models/http/proxy-settings.js";
import type { ModelRequest } from "../../../src/models/types.js";
import { runCli } from "../../support/cli.js";
import { useTempDirs } from "../../support/temp-dir.js";

/** A real CONNECT proxy on 127.0.0.1, as companies run them: it records each tunnel's target and pipes the bytes. */
let proxy: http.Server;
let proxyUrl: string;
let tunnels: string[] = [];
let server: MockServer;
/** A port nothing listens on: a proxy that refuses connections. */
let closedPort: number;

beforeAll(async () => {
  server = await startMockServer();
  proxy = http.createServer((_, res) => res.writeHead(405).end());
  proxy.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? "");
    const [host, port] = (req.url ?? "").split(":");
    const upstream = net.connect(Number(port), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const spare = net.createServer();
  await new Promise<void>((resolve) => spare.listen(0, "127.0.0.1", resolve));
  closedPort = (spare.address() as AddressInfo).port;
  await new Promise((resolve) => spare.close(resolve));
});
afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await server.close();
});
beforeEach(() => {
  tunnels = [];
});

const ask: ModelRequest = { messages: [{ role: "user", content: "Through the proxy?" }], params: {} };
const signal = () => new AbortController().signal;
const defaults = { concurrency: 1, params: {}, timeoutMs: 60_000, judgeOnly: false };
const compatible = () => ({ ...defaults, provider: "openai-compatible" as const, model: "m", baseURL: `${server.url}/v1` });
const openai = () => ({ ...defaults, provider: "openai" as const, model: "gpt-4o-mini", apiKey: "sk-test", baseURL: `${server.url}/v1` });

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe("HTTP(S)_PROXY and NO_PROXY", () => {
  it("sends an openai-compatible model's requests through HTTP_PROXY", async () => {
    const model = await createModel(compatible(), { HTTP_PROXY: proxyUrl });
    expect((await model.generate(ask, signal())).text).toBe("Through the proxy?");
    expect(tunnels).toEqual([`127.0.0.1:${server.port}`]);
  });

  it("sends an AI SDK provider's requests through the proxy too", async () => {
    // Other settings than the test above, so a pool of its own: a pooled tunnel would be reused without a CONNECT.
    const model = await createModel(openai(), { HTTP_PROXY: proxyUrl, NO_PROXY: "elsewhere.example" });
    expect((await model.generate(ask, signal())).text).toBe("Through the proxy?");
    expect(tunnels).toEqual([`127.0.0.1:${server.port}`]);
  });

  it("goes direct without proxy variables", async () => {
    await (await createModel(compatible(), {})).generate(ask, signal());
    expect(tunnels).toEqual([]);
  });

  it("reads http_proxy before HTTP_PROXY, as curl and undici do", async () => {
    const model = await createModel(compatible(), { http_proxy: proxyUrl, HTTP_PROXY: `http://127.0.0.1:${closedPort}` });
    await model.generate(ask, signal());
    expect(tunnels).toHaveLength(1);
  });

  it.each([
    ["127.0.0.1", false],
    ["localhost,127.0.0.1", false],
    ["*", false],
    ["example.com", true],
    ["127.0.0.1:1", true],
  ])("with NO_PROXY=%s proxies: %s, and names the proxy it would use exactly when undici uses it", async (noProxy, proxied) => {
    const env = { HTTP_PROXY: proxyUrl, NO_PROXY: noProxy };
    await (await createModel(compatible(), env)).generate(ask, signal());
    expect(tunnels.length > 0).toBe(proxied);
    expect(proxyFor(readProxySettings(env), new URL(`${server.url}/v1`)) !== undefined).toBe(proxied);
  });

  it("honours NO_PROXY with the target's own port", async () => {
    const env = { HTTP_PROXY: proxyUrl, no_proxy: `127.0.0.1:${server.port}` };
    await (await createModel(compatible(), env)).generate(ask, signal());
    expect(tunnels).toEqual([]);
  });

  it("names the proxy, not the target, when the proxy refuses the connection", async () => {
    const refusing = `http://user:s3cret@127.0.0.1:${closedPort}`;
    for (const config of [compatible(), openai()]) {
      const error = await failureOf((await createModel(config, { HTTPS_PROXY: refusing, HTTP_PROXY: refusing })).generate(ask, signal()));
      expect(error).toMatchObject({ kind: "network", transportCode: "ECONNREFUSED" });
      expect(error.message).toContain(`proxy http://127.0.0.1:${closedPort} (HTTP_PROXY)`);
      expect(error.message).not.toContain(String(server.port));
      expect(error.message).not.toContain("s3cret");
    }
  });

  it.each([
    ["HTTPS_PROXY", "not a url"],
    ["https_proxy", "socks5://127.0.0.1:1080"],
    ["HTTP_PROXY", "proxy.example.com:8080"],
  ])("refuses a malformed %s (%s) with a config error naming the variable", async (variable, value) => {
    const create = () => createModel(compatible(), { [variable]: value });
    await expect(create()).rejects.toBeInstanceOf(ConfigError);
    await expect(create()).rejects.toMatchObject({ location: { field: variable } });
  });
});

describe("kurabe load with a malformed proxy variable", () => {
  const tempDir = useTempDirs();

  it("exits 2 naming the variable, before sending anything", async () => {
    const cwd = tempDir();
    const args = ["load", "--base-url", `${server.url}/v1`, "--model", "m", "--concurrency", "1", "--requests", "1"];
    const result = await runCli(args, { cwd, env: { HTTPS_PROXY: "::not-a-url::" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/HTTPS_PROXY/);
  });
});

describe("kurabe run with a proxy", () => {
  const tempDir = useTempDirs();
  const project = () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, "items.jsonl"), ["a", "b", "c", "d", "e", "f"].map((x) => JSON.stringify({ id: x, input: x, expected: x })).join("\n"));
    const model = `  - { id: m, provider: openai-compatible, baseURL: "${server.url}/v1", model: m, concurrency: 2 }`;
    fs.writeFileSync(path.join(cwd, "kurabe.yaml"), ["models:", model, "suites:", "  - { name: s, path: items.jsonl, scorer: exact }", ""].join("\n"));
    return cwd;
  };

  it("exits 2 naming a malformed variable, and keeps no run", async () => {
    const cwd = project();
    const result = await runCli(["run", "--db", "k.db"], { cwd, env: { HTTPS_PROXY: "::not-a-url::", HTTP_PROXY: "::not-a-url::" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/HTTP_PROXY/);
    // Refused before it starts: no store at all (startRun opens it only once the plan is prepared).
    expect(fs.existsSync(path.join(cwd, "k.db"))).toBe(false);
  });

  it("names the refusing proxy, never the target, in every error it stores and in the line that stops the model", async () => {
    const cwd = project();
    const refusing = `http://127.0.0.1:${closedPort}`;
    const result = await runCli(["run", "--db", "k.db"], { cwd, env: { HTTP_PROXY: refusing } });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`cannot reach the proxy ${refusing} (HTTP_PROXY): connection refused`);
    expect(result.stderr).not.toContain(String(server.port));
    const db = new Database(path.join(cwd, "k.db"), { readonly: true });
    try {
      const messages = db.prepare("SELECT DISTINCT error_message AS message FROM responses").all() as Array<{ message: string }>;
      expect(messages.length).toBeGreaterThan(0);
      for (const { message } of messages) {
        expect(message).toContain(`${refusing} (HTTP_PROXY)`);
        expect(message).not.toContain(String(server.port));
      }
    } finally {
      db.close();
    }
  });
});

describe("the fine-tuning API's client", () => {
  it("goes through HTTP_PROXY as the models do", async () => {
    const client = createFineTuneClient({ apiKey: "sk-test", baseURL: `${server.url}/v1`, maxRetries: 0, env: { HTTP_PROXY: proxyUrl } });
    // The mock model server has no files endpoint: the answer is an error, but the request went through the tunnel.
    await client.openai.files.list().catch(() => undefined);
    expect(tunnels).toEqual([`127.0.0.1:${server.port}`]);
  });

  it("names a refusing proxy in the error", async () => {
    const refusing = `http://127.0.0.1:${closedPort}`;
    const client = createFineTuneClient({ apiKey: "sk-test", baseURL: `${server.url}/v1`, maxRetries: 0, env: { HTTP_PROXY: refusing } });
    const error = client.fail(await client.openai.files.list().then(() => undefined, (thrown: unknown) => thrown), "listing files");
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.message).toContain(`through the proxy ${refusing} (HTTP_PROXY)`);
  });

  it("refuses a malformed proxy variable with a config error naming it", () => {
    expect(() => createFineTuneClient({ apiKey: "sk-test", env: { HTTPS_PROXY: "not a url" } })).toThrow(ConfigError);
  });
});
