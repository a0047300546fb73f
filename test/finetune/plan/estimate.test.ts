import { describe, expect, it } from "vitest";
import { BASE_MODELS } from "../../../src/finetune/plan/base-models.js";
import {
  embeddingParams,
  estimateMemory,
  gpusNeeded,
  loraParams,
  optimizerSteps,
  sequenceLengthFor,
  trainingSeconds,
} from "../../../src/finetune/plan/estimate.js";

const m8 = BASE_MODELS["llama3-8b"];
const m70 = BASE_MODELS["llama3-70b"];

describe("loraParams", () => {
  // Per block r·(9h + 2kv + 3i): 8B 9·4096 + 2·1024 + 3·14336 = 81,920; 70B 9·8192 + 2·1024 + 3·28672 = 161,792.
  it.each([
    ["llama3-8b r16", m8, 16, 16 * 32 * 81_920], // 41,943,040, what PEFT prints for Llama-3-8B all-linear r=16
    ["llama3-8b r8", m8, 8, 20_971_520],
    ["llama3-70b r16", m70, 16, 16 * 80 * 161_792], // 207,093,760
  ])("%s", (_name, model, rank, expected) => {
    expect(loraParams(model, rank)).toBe(expected);
  });

  it("counts untied input and output embeddings", () => {
    expect(embeddingParams(m8)).toBe(2 * 128_256 * 4096); // 1,050,673,152
  });
});

describe("estimateMemory (s = 2048, b = 2: 4096 tokens)", () => {
  // Activations 8B: 2·4096·4096·32 = 1,073,741,824 + 34·4096·4096 = 570,425,344 + 8·4096·128,256 = 4,202,692,608.
  const acts8 = 1_073_741_824 + 570_425_344 + 4_202_692_608;
  // 70B: 2·4096·8192·80 = 5,368,709,120 + 34·4096·8192 = 1,140,850,688 + 4,202,692,608.
  const acts70 = 5_368_709_120 + 1_140_850_688 + 4_202_692_608;
  it.each([
    // bf16: 8,030,261,248 × 2.
    ["llama3-8b lora", m8, "lora", 16_060_522_496, 671_088_640, acts8],
    // (8,030,261,248 − 1,050,673,152) × 4.126953125 / 8 + 1,050,673,152 × 2 (rounded).
    ["llama3-8b qlora", m8, "qlora", 5_701_900_417, 671_088_640, acts8],
    // 70,553,706,496 × 2; adapter 207,093,760 × 16.
    ["llama3-70b lora", m70, "lora", 141_107_412_992, 3_313_500_160, acts70],
    ["llama3-70b qlora", m70, "qlora", 39_515_152_834, 3_313_500_160, acts70],
  ] as const)("%s", (_name, model, method, weights, adapter, activations) => {
    const memory = estimateMemory({ model, method, rank: 16, sequenceLength: 2048, microBatch: 2 });
    expect(memory.weightsBytes).toBeCloseTo(weights, -1);
    expect(memory.adapterBytes).toBe(adapter);
    expect(memory.activationBytes).toBe(activations);
    expect(memory.totalBytes).toBeCloseTo(weights + adapter + activations, -1);
  });
});

describe("gpusNeeded", () => {
  const memory = (method: "lora" | "qlora", model = m8) => estimateMemory({ model, method, rank: 16, sequenceLength: 2048, microBatch: 2 });
  it.each([
    // 22.58 GB total ≤ 0.9 × 80 GB.
    ["8B LoRA on an 80 GB H100", memory("lora"), 80, 1],
    // 22.58 GB > 21.6 GB usable: ⌈16,731,611,136 ÷ (21.6e9 − 5,846,859,776)⌉ = ⌈1.062⌉.
    ["8B LoRA on 24 GB L4s", memory("lora"), 24, 2],
    // ⌈144,420,913,152 ÷ (72e9 − 10,712,252,416)⌉ = ⌈2.356⌉.
    ["70B LoRA on H100s", memory("lora", m70), 80, 3],
    // 53.54 GB ≤ 72 GB: QLoRA puts 70B on one H100.
    ["70B QLoRA on an H100", memory("qlora", m70), 80, 1],
    // ⌈42,828,652,994 ÷ (43.2e9 − 10,712,252,416)⌉ = ⌈1.318⌉.
    ["70B QLoRA on 48 GB L40s", memory("qlora", m70), 48, 2],
  ])("%s", (_name, estimate, gb, expected) => {
    expect(gpusNeeded(estimate, gb)).toBe(expected);
  });

  it("refuses when the activations alone overflow a GPU", () => {
    const huge = estimateMemory({ model: m70, method: "qlora", rank: 16, sequenceLength: 8192, microBatch: 8 });
    expect(() => gpusNeeded(huge, 24)).toThrow(/activations alone .* lower --micro-batch or --seq-len/);
  });
});

describe("trainingSeconds: tokens × epochs × 6N ÷ (GPUs × peak × MFU)", () => {
  it.each([
    // 1e6 · 1 · 6 · 1e9 ÷ (2 · 1e15 · 0.5) = 6 s.
    [{ tokens: 1e6, epochs: 1, params: 1e9, gpus: 2, peakFlops: 1e15, mfu: 0.5 }, 6],
    // 1e6 · 3 · 6 · 8,030,261,248 ÷ (989e12 · 0.35) = 1.4454e17 ÷ 3.4615e14 ≈ 417.58 s.
    [{ tokens: 1e6, epochs: 3, params: m8.params, gpus: 1, peakFlops: 989e12, mfu: 0.35 }, 417.578],
    // Same on 3 H100s for 70B: 1e6 · 3 · 6 · 70,553,706,496 ÷ (3 · 989e12 · 0.35) ≈ 1222.9 s.
    [{ tokens: 1e6, epochs: 3, params: m70.params, gpus: 3, peakFlops: 989e12, mfu: 0.35 }, 1222.94],
  ])("%o → %d s", (input, expected) => {
    expect(trainingSeconds(input)).toBeCloseTo(expected, 1);
  });

  it("rejects an MFU outside (0, 1]", () => {
    expect(() => trainingSeconds({ tokens: 1, epochs: 1, params: 1, gpus: 1, peakFlops: 1, mfu: 1.5 })).toThrow(/MFU/);
  });
});

describe("sequenceLengthFor and optimizerSteps", () => {
  it.each([
    [100, 512],
    [512, 512],
    [513, 1024],
    [2048, 2048],
    [3000, 4096],
    [20_000, 8192],
  ])("longest %d tokens → %d", (longest, expected) => {
    expect(sequenceLengthFor(longest, 8192)).toBe(expected);
  });

  it("counts steps per epoch rounded up", () => {
    expect(optimizerSteps(100, 3, 2, 4, 1)).toBe(39); // ⌈100 ÷ 8⌉ × 3
    expect(optimizerSteps(100, 1, 2, 4, 2)).toBe(7); // ⌈100 ÷ 16⌉
  });
});
