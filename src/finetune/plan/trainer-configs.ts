import { stringify } from "yaml";
import type { TrainingFormatName } from "../formats/check-records.js";
import { LORA_TARGET_MODULES, type BaseModelSpec } from "./base-models.js";
import type { Method } from "./estimate.js";

/** What both trainer configs are made from. */
export interface TrainingSettings {
  model: BaseModelSpec;
  method: Method;
  /** Absolute path of the training JSONL. */
  dataPath: string;
  format: TrainingFormatName;
  /** Dataset name in LLaMA-Factory's dataset_info.json. */
  datasetName: string;
  /** Folder holding dataset_info.json (LLaMA-Factory's dataset_dir). */
  datasetDir: string;
  rank: number;
  alpha: number;
  dropout: number;
  sequenceLength: number;
  microBatch: number;
  gradAccum: number;
  epochs: number;
  learningRate: number;
  /** Where the trainer writes the adapter. */
  outputDir: string;
}

/**
 * axolotl config, keys as in axolotl's examples/llama-3/lora-8b.yml and qlora.yml, and the `chat_template` dataset
 * type of docs/dataset-formats/conversation.qmd (field_messages, message_property_mappings).
 */
export function axolotlConfig(s: TrainingSettings): Record<string, unknown> {
  const dataset =
    s.format === "alpaca"
      ? { path: s.dataPath, ds_type: "json", type: "alpaca" }
      : {
          path: s.dataPath,
          ds_type: "json",
          type: "chat_template",
          ...(s.format === "openai"
            ? { field_messages: "messages", message_property_mappings: { role: "role", content: "content" } }
            : {
                field_messages: "conversations",
                message_property_mappings: { role: "from", content: "value" },
                roles: { user: ["human"], assistant: ["gpt"], system: ["system"] },
              }),
          roles_to_train: ["assistant"],
        };
  return {
    base_model: s.model.hfId,
    load_in_8bit: false,
    load_in_4bit: s.method === "qlora",
    chat_template: "llama3",
    datasets: [dataset],
    dataset_prepared_path: "last_run_prepared",
    val_set_size: 0,
    output_dir: s.outputDir,
    sequence_len: s.sequenceLength,
    sample_packing: true,
    pad_to_sequence_len: true,
    adapter: s.method,
    lora_r: s.rank,
    lora_alpha: s.alpha,
    lora_dropout: s.dropout,
    lora_target_modules: [...LORA_TARGET_MODULES],
    micro_batch_size: s.microBatch,
    gradient_accumulation_steps: s.gradAccum,
    num_epochs: s.epochs,
    // Both keep fp32 Adam states, as the memory estimate assumes; the paged one spills to CPU under pressure.
    optimizer: s.method === "qlora" ? "paged_adamw_32bit" : "adamw_torch",
    lr_scheduler: "cosine",
    learning_rate: s.learningRate,
    warmup_ratio: 0.1,
    bf16: true,
    tf32: false,
    gradient_checkpointing: true,
    flash_attention: true,
    logging_steps: 1,
    saves_per_epoch: 1,
    weight_decay: 0.0,
    special_tokens: { pad_token: "<|end_of_text|>" },
  };
}

/**
 * LLaMA-Factory config, keys as in examples/train_lora/llama3_lora_sft.yaml and
 * examples/train_qlora/llama3_lora_sft_otfq.yaml (quantization_bit, quantization_method); lora_alpha and lora_dropout
 * from its LoraArguments.
 */
export function llamaFactoryConfig(s: TrainingSettings): Record<string, unknown> {
  return {
    model_name_or_path: s.model.hfId,
    ...(s.method === "qlora" ? { quantization_bit: 4, quantization_method: "bitsandbytes" } : {}),
    stage: "sft",
    do_train: true,
    finetuning_type: "lora",
    lora_rank: s.rank,
    lora_alpha: s.alpha,
    lora_dropout: s.dropout,
    lora_target: LORA_TARGET_MODULES.join(","),
    dataset: s.datasetName,
    dataset_dir: s.datasetDir,
    template: "llama3",
    cutoff_len: s.sequenceLength,
    overwrite_cache: true,
    preprocessing_num_workers: 16,
    output_dir: s.outputDir,
    logging_steps: 10,
    save_steps: 500,
    plot_loss: true,
    overwrite_output_dir: true,
    per_device_train_batch_size: s.microBatch,
    gradient_accumulation_steps: s.gradAccum,
    learning_rate: s.learningRate,
    num_train_epochs: s.epochs,
    lr_scheduler_type: "cosine",
    warmup_ratio: 0.1,
    bf16: true,
    flash_attn: "fa2",
  };
}

/**
 * LLaMA-Factory's dataset_info.json entry for the file, per its data/README.md: OpenAI `messages` as the sharegpt
 * formatting with role/content tags; ShareGPT `conversations` (from/value, the default tags); Alpaca columns.
 */
export function llamaFactoryDatasetInfo(s: TrainingSettings): Record<string, unknown> {
  const entry =
    s.format === "openai"
      ? {
          file_name: s.dataPath,
          formatting: "sharegpt",
          columns: { messages: "messages" },
          tags: { role_tag: "role", content_tag: "content", user_tag: "user", assistant_tag: "assistant", system_tag: "system" },
        }
      : s.format === "sharegpt"
        ? { file_name: s.dataPath, formatting: "sharegpt", columns: { messages: "conversations", system: "system" } }
        : {
            file_name: s.dataPath,
            columns: { prompt: "instruction", query: "input", response: "output", system: "system", history: "history" },
          };
  return { [s.datasetName]: entry };
}

export function renderYaml(header: string, config: Record<string, unknown>): string {
  const comment = header.split("\n").map((line) => `# ${line}`.trimEnd()).join("\n");
  return `${comment}\n${stringify(config, { lineWidth: 0 })}`;
}
