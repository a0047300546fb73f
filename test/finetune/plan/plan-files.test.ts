import fs from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runFinetunePlan, type PlanCliOptions } from "../../../src/cli/finetune.js";
import { BASE_MODELS } from "../../../src/finetune/plan/base-models.js";
import { buildPlan, type PlanInput } from "../../../src/finetune/plan/build-plan.js";
import { useTempDirs, writeJsonl } from "../../support/temp-dir.js";

const tempDir = useTempDirs();

const input = (overrides: Partial<PlanInput> = {}): PlanInput => ({
  model: BASE_MODELS["llama3-8b"],
  method: "lora",
  dataPath: "/data/train.jsonl",
  dataShown: "train.jsonl",
  format: "openai",
  lengths: Array.from({ length: 1000 }, () => 1000),
  epochs: 3,
  gpu: "h100-sxm",
  rank: 16,
  learningRate: 2e-4,
  microBatch: 2,
  gradAccum: 4,
  mfu: 0.35,
  outDir: "/out",
  datasetName: "kurabe_train",
  ...overrides,
});

describe("buildPlan", () => {
  it("prices the estimated hours at the catalog's cheapest offer", () => {
    const plan = buildPlan(input());
    expect(plan.tokens).toBe(1_000_000);
    expect(plan.settings.sequenceLength).toBe(1024);
    expect(plan.gpus).toBe(1);
    expect(plan.seconds).toBeCloseTo(417.578, 2);
    // 417.578 s ÷ 3600 × $3.29 (Lambda gpu_1x_h100_sxm5).
    expect(plan.costUsd).toBeCloseTo(0.38162, 4);
    expect(plan.steps).toBe(375); // ⌈1000 ÷ 8⌉ × 3
  });

  it("prices whole instances: one A100 40GB means renting the 8-GPU box", () => {
    const plan = buildPlan(input({ gpu: "a100-40gb" }));
    expect(plan.gpus).toBe(1);
    expect(plan.price.rentedGpus).toBe(8);
    // 1e6 · 3 · 6 · N ÷ (312e12 · 0.35) s × 8 GPUs × $10.32 / 8.
    const hours = (3e6 * 6 * BASE_MODELS["llama3-8b"].params) / (312e12 * 0.35) / 3600;
    expect(plan.costUsd).toBeCloseTo(hours * 10.32, 6);
  });

  it("takes --hourly over the catalog, and counts examples over the sequence length", () => {
    const plan = buildPlan(input({ hourlyPerGpu: 2, sequenceLength: 512, lengths: [100, 600, 700] }));
    expect(plan.overLength).toBe(2);
    expect(plan.price).toMatchObject({ usdPerGpuHour: 2, rentedGpus: 1, source: "--hourly" });
    expect(plan.costUsd).toBeCloseTo((plan.seconds / 3600) * 2, 9);
  });
});

async function plan(dir: string, overrides: Partial<PlanCliOptions> = {}) {
  const options: PlanCliOptions = {
    data: path.join(dir, "train.jsonl"),
    base: "llama3-8b",
    method: "lora",
    out: path.join(dir, "plan"),
    epochs: "3",
    gpu: "h100",
    lr: "2e-4",
    rank: "16",
    microBatch: "2",
    gradAccum: "4",
    mfu: "0.35",
    name: "kurabe_train",
    ...overrides,
  };
  const out = new PassThrough();
  let text = "";
  out.on("data", (chunk: Buffer) => (text += chunk.toString()));
  expect(await runFinetunePlan(options, out)).toBe(0);
  const read = (name: string) => fs.readFileSync(path.join(options.out, name), "utf8");
  return { text, read };
}

const conversation = (i: number) => ({
  messages: [
    { role: "system", content: "You are the support desk of Kurabe Inc." },
    { role: "user", content: `How do I reset my password? (case ${i})` },
    { role: "assistant", content: "Open Settings → Account → Reset password, then follow the e-mail link." },
  ],
});

