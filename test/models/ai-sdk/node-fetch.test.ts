import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeFetch } from "../../../src/models/ai-sdk/node-fetch.js";

let server: http.Server;
let base: string;
const seen: Array<{ method?: string; headers: http.IncomingHttpHeaders; body: string }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method, headers: req.headers, body });
      switch (req.url) {
        case "/stream":
          res.writeHead(200, { "content-type": "text/event-stream", "set-cookie": ["a=1", "b=2"] });
          res.write("data: one\n\n");
          setTimeout(() => res.end("data: two\n\n"), 20);
          break;
        case "/empty":
          res.writeHead(204).end();
          break;
        case "/gzip":
          res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync("compressed answer"));
          break;
        case "/reset":
          res.writeHead(200, { "content-type": "text/event-stream" });
          res.write("data: partial\n\n");
          setTimeout(() => res.socket?.destroy(), 20);
          break;
        case "/hang":
          res.writeHead(200, { "content-type": "text/event-stream" });
          res.write("data: first\n\n");
          break;
        default:
          res.writeHead(404).end("no such route");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("nodeFetch, the providers' transport", () => {
  it("sends the method, headers and body, and streams the answer with its status and headers", async () => {
    const response = await nodeFetch(`${base}/stream`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer k" },
      body: JSON.stringify({ q: 1 }),
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await response.text()).toBe("data: one\n\ndata: two\n\n");
    expect(seen.at(-1)).toMatchObject({ method: "POST", body: '{"q":1}' });
    expect(seen.at(-1)?.headers).toMatchObject({ "content-type": "application/json", authorization: "Bearer k" });
    // A sized body, as fetch sends it: some servers refuse chunked request bodies.
    expect(seen.at(-1)?.headers).toMatchObject({ "content-length": "7" });
    expect(seen.at(-1)?.headers).not.toHaveProperty("transfer-encoding");
  });

  it("returns an error status with its body, as fetch does", async () => {
    const response = await nodeFetch(`${base}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("no such route");
  });

  it("gives a bodiless status a null body", async () => {
    const response = await nodeFetch(`${base}/empty`, { method: "DELETE" });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("decodes a compressed body", async () => {
    expect(await (await nodeFetch(`${base}/gzip`)).text()).toBe("compressed answer");
  });

  it("errors the body when the connection is reset mid-stream, rather than ending it as if complete", async () => {
    const response = await nodeFetch(`${base}/reset`);
    await expect(response.text()).rejects.toMatchObject({ code: "ECONNRESET" });
  });

  it("stops at the signal with its reason, before and during the body", async () => {
    const before = new AbortController();
    before.abort();
    await expect(nodeFetch(`${base}/stream`, { signal: before.signal })).rejects.toMatchObject({ name: "AbortError" });

    const during = new AbortController();
    const response = await nodeFetch(`${base}/hang`, { signal: during.signal });
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("data: first\n\n");
    setTimeout(() => during.abort(new DOMException("too slow", "TimeoutError")), 10);
    await expect(reader.read()).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("rejects with the socket's error code when nothing listens", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(nodeFetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("leaves what it does not handle to the built-in fetch", async () => {
    expect(await (await nodeFetch("data:text/plain,built-in")).text()).toBe("built-in");
    const form = new FormData();
    form.set("field", "value");
    const response = await nodeFetch(`${base}/stream`, { method: "POST", body: form });
    await response.text();
    expect(seen.at(-1)?.body).toContain('name="field"');
  });
});
