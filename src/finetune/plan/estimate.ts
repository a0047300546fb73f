import { KurabeError } from "../../errors.js";
import type { BaseModelSpec } from "./base-models.js";

/**
 * Pure estimates for a LoRA / QLoRA run. Every formula is written out in plan.md (see `ESTIMATE_NOTES`); the
 * figures are planning numbers, good to a factor of about 1.5, not measurements.
 */

export type Method = "lora" | "qlora";

/** Bytes per gigabyte as GPU memory is quoted (80 GB); decimal, so the estimate errs on the safe side. */
export const GB = 1e9;

/**
 * Trainable LoRA parameters over all seven linear projections of every block: each d_in × d_out matrix gains
 * A (d_in × r) and B (r × d_out), r·(d_in + d_out) parameters (Hu et al. 2021, "LoRA", §4.1). Per block:
 * q (h→h), k and v (h→kv), o (h→h), gate and up (h→i), down (i→h), i.e. r·(9h + 2kv + 3i).
 */
export function loraParams(model: BaseModelSpec, rank: number): number {
  const { hidden: h, kvDim: kv, intermediate: i, layers } = model;
  return rank * layers * (9 * h + 2 * kv + 3 * i);
}

/** Input embedding and (untied) output head: vocab × hidden each. bitsandbytes leaves them unquantised. */
export function embeddingParams(model: BaseModelSpec): number {
  return 2 * model.vocab * model.hidden;
}

/**
 * NF4 with double quantisation: 4 bits per weight plus 0.127 bits of quantisation constants (Dettmers et al. 2023,
 * "QLoRA", §3: 8/64 + 32/(64·256)).
 */
export const NF4_BITS_PER_PARAM = 4 + 8 / 64 + 32 / (64 * 256);

/** Per trainable (adapter) parameter: fp32 weight 4 + fp32 gradient 4 + Adam first and second moments 4 + 4. */
export const BYTES_PER_TRAINABLE_PARAM = 16;

/** Activation bytes per token per hidden unit of one transformer block, recomputed during backward (Korthikanti et al. 2022, eq. 1, the 34·s·b·h term; flash attention drops the 5·a·s²·b term). */
const BLOCK_ACTIVATION_BYTES = 34;

/** Share of a GPU's memory a run may plan to fill; the rest is the CUDA context, allocator fragmentation and spikes. */
export const USABLE_MEMORY_FRACTION = 0.9;

interface MemoryInput {
  model: BaseModelSpec;
  method: Method;
  rank: number;
  sequenceLength: number;
  microBatch: number;
}

export interface MemoryEstimate {
  /** Frozen base weights: bf16 (2 bytes) for LoRA; NF4 for the linear layers plus bf16 embeddings for QLoRA. */
  weightsBytes: number;
  trainableParams: number;
  /** Adapter weights, gradients and Adam states: trainable × 16 bytes. */
  adapterBytes: number;
  /**
   * With gradient checkpointing: each block's bf16 input kept (2·s·b·h·L), one block's activations while it is
   * recomputed (34·s·b·h), and the fp32 logits with their gradient (8·s·b·V).
   */
  activationBytes: number;
  totalBytes: number;
}

export function estimateMemory({ model, method, rank, sequenceLength: s, microBatch: b }: MemoryInput): MemoryEstimate {
  positive({ rank, sequenceLength: s, microBatch: b });
  const embeddings = embeddingParams(model);
  const weightsBytes =
    method === "lora" ? model.params * 2 : ((model.params - embeddings) * NF4_BITS_PER_PARAM) / 8 + embeddings * 2;
  const trainableParams = loraParams(model, rank);
  const adapterBytes = trainableParams * BYTES_PER_TRAINABLE_PARAM;
  const tokens = s * b;
  const activationBytes =
    2 * tokens * model.hidden * model.layers + BLOCK_ACTIVATION_BYTES * tokens * model.hidden + 8 * tokens * model.vocab;
  return { weightsBytes, trainableParams, adapterBytes, activationBytes, totalBytes: weightsBytes + adapterBytes + activationBytes };
}

/**
 * GPUs needed: one if everything fits in the usable memory; otherwise the weights and adapter states are sharded
 * across n GPUs (FSDP / DeepSpeed ZeRO-3) while each GPU keeps its own activations:
 * n = ⌈(weights + adapter) ÷ (usable − activations)⌉. Throws when the activations alone do not fit.
 */
export function gpusNeeded(memory: MemoryEstimate, gpuMemoryGb: number): number {
  const usable = gpuMemoryGb * GB * USABLE_MEMORY_FRACTION;
  if (memory.totalBytes <= usable) return 1;
  const room = usable - memory.activationBytes;
  if (room <= 0) {
    throw new KurabeError(
      "input",
      `the activations alone (${(memory.activationBytes / GB).toFixed(1)} GB) do not fit a ${gpuMemoryGb} GB GPU: lower --micro-batch or --seq-len, or pick a larger --gpu`,
    );
  }
  return Math.ceil((memory.weightsBytes + memory.adapterBytes) / room);
}

/**
 * Training FLOPs per token: ~6 × parameters. Kaplan et al. 2020 ("Scaling Laws", §2.1): 2N forward + 4N backward.
 * LoRA skips the frozen weights' gradients (−2N) but gradient checkpointing runs the forward again (+2N), so 6N stays
 * a fair figure, with N all the parameters the tokens pass through (the adapter's are <1% and left out).
 */
const FLOPS_PER_PARAM_PER_TOKEN = 6;

interface TimeInput {
  /** Tokens in the training file (one epoch). */
  tokens: number;
  epochs: number;
  params: number;
  gpus: number;
  /** Peak dense BF16 FLOP/s of one GPU. */
  peakFlops: number;
  /** Model FLOPs utilisation: the share of peak a training run achieves. */
  mfu: number;
}

/** Wall-clock seconds: tokens × epochs × 6N ÷ (GPUs × peak × MFU). */
export function trainingSeconds({ tokens, epochs, params, gpus, peakFlops, mfu }: TimeInput): number {
  positive({ epochs, params, gpus, peakFlops });
  if (!(tokens >= 0)) throw new KurabeError("input", `token count must be ≥ 0 (got ${tokens})`);
  if (!(mfu > 0 && mfu <= 1)) throw new KurabeError("input", `MFU must be in (0, 1] (got ${mfu})`, { field: "--mfu" });
  return (tokens * epochs * FLOPS_PER_PARAM_PER_TOKEN * params) / (gpus * peakFlops * mfu);
}

/** Optimizer steps: examples × epochs ÷ (micro batch × accumulation × GPUs), rounded up per epoch. */
export function optimizerSteps(examples: number, epochs: number, microBatch: number, gradAccum: number, gpus: number): number {
  return Math.ceil(examples / (microBatch * gradAccum * gpus)) * epochs;
}

/** Sequence length for the trainers: the longest example rounded up to a power of two, from 512 to the model's context. */
export function sequenceLengthFor(longestTokens: number, contextLength: number): number {
  let length = 512;
  while (length < longestTokens && length < contextLength) length *= 2;
  return Math.min(length, contextLength);
}

function positive(values: Record<string, number>): void {
  for (const [field, value] of Object.entries(values)) {
    if (!(value > 0) || !Number.isFinite(value)) throw new KurabeError("input", `${field} must be a positive number (got ${value})`, { field });
  }
}
