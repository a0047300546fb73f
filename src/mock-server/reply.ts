import type { MockMessage, MockReply } from "./types.js";

/** A reply with its token counts: what every protocol renders, each in its own shape. */
export interface RenderedReply {
  text: string;
  reasoning?: string;
  /** Text split into the pieces sent as separate stream events. */
  textChunks: string[];
  reasoningChunks: string[];
  usage: { inputTokens: number; cachedInputTokens: number; outputTokens: number; reasoningTokens: number };
}

/**
 * A deterministic token estimate: ~4 characters per token, at least 1 (OpenAI's rule of thumb for English text). The
 * mock needs counts that are stable and plausible, not a real tokenizer.
 */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/** Splits text into word-sized pieces, each carrying its leading whitespace, so the pieces join back to the text. */
export function chunkText(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

export function renderReply(reply: MockReply, messages: MockMessage[]): RenderedReply {
  const { text, reasoning, cachedInputTokens, chunks } = typeof reply === "string" ? { text: reply, chunks: undefined } : reply;
  if (chunks && chunks.join("") !== text) throw new Error(`the reply's chunks do not join to its text: ${JSON.stringify(chunks)}`);
  const promptText = messages
    .flatMap((message) => message.content)
    .map((part) => (part.type === "text" ? part.text : ""))
    .join("\n");
  const inputTokens = estimateTokens(promptText);
  const reasoningTokens = reasoning ? estimateTokens(reasoning) : 0;
  return {
    text,
    ...(reasoning ? { reasoning } : {}),
    textChunks: chunks ?? chunkText(text),
    reasoningChunks: reasoning ? chunkText(reasoning) : [],
    usage: {
      inputTokens,
      cachedInputTokens: Math.min(cachedInputTokens ?? 0, inputTokens),
      outputTokens: estimateTokens(text) + reasoningTokens,
      reasoningTokens,
    },
  };
}
