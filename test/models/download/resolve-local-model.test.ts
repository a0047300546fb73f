import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGgufFileInfo } from "node-llama-cpp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { KurabeError } from "../../../src/errors.js";
import { defaultLocalModel } from "../../../src/models/download/model-locations.js";
import { resolveDefaultLocalModel, smokeTestFileName } from "../../../src/models/download/resolve-local-model.js";
import { encodeTinyLlamaGguf } from "../../../src/models/gguf/tiny-llama.js";
import { closedPortUrl, serveBytes, startServer, type TestServer } from "./file-server.js";

const served = encodeTinyLlamaGguf({ seed: 11 });
const hubPath = `/${defaultLocalModel.repo}/resolve/main/${defaultLocalModel.file}`;

let root: string;
let cacheDir: string;
let hub: TestServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "kurabe-resolve-"));
  hub = await startServer((request, response) => {
    if (request.url === hubPath) serveBytes(served, request.headers.range, response);
    else response.writeHead(404).end();
  });
});
afterAll(async () => {
  await hub.close();
  await rm(root, { recursive: true, force: true });
});
beforeEach(async (context) => {
  cacheDir = join(root, context.task.id, "models");
  hub.paths.length = 0;
});

describe("resolveDefaultLocalModel", () => {
  it("uses the file the user names, even when a model is cached", async () => {
    const userPath = join(root, "mine.gguf");
    await writeFile(userPath, served);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, defaultLocalModel.file), served);
    const resolved = await resolveDefaultLocalModel({ cacheDir, userPath, allowDownload: true, endpoint: hub.base });
    expect(resolved).toEqual({ path: userPath, kind: "user", label: "mine.gguf" });
    expect(hub.paths).toEqual([]);
  });

  it("fails with an input error naming a user file that does not exist", async () => {
    const userPath = join(root, "missing.gguf");
    const error = await resolveDefaultLocalModel({ cacheDir, userPath, allowDownload: true, endpoint: hub.base }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KurabeError);
    expect((error as KurabeError).code).toBe("input");
    expect((error as KurabeError).message).toContain(userPath);
  });

  it("uses a model already in the cache without touching the network", async () => {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, defaultLocalModel.file), served);
    const resolved = await resolveDefaultLocalModel({ cacheDir, allowDownload: true, endpoint: hub.base });
    expect(resolved).toEqual({
      path: join(cacheDir, defaultLocalModel.file),
      kind: "cached",
      label: defaultLocalModel.label,
    });
    expect(hub.paths).toEqual([]);
  });

  it("counts another cached GGUF but neither the smoke-test model nor a partial download", async () => {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, smokeTestFileName), served);
    await writeFile(join(cacheDir, `${defaultLocalModel.file}.part`), served.subarray(0, 10));
    await writeFile(join(cacheDir, "other.gguf"), served);
    const resolved = await resolveDefaultLocalModel({ cacheDir, allowDownload: false });
    expect(resolved).toMatchObject({ path: join(cacheDir, "other.gguf"), kind: "cached", label: "other.gguf" });
  });

  it("downloads Llama 3.2 1B Instruct from the Hub endpoint into the cache when nothing is cached", async () => {
    const progress: number[] = [];
    const resolved = await resolveDefaultLocalModel({
      cacheDir,
      allowDownload: true,
      endpoint: hub.base,
      onProgress: (p) => progress.push(p.receivedBytes),
    });
    expect(resolved).toEqual({
      path: join(cacheDir, defaultLocalModel.file),
      kind: "downloaded",
      label: defaultLocalModel.label,
    });
    expect(hub.paths).toEqual([hubPath]);
    expect((await readFile(resolved.path)).equals(served)).toBe(true);
    expect(progress.at(-1)).toBe(served.length);
  });

  it("falls back to the tiny smoke-test model, saying why, when the Hub cannot be reached", async () => {
    const endpoint = await closedPortUrl();
    const resolved = await resolveDefaultLocalModel({ cacheDir, allowDownload: true, endpoint });
    expect(resolved.kind).toBe("smoke-test");
    expect(resolved.path).toBe(join(cacheDir, smokeTestFileName));
    expect(resolved.label).toContain("mean nothing");
    expect(resolved.note).toContain(`no network (could not reach ${new URL(endpoint).host})`);
    const info = await readGgufFileInfo(resolved.path);
    expect(info.metadata.general.architecture).toBe("llama");
  });

  it("uses the smoke-test model when downloads are off and nothing is cached", async () => {
    const resolved = await resolveDefaultLocalModel({ cacheDir, allowDownload: false, endpoint: hub.base });
    expect(resolved.kind).toBe("smoke-test");
    expect(resolved.note).toContain("downloads are off");
    expect(hub.paths).toEqual([]);
  });

  it("reports a Hub error instead of hiding it behind the smoke-test model", async () => {
    const error = await resolveDefaultLocalModel({ cacheDir, allowDownload: true, endpoint: `${hub.base}/elsewhere` }).catch(
      (e: unknown) => e,
    );
    expect((error as KurabeError).code).toBe("download");
    expect((error as KurabeError).message).toContain("404");
  });
});
