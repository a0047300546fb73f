import type { Plan } from "./build-plan.js";
import { BYTES_PER_TRAINABLE_PARAM, GB, NF4_BITS_PER_PARAM, USABLE_MEMORY_FRACTION } from "./estimate.js";

const gb = (bytes: number) => `${(bytes / GB).toFixed(1)} GB`;
const int = (n: number) => Math.round(n).toLocaleString("en-US");

function duration(seconds: number): string {
  const hours = seconds / 3600;
  return hours >= 1 ? `${hours.toFixed(1)} h` : `${Math.max(1, Math.round(seconds / 60))} min`;
}

/** plan.md: the data, the settings, the estimates with their formulas and sources, and how the adapter comes back. */
export function renderPlanMarkdown(plan: Plan): string {
  const { input, settings, memory } = plan;
  const m = input.model;
  const method = input.method === "qlora" ? "QLoRA (4-bit NF4 base)" : "LoRA (bf16 base)";
  const rented = plan.price.rentedGpus !== plan.gpus ? ` (the cheapest offer rents ${plan.price.rentedGpus})` : "";
  const adapterDir = settings.outputDir;
  const lines = [
    `# Fine-tuning plan: ${m.name} with ${method}`,
    "",
    "## Data",
    "",
    `- file: \`${input.dataShown}\` (${input.format} format), ${int(input.lengths.length)} examples`,
    `- ${int(plan.tokens)} Llama 3 tokens in total (chat template included), longest ${int(plan.longest)}`,
    `- sequence length ${settings.sequenceLength}` +
      (plan.overLength ? `: **${plan.overLength} example(s) are longer** — axolotl drops them, LLaMA-Factory cuts them` : ""),
    "",
    "## Settings (in both configs)",
    "",
    `- base model \`${m.hfId}\`, rank ${settings.rank}, alpha ${settings.alpha}, dropout ${settings.dropout}, all 7 linear projections`,
    `- ${input.epochs} epochs, learning rate ${input.learningRate}, micro batch ${input.microBatch} × gradient accumulation ${input.gradAccum}` +
      ` × ${plan.gpus} GPU(s) → ${input.microBatch * input.gradAccum * plan.gpus} examples per step, about ${int(plan.steps)} steps`,
    "- bf16, gradient checkpointing, flash attention, cosine schedule with 10% warm-up",
    "",
    "Files: `axolotl.yaml` (`axolotl train axolotl.yaml`), `llamafactory.yaml` + `dataset_info.json`",
    "(`llamafactory-cli train llamafactory.yaml`; `dataset_dir` points at this folder). Paths to the data are absolute:",
    "edit them if you move the file or train on another machine.",
    "",
    "## Estimates",
    "",
    "| | |",
    "|---|---|",
    `| trainable parameters | ${int(memory.trainableParams)} (${((memory.trainableParams / m.params) * 100).toFixed(2)}% of ${int(m.params)}) |`,
    `| base weights | ${gb(memory.weightsBytes)} |`,
    `| adapter, gradients, Adam states | ${gb(memory.adapterBytes)} |`,
    `| activations (per GPU) | ${gb(memory.activationBytes)} |`,
    `| **GPU memory** | **${gb(memory.totalBytes)}** |`,
    `| GPUs | **${plan.gpus} × ${input.gpu}** (${plan.gpuMemoryGb} GB, ${Math.round(USABLE_MEMORY_FRACTION * 100)}% planned usable)${rented} |`,
    `| training tokens | ${int(plan.tokens)} × ${input.epochs} epochs = ${int(plan.tokens * input.epochs)} |`,
    `| **training time** | **${duration(plan.seconds)}** at ${input.mfu} MFU of ${(plan.peakFlops / 1e12).toFixed(0)} TFLOPS bf16 per GPU |`,
    `| **cost** | **$${plan.costUsd.toFixed(2)}** at $${plan.price.usdPerGpuHour.toFixed(2)} per GPU-hour (${plan.price.source}) |`,
    "",
    "Planning figures, good to a factor of about 1.5; model loading, evaluation, checkpoint saves and padding are not",
    "counted, and QLoRA usually runs slower than its MFU suggests (the 4-bit weights are dequantised every step).",
    "",
    "### How they are computed",
    "",
    `- **LoRA parameters** = r × layers × (9h + 2·kv + 3i): every d_in × d_out projection gains r·(d_in + d_out)`,
    "  (Hu et al. 2021, *LoRA*); q and o are h→h, k and v h→kv, gate and up h→i, down i→h.",
    input.method === "qlora"
      ? `- **Base weights** = linear weights × ${NF4_BITS_PER_PARAM.toFixed(3)} bits (NF4 + double-quantised constants, Dettmers et al. 2023, *QLoRA* §3) + embeddings and output head (2 × vocab × h) at 2 bytes.`
      : "- **Base weights** = parameters × 2 bytes (bf16).",
    `- **Adapter** = trainable × ${BYTES_PER_TRAINABLE_PARAM} bytes: fp32 weight, fp32 gradient, Adam's two fp32 moments`,
    "  (the mixed-precision Adam accounting of Rajbhandari et al. 2020, *ZeRO* §3).",
    "- **Activations** (gradient checkpointing) = 2·s·b·h·L (each block's bf16 input) + 34·s·b·h (the block being",
    "  recomputed; Korthikanti et al. 2022, eq. 1, the attention-score term removed by flash attention) + 8·s·b·V (fp32",
    "  logits and their gradient), with s the sequence length, b the micro batch, V the vocabulary.",
    "- **GPUs** = 1 if the total fits the usable memory, else ⌈(weights + adapter) ÷ (usable − activations)⌉ with the",
    "  weights sharded (FSDP / DeepSpeed ZeRO-3; for QLoRA, FSDP-QLoRA).",
    "- **Time** = tokens × epochs × 6 × N ÷ (GPUs × peak bf16 FLOP/s × MFU). 6N per token is Kaplan et al. 2020",
    "  (*Scaling Laws* §2.1: 2N forward + 4N backward); LoRA skips the frozen weights' gradients but checkpointing",
    "  repeats the forward, so 6N stands. Peak figures are NVIDIA's dense (no sparsity) datasheet numbers; an MFU of",
    "  0.3–0.4 is typical of well-tuned single-node fine-tuning (`--mfu` to change).",
    "- **Cost** = hours × GPUs rented × USD per GPU-hour, cheapest on-demand offer in kurabe's GPU catalog (`--hourly` overrides).",
    "",
    "## Using the adapter in kurabe",
    "",
    "After training, the adapter is in `" + adapterDir + "` (PEFT format: adapter_config.json + adapter_model.safetensors).",
    "",
    "**Locally with llama.cpp**: convert the base model and the adapter to GGUF with llama.cpp's scripts, then add",
    "both models to kurabe.yaml:",
    "",
    "```sh",
    `python convert_hf_to_gguf.py path/to/${m.hfId.split("/")[1]} --outfile base.gguf`,
    `python convert_lora_to_gguf.py --base path/to/${m.hfId.split("/")[1]} --outfile adapter.gguf ${adapterDir}`,
    "```",
    "",
    "```yaml",
    "models:",
    "  - id: base",
    "    provider: llamacpp",
    "    model: base.gguf",
    "  - id: tuned",
    "    provider: llamacpp",
    "    model: base.gguf",
    "    lora:",
    "      - path: adapter.gguf",
    "        scale: 1",
    "```",
    "",
    "**Served with vLLM** (OpenAI-compatible API):",
    "",
    "```sh",
    `vllm serve ${m.hfId} --enable-lora --lora-modules tuned=${adapterDir}${settings.rank > 16 ? ` --max-lora-rank ${settings.rank}` : ""}`,
    "```",
    "",
    "```yaml",
    "models:",
    "  - id: base",
    "    provider: openai-compatible",
    "    baseURL: http://localhost:8000/v1",
    `    model: ${m.hfId}`,
    "  - id: tuned",
    "    provider: openai-compatible",
    "    baseURL: http://localhost:8000/v1",
    "    model: tuned",
    "```",
    "",
    "Then `kurabe run` and `kurabe compare --before base --after tuned` show, per suite, whether the tuning helped",
    "beyond noise.",
    "",
  ];
  return lines.join("\n");
}
