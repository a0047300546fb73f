/**
 * The open base models `kurabe finetune plan` knows, with the shapes the estimates need. Figures from each model's
 * Hugging Face config.json (hidden_size, intermediate_size, num_hidden_layers, num_key_value_heads × head_dim,
 * vocab_size; embeddings untied) and model card (parameter count).
 */
type BaseModelName = "llama3-8b" | "llama3-70b";

export interface BaseModelSpec {
  name: BaseModelName;
  /** Hugging Face repository both trainers download. */
  hfId: string;
  /** All parameters. */
  params: number;
  layers: number;
  hidden: number;
  intermediate: number;
  /** Width of the key and value projections: key/value heads × head size (grouped-query attention). */
  kvDim: number;
  vocab: number;
  /** Longest context the model was trained for. */
  contextLength: number;
}

export const BASE_MODELS: Readonly<Record<BaseModelName, BaseModelSpec>> = {
  "llama3-8b": {
    name: "llama3-8b",
    hfId: "meta-llama/Meta-Llama-3-8B-Instruct",
    params: 8_030_261_248,
    layers: 32,
    hidden: 4096,
    intermediate: 14336,
    kvDim: 8 * 128,
    vocab: 128256,
    contextLength: 8192,
  },
  "llama3-70b": {
    name: "llama3-70b",
    hfId: "meta-llama/Meta-Llama-3-70B-Instruct",
    params: 70_553_706_496,
    layers: 80,
    hidden: 8192,
    intermediate: 28672,
    kvDim: 8 * 128,
    vocab: 128256,
    contextLength: 8192,
  },
};

export const BASE_MODEL_NAMES = Object.keys(BASE_MODELS) as BaseModelName[];

/** The projections LoRA adapts in every block: all linear layers (what axolotl's lora_target_linear and LLaMA-Factory's `all` pick). */
export const LORA_TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"] as const;
