import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { modelSchema, type ModuleModelConfig } from "../../../src/config/schema.js";
import { ConfigError, KurabeError, ProviderError } from "../../../src/errors.js";
import { createModuleModel } from "../../../src/models/module/module-model.js";
import type { ModelRequest } from "../../../src/models/types.js";
import { useTempDirs } from "../../support/temp-dir.js";

const tempDir = useTempDirs();
const request: ModelRequest = { messages: [{ role: "user", content: "hi" }], params: {} };

async function moduleModel(source: string) {
  const dir = tempDir();
  // `import ... from "kurabe"` resolves to this package (its build), as it would once installed.
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(fileURLToPath(new URL("../../..", import.meta.url)), path.join(dir, "node_modules", "kurabe"), "dir");
  const file = path.join(dir, "provider.mjs");
  fs.writeFileSync(file, source);
  const config = modelSchema.parse({ provider: "module", path: file, model: "m", options: { word: "hello" } }) as ModuleModelConfig;
  return createModuleModel(config);
}

async function failure(source: string, signal = new AbortController().signal): Promise<unknown> {
  const model = await moduleModel(source);
  return model.generate(request, signal).then(
    () => expect.unreachable("the call succeeded"),
    (error: unknown) => error,
  );
}

describe("provider module model", () => {
  it("joins streamed chunks, keeps reasoning apart, takes the usage and notes when each chunk with output arrived", async () => {
    const model = await moduleModel(`export default {
  async *stream(request, context) {
    yield { reasoning: "thinking" };
    yield context.options.word;
    yield " " + context.model;
    yield { usage: { inputTokens: 4, outputTokens: 2, cachedInputTokens: 1 }, finishReason: "length" };
  },
};
`);
    const completion = await model.generate(request, new AbortController().signal);
    expect(completion).toMatchObject({ text: "hello m", reasoning: "thinking", usage: { inputTokens: 4, outputTokens: 2, cachedInputTokens: 1 }, finishReason: "length" });
    expect(completion.timing.outputArrivalsMs).toHaveLength(3);
    expect(completion.timing.ttftMs).toBe(completion.timing.outputArrivalsMs![0]);
    expect(model.id).toBe("module:m");
  });

  it("turns an HTTP status into the ProviderError an adapter would throw: 429 rate limit with its wait, 503 server, 400 bad request", async () => {
    const thrown = (status: number) => `export default { generate() { throw Object.assign(new Error("no"), { status: ${status}, retryAfterMs: 250 }); } };`;
    const limited = await failure(thrown(429));
    expect(limited).toBeInstanceOf(ProviderError);
    expect(limited).toMatchObject({ kind: "rate_limit", status: 429, retryAfterMs: 250, retryable: true });
    expect(await failure(thrown(503))).toMatchObject({ kind: "server", retryable: true });
    expect(await failure(thrown(400))).toMatchObject({ kind: "bad_request", retryable: false });
  });

  it("counts a refused connection along the cause chain as a network failure (retried)", async () => {
    const error = await failure(`export default { async generate() {
  throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
} };`);
    expect(error).toMatchObject({ kind: "network", transportCode: "ECONNREFUSED", retryable: true });
  });

  it("fails a wrong answer shape or a stream without usage as a non-provider error (recorded, not retried)", async () => {
    const shape = await failure(`export default { generate() { return { text: 1 }; } };`);
    expect(shape).toBeInstanceOf(KurabeError);
    expect(shape).not.toBeInstanceOf(ProviderError);
    expect((shape as Error).message).toMatch(/generate gave {"text":1} at text: .*expected {text, usage: {inputTokens, outputTokens}}/);
    const noUsage = await failure(`export default { async *stream() { yield "a"; } };`);
    expect((noUsage as Error).message).toMatch(/the stream ended without usage/);
  });

  it("names the module in a KurabeError or ConfigError the module threw, keeping its class, code and location", async () => {
    const throwing = (error: string) => `import { ConfigError, KurabeError } from "kurabe";
export default { async *stream() { yield "a"; throw ${error}; } };`;
    const config = await failure(throwing(`new ConfigError("no deployment named m", { field: "model" })`));
    expect(config).toBeInstanceOf(ConfigError);
    expect(config).toMatchObject({ code: "config", location: { field: "model" } });
    expect((config as ConfigError).describe()).toMatch(/^model: provider module \/.*\/provider\.mjs threw: no deployment named m$/);
    const plain = await failure(throwing(`new KurabeError("sandbox", "no sandbox")`));
    expect(plain).toBeInstanceOf(KurabeError);
    expect(plain).toMatchObject({ code: "sandbox", message: expect.stringMatching(/^provider module .*provider\.mjs threw: no sandbox$/) });
  });

  it("gives up on a module that ignores the signal as soon as the signal fires, with its reason", async () => {
    const controller = new AbortController();
    const pending = failure(`export default { generate() { return new Promise(() => {}); } };`, controller.signal);
    const reason = new DOMException("no answer within 5 ms", "TimeoutError");
    setTimeout(() => controller.abort(reason), 5);
    expect(await pending).toBe(reason);
  });
});
