import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gguf } from "@huggingface/gguf";
import { readGgufFileInfo } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  encodeTinyLlamaGguf,
  encodeTinyLoraGguf,
  tinyLlamaShape,
  writeTinyLlamaGguf,
  writeTinyLoraGguf,
} from "../../../src/models/gguf/tiny-llama.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kurabe-tiny-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeTinyLlamaGguf", () => {
  it("writes a ~437 KB llama GGUF that node-llama-cpp reads with the expected metadata", async () => {
    const path = join(dir, "tiny.gguf");
    await writeTinyLlamaGguf(path, { seed: 1 });
    const size = (await stat(path)).size;
    expect(size).toBeGreaterThan(420_000);
    expect(size).toBeLessThan(460_000);

    const info = await readGgufFileInfo(path);
    expect(info.version).toBe(3);
    expect(info.metadata.general.architecture).toBe("llama");
    const llama = info.architectureMetadata as Record<string, unknown>;
    expect(llama.block_count).toBe(tinyLlamaShape.layers);
    expect(llama.embedding_length).toBe(tinyLlamaShape.embedding);
    expect(info.metadata.tokenizer.ggml.tokens).toHaveLength(tinyLlamaShape.vocab);
    expect(info.metadata.tokenizer.chat_template).toContain("<|im_start|>");
    expect(info.fullTensorInfo).toHaveLength(3 + 9 * tinyLlamaShape.layers);
  });

  it("lays the tensors out in ggml's ne0-first order", async () => {
    const path = join(dir, "shapes.gguf");
    await writeTinyLlamaGguf(path, { seed: 1 });
    const { tensorInfos } = await gguf(path, { allowLocalFile: true });
    const shape = (name: string) => tensorInfos.find((t) => t.name === name)?.shape.map(Number);
    expect(shape("token_embd.weight")).toEqual([64, 260]);
    expect(shape("blk.0.attn_k.weight")).toEqual([64, 32]);
    expect(shape("blk.1.ffn_down.weight")).toEqual([128, 64]);
  });

  it("gives identical bytes for the same seed and different weights for another", async () => {
    const path = join(dir, "again.gguf");
    await writeTinyLlamaGguf(path, { seed: 5 });
    expect((await readFile(path)).equals(encodeTinyLlamaGguf({ seed: 5 }))).toBe(true);
    expect(encodeTinyLlamaGguf({ seed: 6 }).equals(encodeTinyLlamaGguf({ seed: 5 }))).toBe(false);
  });
});

describe("writeTinyLoraGguf", () => {
  it("writes a LoRA adapter with lora_a [in, rank] and lora_b [rank, out] for every block matrix", async () => {
    const path = join(dir, "lora.gguf");
    await writeTinyLoraGguf(path, { seed: 2, rank: 4, alpha: 8 });
    const parsed = await gguf(path, { allowLocalFile: true });
    const { tensorInfos } = parsed;
    const metadata = new Map<string, unknown>(Object.entries(parsed.metadata));
    expect(metadata.get("general.type")).toBe("adapter");
    expect(metadata.get("adapter.type")).toBe("lora");
    expect(metadata.get("adapter.lora.alpha")).toBe(8);
    expect(tensorInfos).toHaveLength(2 * 7 * tinyLlamaShape.layers);
    const shape = (name: string) => tensorInfos.find((t) => t.name === name)?.shape.map(Number);
    expect(shape("blk.0.ffn_down.weight.lora_a")).toEqual([128, 4]);
    expect(shape("blk.0.ffn_down.weight.lora_b")).toEqual([4, 64]);
    expect(encodeTinyLoraGguf({ seed: 2, rank: 4, alpha: 8 }).equals(await readFile(path))).toBe(true);
  });
});
