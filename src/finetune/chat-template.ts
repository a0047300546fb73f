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

const LLAMA3_MESSAGE = /<\|start_header_id\|>(.*?)<\|end_header_id\|>\n\n([\s\S]*?)<\|eot_id\|>/gy;

/**
 * The conversation a Llama 3 rendered text holds (the inverse of renderLlama3), or a description of where it stops
 * following the template.
 */
export function parseLlama3(text: string): { ok: true; messages: TrainingMessage[] } | { ok: false; problem: string } {
  const start = "<|begin_of_text|>";
  if (!text.startsWith(start)) return { ok: false, problem: `expected the text to start with ${start}` };
  const messages: TrainingMessage[] = [];
  LLAMA3_MESSAGE.lastIndex = start.length;
  let end = start.length;
  for (let match = LLAMA3_MESSAGE.exec(text); match; match = LLAMA3_MESSAGE.exec(text)) {
    const role = match[1]!;
    if (role !== "system" && role !== "user" && role !== "assistant") return { ok: false, problem: `unknown role "${role}" in a message header` };
    messages.push({ role, content: match[2]! });
    end = LLAMA3_MESSAGE.lastIndex;
  }
  if (end !== text.length) return { ok: false, problem: `expected <|start_header_id|>role<|end_header_id|>\\n\\n…<|eot_id|> at character ${end}` };
  if (messages.length === 0) return { ok: false, problem: "no message after <|begin_of_text|>" };
  return { ok: true, messages };
}
