import { basename, resolve } from "node:path";
import { Command, Option } from "commander";
import { KurabeError } from "../errors.js";
import { numberOption, positiveInteger } from "./number-option.js";

/**
 * `kurabe finetune plan`: trainer configs (axolotl, LLaMA-Factory) and a plan.md with memory, time and cost
 * estimates for LoRA / QLoRA on an open base model. Register in main.ts with `program.addCommand(finetuneCommand())`.
 */
export function finetuneCommand(): Command {
  const finetune = new Command("finetune").description("plan fine-tuning an open model on your data, or run an OpenAI fine-tuning job");

  finetune
    .command("plan")
    .description("write axolotl and LLaMA-Factory configs and a plan.md with GPU memory, time and cost estimates")
    .requiredOption("--data <file>", "training JSONL (OpenAI messages, ShareGPT or Alpaca; `kurabe dataset build` writes them)")
    .addOption(new Option("--base <model>", "base model").choices(["llama3-8b", "llama3-70b"]).default("llama3-8b"))
    .addOption(new Option("--method <method>", "LoRA on a bf16 base, or QLoRA on a 4-bit base").choices(["lora", "qlora"]).default("lora"))
    .requiredOption("--out <dir>", "where to write the configs and plan.md")
    .option("--epochs <n>", "training epochs", "3")
    .option("--gpu <type>", "GPU type from kurabe's catalog (h100, h200, a100-80gb, l40, …)", "h100")
    .option("--lr <rate>", "learning rate", "2e-4")
    .option("--rank <r>", "LoRA rank (alpha is twice the rank)", "16")
    .option("--micro-batch <n>", "examples per GPU per forward pass", "2")
    .option("--grad-accum <n>", "gradient accumulation steps", "4")
    .option("--seq-len <n>", "sequence length (default: the longest example rounded up to a power of two)")
    .option("--mfu <fraction>", "model FLOPs utilisation assumed for the time estimate", "0.35")
    .option("--hourly <usd>", "USD per GPU-hour (default: the cheapest on-demand offer in the GPU catalog)")
    .option("--name <name>", "dataset name in LLaMA-Factory's dataset_info.json", "kurabe_train")
    .action(async (options: PlanCliOptions) => {
      process.exitCode = await runFinetunePlan(options);
    });

  return finetune;
}

export interface PlanCliOptions {
  data: string;
  base: string;
  method: string;
  out: string;
  epochs: string;
  gpu: string;
  lr: string;
  rank: string;
  microBatch: string;
  gradAccum: string;
  seqLen?: string;
  mfu: string;
  hourly?: string;
  name: string;
}

export async function runFinetunePlan(options: PlanCliOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [{ validateTrainingFile }, { TARGETS }, { BASE_MODELS, BASE_MODEL_NAMES }, { resolveGpuType }, plan, { renderPlanMarkdown }, { renderYaml }, { writeOutputsAtomically }, { displayPath }] =
    await Promise.all([
      import("../finetune/formats/validate-training-file.js"),
      import("../finetune/targets.js"),
      import("../finetune/plan/base-models.js"),
      import("../models/gpu-catalog.js"),
      import("../finetune/plan/build-plan.js"),
      import("../finetune/plan/render-plan.js"),
      import("../finetune/plan/trainer-configs.js"),
      import("../finetune/write-outputs.js"),
      import("../config/display-path.js"),
    ]);
  const base = BASE_MODEL_NAMES.find((name) => name === options.base);
  if (base === undefined) throw new KurabeError("input", `unknown base model ${options.base}; choose from ${BASE_MODEL_NAMES.join(", ")}`, { field: "--base" });
  if (options.method !== "lora" && options.method !== "qlora") throw new KurabeError("input", `unknown method ${options.method}`, { field: "--method" });
  if (!/^[\w.-]+$/.test(options.name)) throw new KurabeError("input", "use only letters, digits, '.', '_' or '-'", { field: "--name" });
  const gpu = resolveGpuType(options.gpu);
  const epochs = positiveInteger(options.epochs, "--epochs");
  const rank = positiveInteger(options.rank, "--rank");
  const learningRate = numberOption(options.lr, "--lr", (n) => n > 0 && n < 1, "a learning rate between 0 and 1");
  const microBatch = positiveInteger(options.microBatch, "--micro-batch");
  const gradAccum = positiveInteger(options.gradAccum, "--grad-accum");
  const sequenceLength = options.seqLen === undefined ? undefined : positiveInteger(options.seqLen, "--seq-len");
  const mfu = numberOption(options.mfu, "--mfu", (n) => n > 0 && n <= 1, "a fraction in (0, 1]");
  const hourlyPerGpu = options.hourly === undefined ? undefined : numberOption(options.hourly, "--hourly", (n) => n >= 0, "a price in USD");

  const dataPath = resolve(options.data);
  const dataShown = displayPath(dataPath);
  const { format, conversations } = await validateTrainingFile(dataPath, dataShown);
  const tokenizer = await TARGETS.llama3.loadTokenizer();
  const lengths = conversations.map((messages) => tokenizer.countConversation(messages));
  const outDir = resolve(options.out);
  const built = plan.buildPlan({
    model: BASE_MODELS[base],
    method: options.method,
    dataPath,
    dataShown,
    format,
    lengths,
    epochs,
    gpu,
    rank,
    learningRate,
    microBatch,
    gradAccum,
    ...(sequenceLength === undefined ? {} : { sequenceLength }),
    mfu,
    ...(hourlyPerGpu === undefined ? {} : { hourlyPerGpu }),
    outDir,
    datasetName: options.name,
  });
  const written = await writeOutputsAtomically(outDir, plan.planFiles(built, { markdown: renderPlanMarkdown, yaml: renderYaml }));
  const hours = built.seconds / 3600;
  out.write(
    `${base} ${options.method}: ${lengths.length} examples, ${built.tokens} tokens × ${epochs} epochs\n` +
      `GPU memory ~${(built.memory.totalBytes / 1e9).toFixed(1)} GB → ${built.gpus} × ${gpu}; ~${hours < 1 ? `${Math.max(1, Math.round(hours * 60))} min` : `${hours.toFixed(1)} h`}, ~$${built.costUsd.toFixed(2)}\n` +
      `wrote ${written.map((file) => basename(file)).join(", ")} to ${displayPath(outDir)}\n`,
  );
  return 0;
}
