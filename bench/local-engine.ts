/**
 * Throughput of the in-process llama.cpp engine: the tiny random-weight GGUF (written here, nothing downloaded)
 * answering the same 16 greedy requests through one context with 1 sequence and with 4 sequences (batched decoding).
 * Greedy decoding gives identical answers in both set-ups (test/models/llamacpp), so both decode the same tokens.
 * Each set-up runs once to warm up, then 3 timed rounds; the table shows the median round.
 *
 *   npx tsx bench/local-engine.ts [--threads N]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { modelSchema } from "../src/config/schema.js";
import { writeTinyLlamaGguf } from "../src/models/gguf/tiny-llama.js";
import { defaultThreads } from "../src/models/llamacpp/llama-runtime.js";
import { createLlamaCppModel } from "../src/models/llamacpp/llamacpp-model.js";
import type { Model, ModelRequest } from "../src/models/types.js";

const requests = 16;
const maxTokens = 128;
const rounds = 3;

interface Round {
  seconds: number;
  inputTokens: number;
  outputTokens: number;
}

function request(index: number): ModelRequest {
  return {
    messages: [{ role: "user", content: `Request ${index}: write a short paragraph about the number ${index * 7}.` }],
    params: { temperature: 0, maxTokens },
  };
}

/** Sends all requests with as many in flight as the model has sequences; the model queues the rest. */
async function runRound(model: Model): Promise<Round> {
  const started = performance.now();
  const completions = await Promise.all(
    Array.from({ length: requests }, (_, i) => model.generate(request(i), new AbortController().signal)),
  );
  return {
    seconds: (performance.now() - started) / 1000,
    inputTokens: completions.reduce((sum, c) => sum + c.usage.inputTokens, 0),
    outputTokens: completions.reduce((sum, c) => sum + c.usage.outputTokens, 0),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { threads: { type: "string" } } });
  const threads = values.threads ? Number(values.threads) : defaultThreads();
  const dir = await mkdtemp(join(tmpdir(), "kurabe-bench-"));
  const path = join(dir, "tiny.gguf");
  await writeTinyLlamaGguf(path, { seed: 1 });

  const rows: string[][] = [];
  try {
    for (const sequences of [1, 4]) {
      const config = modelSchema.parse({ provider: "llamacpp", model: path, sequences, threads, contextSize: 2048 });
      if (config.provider !== "llamacpp") throw new Error("unreachable");
      const model = await createLlamaCppModel(config);
      try {
        await runRound(model);
        const timed: Round[] = [];
        for (let r = 0; r < rounds; r++) timed.push(await runRound(model));
        const seconds = median(timed.map((t) => t.seconds));
        const { inputTokens, outputTokens } = timed[0]!;
        rows.push([
          String(sequences),
          String(requests),
          String(inputTokens),
          String(outputTokens),
          seconds.toFixed(2),
          (outputTokens / seconds).toFixed(0),
          ((inputTokens + outputTokens) / seconds).toFixed(0),
        ]);
      } finally {
        await model.close?.();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const header = ["sequences", "requests", "prompt tok", "output tok", "median s", "output tok/s", "all tok/s"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padStart(widths[i]!)).join("  ");
  console.log(`tiny GGUF (2 layers, 64 wide, F32), ${threads} thread(s), ${availableParallelism()} CPUs, node ${process.version}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

await main();
