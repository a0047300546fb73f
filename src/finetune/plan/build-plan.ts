import { fineTuningCost } from "../../analysis/cost/fine-tuning.js";
import { GPU_TYPES, quoteGpus, type GpuQuote, type GpuType } from "../../models/gpu-catalog.js";
import type { TrainingFormatName } from "../formats/check-records.js";
import type { BaseModelSpec } from "./base-models.js";
import {
  estimateMemory,
  gpusNeeded,
  optimizerSteps,
  sequenceLengthFor,
  trainingSeconds,
  type MemoryEstimate,
  type Method,
} from "./estimate.js";
import { PEAK_BF16_FLOPS } from "./gpu-flops.js";
import { axolotlConfig, llamaFactoryConfig, llamaFactoryDatasetInfo, type TrainingSettings } from "./trainer-configs.js";

export interface PlanInput {
  model: BaseModelSpec;
  method: Method;
  /** Absolute path of the training file, and how to show it. */
  dataPath: string;
  dataShown: string;
  format: TrainingFormatName;
  /** Llama 3 tokens of each example, chat template included. */
  lengths: readonly number[];
  epochs: number;
  gpu: GpuType;
  rank: number;
  learningRate: number;
  microBatch: number;
  gradAccum: number;
  /** Overrides the sequence length picked from the longest example. */
  sequenceLength?: number;
  mfu: number;
  /** USD per GPU-hour; overrides the catalog. */
  hourlyPerGpu?: number;
  /** Absolute output folder (LLaMA-Factory's dataset_dir). */
  outDir: string;
  datasetName: string;
}

export interface Plan {
  input: PlanInput;
  settings: TrainingSettings;
  tokens: number;
  longest: number;
  /** Examples longer than the sequence length (axolotl drops them; LLaMA-Factory cuts them). */
  overLength: number;
  memory: MemoryEstimate;
  gpus: number;
  gpuMemoryGb: number;
  peakFlops: number;
  seconds: number;
  steps: number;
  price: { usdPerGpuHour: number; rentedGpus: number; quote?: GpuQuote; source: string };
  costUsd: number;
}

export function buildPlan(input: PlanInput): Plan {
  const tokens = input.lengths.reduce((sum, value) => sum + value, 0);
  const longest = input.lengths.reduce((max, value) => Math.max(max, value), 0);
  const sequenceLength = input.sequenceLength ?? sequenceLengthFor(longest, input.model.contextLength);
  const settings: TrainingSettings = {
    model: input.model,
    method: input.method,
    dataPath: input.dataPath,
    format: input.format,
    datasetName: input.datasetName,
    datasetDir: input.outDir,
    rank: input.rank,
    alpha: 2 * input.rank,
    dropout: 0.05,
    sequenceLength,
    microBatch: input.microBatch,
    gradAccum: input.gradAccum,
    epochs: input.epochs,
    learningRate: input.learningRate,
    outputDir: `outputs/${input.model.name}-${input.method}-r${input.rank}`,
  };
  const memory = estimateMemory({ model: input.model, method: input.method, rank: input.rank, sequenceLength, microBatch: input.microBatch });
  const gpuMemoryGb = GPU_TYPES[input.gpu].memoryGb;
  const gpus = gpusNeeded(memory, gpuMemoryGb);
  const peakFlops = PEAK_BF16_FLOPS[input.gpu];
  const seconds = trainingSeconds({ tokens, epochs: input.epochs, params: input.model.params, gpus, peakFlops, mfu: input.mfu });
  const steps = optimizerSteps(input.lengths.length, input.epochs, input.microBatch, input.gradAccum, gpus);
  let price: Plan["price"];
  if (input.hourlyPerGpu !== undefined) {
    price = { usdPerGpuHour: input.hourlyPerGpu, rentedGpus: gpus, source: "--hourly" };
  } else {
    // Whole instances only: the cheapest may hold more GPUs than needed (the catalog's A100 40GB comes 8 at a time).
    const quote = quoteGpus(input.gpu, gpus);
    const rentedGpus = quote.instances.reduce((sum, { offering, count }) => sum + offering.gpus * count, 0);
    const source = [...new Set(quote.instances.map(({ offering }) => offering.source))].join("; ");
    price = { usdPerGpuHour: quote.hourlyUsd / rentedGpus, rentedGpus, quote, source };
  }
  const costUsd = fineTuningCost({ kind: "gpu", gpuHours: (seconds / 3600) * price.rentedGpus, usdPerGpuHour: price.usdPerGpuHour });
  return {
    input,
    settings,
    tokens,
    longest,
    overLength: input.lengths.filter((value) => value > sequenceLength).length,
    memory,
    gpus,
    gpuMemoryGb,
    peakFlops,
    seconds,
    steps,
    price,
    costUsd,
  };
}

/** The files `kurabe finetune plan` writes, by name. */
export function planFiles(plan: Plan, render: { markdown: (plan: Plan) => string; yaml: (header: string, config: Record<string, unknown>) => string }): Record<string, string> {
  const by = `written by kurabe finetune plan for ${plan.input.dataShown}`;
  return {
    "axolotl.yaml": render.yaml(`axolotl config ${by}\nrun: axolotl train axolotl.yaml`, axolotlConfig(plan.settings)),
    "llamafactory.yaml": render.yaml(`LLaMA-Factory config ${by}\nrun: llamafactory-cli train llamafactory.yaml`, llamaFactoryConfig(plan.settings)),
    "dataset_info.json": `${JSON.stringify(llamaFactoryDatasetInfo(plan.settings), null, 2)}\n`,
    "plan.md": render.markdown(plan),
    "plan.json": `${JSON.stringify(planJson(plan), null, 2)}\n`,
  };
}

function planJson(plan: Plan) {
  const { input, memory } = plan;
  return {
    base: input.model.name,
    hfId: input.model.hfId,
    method: input.method,
    data: { file: input.dataShown, format: input.format, examples: input.lengths.length, tokens: plan.tokens, longest: plan.longest, overLength: plan.overLength },
    settings: {
      epochs: input.epochs,
      rank: plan.settings.rank,
      alpha: plan.settings.alpha,
      learningRate: input.learningRate,
      sequenceLength: plan.settings.sequenceLength,
      microBatch: input.microBatch,
      gradAccum: input.gradAccum,
      mfu: input.mfu,
    },
    memoryGb: {
      weights: memory.weightsBytes / 1e9,
      adapter: memory.adapterBytes / 1e9,
      activations: memory.activationBytes / 1e9,
      total: memory.totalBytes / 1e9,
    },
    trainableParams: memory.trainableParams,
    gpu: { type: input.gpu, memoryGb: plan.gpuMemoryGb, count: plan.gpus, rented: plan.price.rentedGpus, peakBf16Tflops: plan.peakFlops / 1e12 },
    hours: plan.seconds / 3600,
    optimizerSteps: plan.steps,
    cost: { usd: plan.costUsd, usdPerGpuHour: plan.price.usdPerGpuHour, source: plan.price.source },
  };
}
