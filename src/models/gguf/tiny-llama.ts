/**
 * A tiny llama-architecture model with random weights, written by code so that tests and an offline `npm start` can
 * drive the real llama.cpp engine without downloading anything. Its text is meaningless: it proves the engine path,
 * never quality. Layout verified against node-llama-cpp 3.21.1 (metadata keys and tensor shapes as llama.cpp's
 * `llama` architecture loader expects them; dims in ggml's ne0-first order).
 */
import { writeFile } from "node:fs/promises";
import { encodeGguf, type GgufTensor, type GgufValue } from "./gguf-writer.js";
import { createSeededNormal, seededNormals } from "./seeded-normal.js";

export const tinyLlamaShape = {
  vocab: 260,
  embedding: 64,
  layers: 2,
  heads: 4,
  kvHeads: 2,
  feedForward: 128,
  contextLength: 4096,
} as const;

const headDim = tinyLlamaShape.embedding / tinyLlamaShape.heads;
const kvDim = headDim * tinyLlamaShape.kvHeads;

/** ChatML, so that node-llama-cpp picks its ChatML chat wrapper from `tokenizer.chat_template`. */
const chatMlTemplate =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}" +
  "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** llama.cpp's `llama_token_type`: 1 normal, 2 unknown, 3 control, 6 byte. */
const tokenType = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;

/** `<unk>`, `<s>`, `</s>`, the 256 byte tokens, and `▁` so that spaces round-trip through the SentencePiece path. */
function byteVocabulary(): { tokens: string[]; types: number[] } {
  const tokens = ["<unk>", "<s>", "</s>"];
  const types: number[] = [tokenType.unknown, tokenType.control, tokenType.control];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(tokenType.byte);
  }
  tokens.push("\u2581");
  types.push(tokenType.normal);
  return { tokens, types };
}

const u32 = (value: number): GgufValue => ({ type: "u32", value });
const f32 = (value: number): GgufValue => ({ type: "f32", value });
const str = (value: string): GgufValue => ({ type: "string", value });
const bool = (value: boolean): GgufValue => ({ type: "bool", value });

/** llama.cpp's `llama_pooling_type`: what an embedding model declares so that its context pools token states. */
const meanPooling = 1;

function tinyLlamaMetadata(embedding: boolean): Array<[string, GgufValue]> {
  const s = tinyLlamaShape;
  const vocabulary = byteVocabulary();
  return [
    ["general.architecture", str("llama")],
    ["general.name", str("kurabe tiny smoke-test llama (random weights)")],
    ["general.alignment", u32(32)],
    ["general.file_type", u32(0)],
    ["llama.vocab_size", u32(s.vocab)],
    ["llama.context_length", u32(s.contextLength)],
    ["llama.embedding_length", u32(s.embedding)],
    ["llama.block_count", u32(s.layers)],
    ["llama.feed_forward_length", u32(s.feedForward)],
    ["llama.attention.head_count", u32(s.heads)],
    ["llama.attention.head_count_kv", u32(s.kvHeads)],
    ["llama.rope.dimension_count", u32(headDim)],
    ["llama.rope.freq_base", f32(10000)],
    ["llama.attention.layer_norm_rms_epsilon", f32(1e-5)],
    ...(embedding ? [["llama.pooling_type", u32(meanPooling)] as [string, GgufValue]] : []),
    ["tokenizer.ggml.model", str("llama")],
    ["tokenizer.ggml.tokens", { type: "array", itemType: "string", items: vocabulary.tokens }],
    ["tokenizer.ggml.scores", { type: "array", itemType: "f32", items: vocabulary.tokens.map(() => 0) }],
    ["tokenizer.ggml.token_type", { type: "array", itemType: "i32", items: vocabulary.types }],
    ["tokenizer.ggml.unknown_token_id", u32(0)],
    ["tokenizer.ggml.bos_token_id", u32(1)],
    ["tokenizer.ggml.eos_token_id", u32(2)],
    ["tokenizer.ggml.add_bos_token", bool(true)],
    ["tokenizer.ggml.add_eos_token", bool(false)],
    ["tokenizer.ggml.add_space_prefix", bool(false)],
    ["tokenizer.chat_template", str(chatMlTemplate)],
  ];
}

