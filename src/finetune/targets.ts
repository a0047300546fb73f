import { renderLlama3 } from "./chat-template.js";
import { cachedTokenCounter } from "./llama3-token-count.js";
import type { TrainingMessage } from "./types.js";

/**
 * OpenAI fine-tuning list prices, USD per 1M training tokens (billed tokens × epochs). Not in
 * shared/reference/pricing.md; taken from third-party pages — artificial-intelligence-wiki.com "OpenAI fine-tuning
 * pricing" (2026) and brainwires-finetune 0.11.0 src/cloud/cost.rs — which agree with each other; OpenAI's own page
 * was not reachable here. Collected 2026-11-28. Re-check before quoting; `--price-per-mtok` overrides.
 */
export const OPENAI_TRAINING_PRICES = {
  source: "third-party pages (artificial-intelligence-wiki.com, brainwires-finetune 0.11.0), collected 2026-11-28",
  perMillion: { "gpt-4o": 25, "gpt-4o-mini": 3 },
} as const;

/** Counts a conversation's tokens as the target sees them in training, and cuts text to a token budget. */
export interface TargetTokenizer {
  countConversation(messages: readonly TrainingMessage[]): number;
  encode(text: string): number[];
  decode(tokens: number[]): string;
}

export interface Target {
  name: string;
  description: string;
  /** USD per 1M training tokens, for API fine-tuning; undefined for open models (GPU time instead). */
  trainingPricePerMillion?: number;
  loadTokenizer(): Promise<TargetTokenizer>;
}

async function loadLlama3(): Promise<TargetTokenizer> {
  const { default: tokenizer } = await import("llama3-tokenizer-js");
  const encode = (text: string) => tokenizer.encode(text, { bos: false, eos: false });
  const count = cachedTokenCounter(encode);
  return {
    // The rendered template carries its own <|begin_of_text|>; the header tokens are single special tokens.
    countConversation: (messages) => count(renderLlama3(messages)),
    encode,
    decode: (tokens) => tokenizer.decode(tokens),
  };
}

async function loadO200k(): Promise<TargetTokenizer> {
  const o200k = await import("gpt-tokenizer/encoding/o200k_base");
  const options = { disallowedSpecial: new Set<string>() };
  const encode = (text: string) => o200k.encode(text, options);
  return {
    // OpenAI cookbook, "How to count tokens with tiktoken": 3 tokens per message, its role and content, 3 to prime
    // the reply.
    countConversation: (messages) =>
      messages.reduce((sum, message) => sum + 3 + encode(message.role).length + encode(message.content).length, 3),
    encode,
    decode: (tokens) => o200k.decode(tokens),
  };
}

export const TARGETS = {
  llama3: { name: "llama3", description: "Llama 3 (open weights; Llama 3 tokenizer and chat template)", loadTokenizer: loadLlama3 },
  "gpt-4o": {
    name: "gpt-4o",
    description: "OpenAI gpt-4o fine-tuning (o200k tokenizer)",
    trainingPricePerMillion: OPENAI_TRAINING_PRICES.perMillion["gpt-4o"],
    loadTokenizer: loadO200k,
  },
  "gpt-4o-mini": {
    name: "gpt-4o-mini",
    description: "OpenAI gpt-4o-mini fine-tuning (o200k tokenizer)",
    trainingPricePerMillion: OPENAI_TRAINING_PRICES.perMillion["gpt-4o-mini"],
    loadTokenizer: loadO200k,
  },
} as const satisfies Record<string, Target>;

export type TargetName = keyof typeof TARGETS;

export function isTargetName(name: string): name is TargetName {
  return Object.hasOwn(TARGETS, name);
}
