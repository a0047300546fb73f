import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadCommand, type LoadOptions } from "../../src/cli/load.js";
import { KurabeError } from "../../src/errors.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { writeTinyLlamaGguf } from "../../src/models/gguf/tiny-llama.js";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ latencyMs: 5 });
});
afterAll(() => server.close());
afterEach(() => vi.restoreAllMocks());

/** Runs the command in process and returns its status and what it printed on stdout. */
async function load(options: LoadOptions, env: NodeJS.ProcessEnv = {}): Promise<{ status: number; stdout: string }> {
  let stdout = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const status = await loadCommand(options, env);
  vi.restoreAllMocks();
  return { status, stdout };
}

/** In process, from the TypeScript sources: worker threads need the built code (test/load/load-threads.test.ts). */
const endpoint = (): LoadOptions => ({ baseUrl: `${server.url}/v1`, model: "mock", concurrency: "1,2", requests: "4", inputTokens: "16", workers: "1" });

describe("kurabe load against an OpenAI-compatible endpoint", () => {
  it("prints a table with one row per level and the level to run at", async () => {
    const { status, stdout } = await load(endpoint());
    expect(status).toBe(0);
    expect(stdout).toContain("load test of openai-compatible:mock");
    expect(stdout).toMatch(/TTFT p50/);
    expect(stdout).toMatch(/\* run at concurrency [12]: highest output tokens\/s without errors/);
  });

  it("prints JSON with every level's figures, their cost and the comparison with API prices", async () => {
    const { stdout } = await load({ ...endpoint(), json: true, gpu: "h100", gpus: "2", utilisation: "0.5", compare: "openai:gpt-4o-mini" });
    const view = JSON.parse(stdout);
    expect(view.result.levels.map((l: { profile: unknown }) => l.profile)).toEqual([
      { kind: "concurrency", concurrency: 1 },
      { kind: "concurrency", concurrency: 2 },
    ]);
    expect(view.result.levels[0]).toMatchObject({ requests: 4, completed: 4, errors: 0 });
    // 2 × H100 = two 1-GPU Lambda instances at $3.29
    expect(view.hardware).toMatchObject({ hourlyUsd: 6.58, utilisation: 0.5, description: expect.stringContaining("2 × lambda gpu_1x_h100_sxm5") });
    expect(view.costs).toHaveLength(2);
    const level = view.result.levels[0];
    // $6.58 / (output tok/s × 3600 × 0.5) per token, × 1e6
    expect(view.costs[0].outputPerMillion).toBeCloseTo((6.58 / (level.outputTokensPerSecond * 3600 * 0.5)) * 1e6, 6);
    expect(view.comparisons[0]).toMatchObject({ model: "openai:gpt-4o-mini", curve: expect.any(Array) });
  });

  it("runs request rates as an open loop with Poisson or constant arrivals", async () => {
    const rates = { baseUrl: `${server.url}/v1`, model: "mock", rate: "20,40", requests: "6", inputTokens: "16", workers: "1" };
    const { status, stdout } = await load(rates);
    expect(status).toBe(0);
    expect(stdout).toMatch(/20 req\/s poisson/);
    expect(stdout).toMatch(/\* run at (20|40) req\/s poisson: highest output tokens\/s without errors/);
    const view = JSON.parse((await load({ ...rates, arrivals: "constant", json: true })).stdout);
    expect(view.result.levels.map((l: { profile: unknown }) => l.profile)).toEqual([
      { kind: "rate", requestsPerSecond: 20, arrivals: "constant" },
      { kind: "rate", requestsPerSecond: 40, arrivals: "constant" },
    ]);
    expect(view.result.levels[1]).toMatchObject({ requests: 6, completed: 6, errors: 0 });
  });

  it("sends no API key unless told which variable holds one", async () => {
    server.stats.credentials.clear();
    await load(endpoint(), { OPENAI_API_KEY: "sk-should-stay-home" });
    expect([...server.stats.credentials]).toEqual([]);
    await load({ ...endpoint(), apiKeyEnv: "VLLM_KEY" }, { VLLM_KEY: "sk-vllm-key" });
    expect([...server.stats.credentials]).toEqual(["Bearer sk-vllm-key"]);
  });

  it.each([
    ["no target", (): LoadOptions => ({ concurrency: "1" }), /--base-url .* or --gguf/],
    ["both targets", (): LoadOptions => ({ ...endpoint(), gguf: "x.gguf" }), /--base-url .* or --gguf/],
    ["no model name", (): LoadOptions => ({ baseUrl: "http://127.0.0.1:1/v1" }), /--model/],
    ["an unset key variable", (): LoadOptions => ({ ...endpoint(), apiKeyEnv: "NOPE" }), /NOPE is not set/],
    ["a bad level list", (): LoadOptions => ({ ...endpoint(), concurrency: "1,x" }), /concurrency levels/],
    ["levels and rates at once", (): LoadOptions => ({ ...endpoint(), rate: "2" }), /--concurrency or --rate, not both/],
    ["arrivals without rates", (): LoadOptions => ({ ...endpoint(), arrivals: "constant" }), /--arrivals goes with --rate/],
    ["unknown arrivals", (): LoadOptions => ({ baseUrl: `${server.url}/v1`, model: "mock", rate: "2", arrivals: "bursty" }), /poisson or constant/],
    ["a bad rate", (): LoadOptions => ({ baseUrl: `${server.url}/v1`, model: "mock", rate: "0" }), /request rates/],
    ["an unknown GPU", (): LoadOptions => ({ ...endpoint(), gpu: "tpu" }), /unknown GPU type "tpu"/],
    ["a GPU and an hourly price", (): LoadOptions => ({ ...endpoint(), gpu: "l4", hourly: "1" }), /--gpu or --hourly/],
    ["utilisation above 1", (): LoadOptions => ({ ...endpoint(), hourly: "1", utilisation: "60" }), /--utilisation/],
    ["a comparison without hardware", (): LoadOptions => ({ ...endpoint(), compare: "openai:gpt-4o" }), /--compare needs/],
    ["a comparison with an unpriced model", (): LoadOptions => ({ ...endpoint(), hourly: "1", compare: "openai:mystery" }), /no known price for "openai:mystery"/],
    ["a bad SLO percentile", (): LoadOptions => ({ ...endpoint(), ttftSlo: "500", sloPercentile: "90" }), /50, 95 or 99/],
  ])("refuses %s as an input error before sending anything", async (_, options, message) => {
    const before = server.stats.requests;
    const error = await loadCommand(options(), {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KurabeError);
    expect((error as KurabeError).code).toMatch(/input|config/);
    expect((error as KurabeError).message).toMatch(message);
    expect(server.stats.requests).toBe(before);
  });
});

describe("kurabe load on a GGUF model in process", () => {
  const tempDir = useTempDirs();

  // The built CLI: the engine runs in a thread of its own, which loads the compiled module.
  it("sweeps concurrency 1 and 2 on the tiny model in the engine's own thread and prices the throughput", async () => {
    const dir = tempDir();
    await writeTinyLlamaGguf(path.join(dir, "tiny.gguf"), { seed: 7 });
    const args = ["load", "--gguf", "tiny.gguf", "--threads", "1", "--concurrency", "1,2", "--requests", "4"];
    const { code, stdout, stderr } = await runCli([...args, "--input-tokens", "16", "--output-tokens", "16", "--hourly", "0.44", "--json"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const view = JSON.parse(stdout);
    expect(view.result.model).toBe("llamacpp:tiny.gguf");
    for (const level of view.result.levels) {
      expect(level).toMatchObject({ requests: 4, completed: 4, errors: 0 });
      expect(level.outputTokensPerSecond).toBeGreaterThan(0);
      expect(level.ttftMs.p50).toBeGreaterThan(0);
      // The engine's decode loop runs in its thread, not in the load generator's.
      expect(level.client.bound).toBe(false);
    }
    expect(view.costs.map((c: { profile: { concurrency: number } }) => c.profile.concurrency)).toEqual([1, 2]);
  });

  it("exits 2 naming the GGUF file when it does not exist", async () => {
    const { code, stderr } = await runCli(["load", "--gguf", "missing.gguf", "--concurrency", "1"], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/GGUF model file not found: missing\.gguf/);
  });
});