/** Input and output width of each adaptable weight matrix in a block, as [ne0, ne1]. */
const blockMatrices: ReadonlyArray<readonly [string, number, number]> = [
  ["attn_q", tinyLlamaShape.embedding, tinyLlamaShape.embedding],
  ["attn_k", tinyLlamaShape.embedding, kvDim],
  ["attn_v", tinyLlamaShape.embedding, kvDim],
  ["attn_output", tinyLlamaShape.embedding, tinyLlamaShape.embedding],
  ["ffn_gate", tinyLlamaShape.embedding, tinyLlamaShape.feedForward],
  ["ffn_up", tinyLlamaShape.embedding, tinyLlamaShape.feedForward],
  ["ffn_down", tinyLlamaShape.feedForward, tinyLlamaShape.embedding],
];

// Standard deviations large enough that the logits are far from flat, so greedy decoding is decisive and a LoRA
// adapter visibly changes the text.
const embeddingStd = 1;
const blockStd = 0.3;
const outputStd = 0.5;

function tinyLlamaTensors(seed: number): GgufTensor[] {
  const { vocab, embedding, layers } = tinyLlamaShape;
  const normal = createSeededNormal(seed);
  const ones = (n: number): Float32Array => new Float32Array(n).fill(1);
  const tensors: GgufTensor[] = [
    { name: "token_embd.weight", dims: [embedding, vocab], data: seededNormals(normal, embedding * vocab, embeddingStd) },
    { name: "output_norm.weight", dims: [embedding], data: ones(embedding) },
    { name: "output.weight", dims: [embedding, vocab], data: seededNormals(normal, embedding * vocab, outputStd) },
  ];
  for (let layer = 0; layer < layers; layer++) {
    tensors.push({ name: `blk.${layer}.attn_norm.weight`, dims: [embedding], data: ones(embedding) });
    tensors.push({ name: `blk.${layer}.ffn_norm.weight`, dims: [embedding], data: ones(embedding) });
    for (const [name, inputs, outputs] of blockMatrices) {
      tensors.push({
        name: `blk.${layer}.${name}.weight`,
        dims: [inputs, outputs],
        data: seededNormals(normal, inputs * outputs, blockStd),
      });
    }
  }
  return tensors;
}

interface TinyLlamaOptions {
  seed: number;
  /** Declare mean pooling, as embedding GGUFs do (`llama.pooling_type`): the tiny model then serves as an embedder. */
  embedding?: boolean;
}

/** Encodes the tiny model (about 437 KB); the same seed always gives the same bytes. */
export function encodeTinyLlamaGguf({ seed, embedding = false }: TinyLlamaOptions): Buffer {
  return encodeGguf({ metadata: tinyLlamaMetadata(embedding), tensors: tinyLlamaTensors(seed) });
}

export async function writeTinyLlamaGguf(path: string, options: TinyLlamaOptions): Promise<void> {
  await writeFile(path, encodeTinyLlamaGguf(options));
}

interface TinyLoraOptions {
  seed: number;
  rank: number;
  alpha: number;
}

const loraStd = 0.5;

/**
 * A LoRA adapter for the tiny model over every block matrix. llama.cpp's adapter loader wants `general.type` =
 * `adapter`, `adapter.type` = `lora`, and per weight `lora_a` [in, rank] and `lora_b` [rank, out] (ne0 first).
 */
export function encodeTinyLoraGguf({ seed, rank, alpha }: TinyLoraOptions): Buffer {
  const normal = createSeededNormal(seed);
  const tensors: GgufTensor[] = [];
  for (let layer = 0; layer < tinyLlamaShape.layers; layer++) {
    for (const [name, inputs, outputs] of blockMatrices) {
      const base = `blk.${layer}.${name}.weight`;
      tensors.push({ name: `${base}.lora_a`, dims: [inputs, rank], data: seededNormals(normal, inputs * rank, loraStd) });
      tensors.push({ name: `${base}.lora_b`, dims: [rank, outputs], data: seededNormals(normal, rank * outputs, loraStd) });
    }
  }
  return encodeGguf({
    metadata: [
      ["general.architecture", str("llama")],
      ["general.type", str("adapter")],
      ["general.name", str("kurabe tiny smoke-test LoRA (random weights)")],
      ["general.alignment", u32(32)],
      ["adapter.type", str("lora")],
      ["adapter.lora.alpha", f32(alpha)],
    ],
    tensors,
  });
}

export async function writeTinyLoraGguf(path: string, options: TinyLoraOptions): Promise<void> {
  await writeFile(path, encodeTinyLoraGguf(options));
}
