import type { TrainingMessage } from "./types.js";

/**
 * Llama 3's chat template (Meta's tokenizer_config.json for Llama-3-8B-Instruct): `<|begin_of_text|>`, then per
 * message `<|start_header_id|>{role}<|end_header_id|>\n\n{content | trim}<|eot_id|>`.
 */
export function renderLlama3(messages: readonly TrainingMessage[]): string {
  let text = "<|begin_of_text|>";
  for (const message of messages) {
    text += `<|start_header_id|>${message.role}<|end_header_id|>\n\n${message.content.trim()}<|eot_id|>`;
  }
  return text;
}