describe("kurabe finetune plan", () => {
  it("writes LoRA configs for axolotl and LLaMA-Factory from an OpenAI-format file", async () => {
    const dir = tempDir();
    writeJsonl(path.join(dir, "train.jsonl"), Array.from({ length: 20 }, (_, i) => conversation(i)));
    const { text, read } = await plan(dir);
    expect(text).toMatch(/llama3-8b lora: 20 examples, \d+ tokens × 3 epochs/);
    expect(text).toContain("1 × h100-sxm");

    const axolotl = parse(read("axolotl.yaml"));
    expect(axolotl).toMatchObject({
      base_model: "meta-llama/Meta-Llama-3-8B-Instruct",
      adapter: "lora",
      load_in_4bit: false,
      lora_r: 16,
      lora_alpha: 32,
      lora_dropout: 0.05,
      lora_target_modules: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
      sequence_len: 512,
      micro_batch_size: 2,
      gradient_accumulation_steps: 4,
      num_epochs: 3,
      learning_rate: 0.0002,
      optimizer: "adamw_torch",
      bf16: true,
      flash_attention: true,
      chat_template: "llama3",
      datasets: [
        {
          path: path.join(dir, "train.jsonl"),
          ds_type: "json",
          type: "chat_template",
          field_messages: "messages",
          message_property_mappings: { role: "role", content: "content" },
        },
      ],
    });
    expect(axolotl.output_dir).toBe("outputs/llama3-8b-lora-r16");

    const factory = parse(read("llamafactory.yaml"));
    expect(factory).toMatchObject({
      model_name_or_path: "meta-llama/Meta-Llama-3-8B-Instruct",
      stage: "sft",
      do_train: true,
      finetuning_type: "lora",
      lora_rank: 16,
      lora_target: "q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj",
      dataset: "kurabe_train",
      dataset_dir: path.join(dir, "plan"),
      template: "llama3",
      cutoff_len: 512,
      per_device_train_batch_size: 2,
      gradient_accumulation_steps: 4,
      learning_rate: 0.0002,
      num_train_epochs: 3,
      bf16: true,
    });
    expect(factory).not.toHaveProperty("quantization_bit");
    expect(JSON.parse(read("dataset_info.json"))).toEqual({
      kurabe_train: {
        file_name: path.join(dir, "train.jsonl"),
        formatting: "sharegpt",
        columns: { messages: "messages" },
        tags: { role_tag: "role", content_tag: "content", user_tag: "user", assistant_tag: "assistant", system_tag: "system" },
      },
    });

    const markdown = read("plan.md");
    expect(markdown).toContain("41,943,040"); // trainable parameters at rank 16
    expect(markdown).toMatch(/\*\*GPU memory\*\* \| \*\*\d+\.\d GB\*\*/);
    expect(markdown).toMatch(/\*\*cost\*\* \| \*\*\$\d+\.\d\d\*\*/);
    expect(markdown).toContain("convert_lora_to_gguf.py");
    expect(markdown).toMatch(/lora:\n {6}- path: adapter\.gguf/);
    expect(markdown).toContain("--enable-lora --lora-modules tuned=outputs/llama3-8b-lora-r16");
    const json = JSON.parse(read("plan.json"));
    expect(json.data).toMatchObject({ format: "openai", examples: 20 });
    expect(json.data.tokens).toBeGreaterThan(20 * 30);
  });

  it("writes QLoRA configs for 70B from a ShareGPT file", async () => {
    const dir = tempDir();
    writeJsonl(
      path.join(dir, "train.jsonl"),
      Array.from({ length: 5 }, (_, i) => ({ conversations: [{ from: "human", value: `hi ${i}` }, { from: "gpt", value: "hello" }] })),
    );
    const { read } = await plan(dir, { base: "llama3-70b", method: "qlora", rank: "32", epochs: "2" });
    const axolotl = parse(read("axolotl.yaml"));
    expect(axolotl).toMatchObject({
      base_model: "meta-llama/Meta-Llama-3-70B-Instruct",
      adapter: "qlora",
      load_in_4bit: true,
      lora_r: 32,
      optimizer: "paged_adamw_32bit",
      datasets: [{ type: "chat_template", field_messages: "conversations", message_property_mappings: { role: "from", content: "value" } }],
    });
    expect(parse(read("llamafactory.yaml"))).toMatchObject({ quantization_bit: 4, quantization_method: "bitsandbytes", lora_rank: 32 });
    expect(JSON.parse(read("dataset_info.json")).kurabe_train).toMatchObject({ formatting: "sharegpt", columns: { messages: "conversations" } });
    const markdown = read("plan.md");
    expect(markdown).toContain("4.127 bits");
    expect(markdown).toContain("--max-lora-rank 32");
    expect(JSON.parse(read("plan.json")).gpu.count).toBe(1);
  });

  it("rejects an unknown GPU type and a bad --rank", async () => {
    const dir = tempDir();
    writeJsonl(path.join(dir, "train.jsonl"), [conversation(1)]);
    await expect(plan(dir, { gpu: "h1000" })).rejects.toThrow(/unknown GPU type "h1000"/);
    await expect(plan(dir, { rank: "0" })).rejects.toThrow(/positive whole number/);
  });
});
