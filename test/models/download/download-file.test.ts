import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DownloadError } from "../../../src/models/download/download-error.js";
import { downloadFile, type DownloadProgress } from "../../../src/models/download/download-file.js";
import { encodeTinyLlamaGguf } from "../../../src/models/gguf/tiny-llama.js";
import { closedPortUrl, serveBytes, serveCut, startServer, type TestServer } from "./file-server.js";

const model = encodeTinyLlamaGguf({ seed: 3 });
const modelSha256 = createHash("sha256").update(model).digest("hex");

let dir: string;
let dest: string;
let server: TestServer | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kurabe-download-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async (context) => {
  dest = join(dir, `${context.task.id}.gguf`);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const exists = (path: string) => stat(path).then(() => true, () => false);

async function failure(promise: Promise<unknown>): Promise<DownloadError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DownloadError);
  return error as DownloadError;
}

describe("downloadFile", () => {
  it("downloads a whole file, reporting progress up to its size", async () => {
    server = await startServer((request, response) => serveBytes(model, request.headers.range, response));
    const progress: DownloadProgress[] = [];
    const result = await downloadFile(`${server.base}/tiny.gguf`, dest, { onProgress: (p) => progress.push(p) });
    expect((await readFile(dest)).equals(model)).toBe(true);
    expect(result).toMatchObject({ bytes: model.length, sha256: modelSha256, resumedFromBytes: 0 });
    expect(progress.at(-1)).toEqual({ receivedBytes: model.length, totalBytes: model.length, resumedFromBytes: 0 });
    const received = progress.map((p) => p.receivedBytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(await exists(`${dest}.part`)).toBe(false);
  });

  it("resumes a cut download with a Range request and ends byte-identical", async () => {
    const half = Math.floor(model.length / 2);
    server = await startServer((request, response, index) =>
      index === 0 ? serveCut(model, half, response) : serveBytes(model, request.headers.range, response),
    );
    const url = `${server.base}/tiny.gguf`;
    const cut = await failure(downloadFile(url, dest));
    expect(cut.reason).toBe("interrupted");
    expect(cut.message).toContain(url);
    expect(await exists(dest)).toBe(false);
    const kept = (await stat(`${dest}.part`)).size;
    expect(kept).toBeGreaterThan(0);

    const result = await downloadFile(url, dest, { sha256: modelSha256 });
    expect(server.ranges).toEqual([undefined, `bytes=${kept}-`]);
    expect(result.resumedFromBytes).toBe(kept);
    expect((await readFile(dest)).equals(model)).toBe(true);
    expect(await exists(`${dest}.part`)).toBe(false);
  });

  it("starts over when the server ignores the Range request and sends the whole file", async () => {
    server = await startServer((_request, response, index) => {
      if (index === 0) serveCut(model, Math.floor(model.length / 2), response);
      else serveBytes(model, undefined, response);
    });
    const url = `${server.base}/tiny.gguf`;
    await failure(downloadFile(url, dest));
    const result = await downloadFile(url, dest, { sha256: modelSha256 });
    expect(server.ranges[1]).toMatch(/^bytes=\d+-$/);
    expect(result.resumedFromBytes).toBe(0);
    expect((await readFile(dest)).equals(model)).toBe(true);
  });

  it("follows a Hub-style redirect and checks the size and SHA-256 announced on it", async () => {
    server = await startServer((request, response) => {
      if (request.url === "/org/repo/resolve/main/tiny.gguf") {
        response
          .writeHead(302, {
            location: "/cdn/blob",
            "x-linked-etag": `"${modelSha256}"`,
            "x-linked-size": String(model.length),
          })
          .end();
      } else serveBytes(model, request.headers.range, response, { etag: '"0123abcd"' });
    });
    const result = await downloadFile(`${server.base}/org/repo/resolve/main/tiny.gguf`, dest);
    expect(server.paths).toEqual(["/org/repo/resolve/main/tiny.gguf", "/cdn/blob"]);
    expect(result.sha256).toBe(modelSha256);
    expect((await readFile(dest)).equals(model)).toBe(true);
  });

  it("rejects a file whose SHA-256 differs from the Hub's X-Linked-Etag and keeps nothing", async () => {
    const wrong = "0".repeat(64);
    server = await startServer((request, response) => serveBytes(model, request.headers.range, response, { "x-linked-etag": `"${wrong}"` }));
    const error = await failure(downloadFile(`${server.base}/tiny.gguf`, dest));
    expect(error.reason).toBe("checksum");
    expect(error.message).toContain(wrong);
    expect(await exists(dest)).toBe(false);
    expect(await exists(`${dest}.part`)).toBe(false);
  });

  it("rejects a file whose SHA-256 differs from the one the caller expects", async () => {
    server = await startServer((request, response) => serveBytes(model, request.headers.range, response));
    const error = await failure(downloadFile(`${server.base}/tiny.gguf`, dest, { sha256: "f".repeat(64) }));
    expect(error.reason).toBe("checksum");
    expect(await exists(dest)).toBe(false);
  });

  it("rejects a file of the wrong size and keeps nothing", async () => {
    server = await startServer((request, response) => serveBytes(model, request.headers.range, response));
    const error = await failure(downloadFile(`${server.base}/tiny.gguf`, dest, { expectedSize: model.length + 1 }));
    expect(error.reason).toBe("size");
    expect(error.message).toContain(String(model.length + 1));
    expect(await exists(dest)).toBe(false);
    expect(await exists(`${dest}.part`)).toBe(false);
  });

  it("reports an HTTP error status with the URL", async () => {
    server = await startServer((_request, response) => response.writeHead(404).end());
    const url = `${server.base}/missing.gguf`;
    const error = await failure(downloadFile(url, dest));
    expect(error.reason).toBe("http");
    expect(error.code).toBe("download");
    expect(error.message).toContain(url);
    expect(error.message).toContain("404");
  });

  it("says there is no network when the connection is refused", async () => {
    const base = await closedPortUrl();
    const error = await failure(downloadFile(`${base}/tiny.gguf`, dest));
    expect(error.reason).toBe("offline");
    expect(error.message).toContain(`no network: could not reach ${new URL(base).host}`);
    expect(await exists(dest)).toBe(false);
  });

  it("stops when aborted and rejects with the abort reason", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-length": String(model.length) });
      response.write(model.subarray(0, 100));
    });
    const controller = new AbortController();
    const reason = new Error("stop now");
    const pending = downloadFile(`${server.base}/tiny.gguf`, dest, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.receivedBytes > 0) controller.abort(reason);
      },
    });
    await expect(pending).rejects.toBe(reason);
    expect(await exists(dest)).toBe(false);
  });
});
