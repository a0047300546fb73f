import type { LanguageModelUsage, TextStreamPart, ToolSet } from "ai";
import { ProviderError } from "../../errors.js";
import type { FinishReason, Usage } from "../types.js";

export interface StreamedAnswer {
  text: string;
  /** Reasoning parts, joined; empty when the provider sent none. */
  reasoning: string;
  /** performance.now() at the first non-empty text or reasoning delta. */
  firstTokenAt?: number;
  usage: Usage;
  finishReason: FinishReason;
}

/**
 * Drains the AI SDK's fullStream. Error parts are thrown, not skipped: the SDK reports HTTP and parse failures
 * inside the stream. A stream that ends without the provider's finish reason or usage was cut off (a truncated SSE
 * body ends cleanly), so it is a protocol error, never a short answer. The SDK ends the stream with an `abort` part
 * rather than an error when the signal fires; the signal's reason is thrown for the caller to judge.
 */
export async function readFullStream(
  stream: AsyncIterable<TextStreamPart<ToolSet>>,
  signal: AbortSignal,
): Promise<StreamedAnswer> {
  let text = "";
  let reasoning = "";
  let firstTokenAt: number | undefined;
  let finish: Extract<TextStreamPart<ToolSet>, { type: "finish" }> | undefined;
  for await (const part of stream) {
    switch (part.type) {
      case "text-delta":
        if (part.text.length > 0) firstTokenAt ??= performance.now();
        text += part.text;
        break;
      case "reasoning-delta":
        if (part.text.length > 0) firstTokenAt ??= performance.now();
        reasoning += part.text;
        break;
      case "error":
        throw part.error;
      case "finish":
        finish = part;
        break;
      case "abort":
        throw signal.reason;
    }
  }
  if (finish?.rawFinishReason === undefined) {
    throw new ProviderError("protocol", "the response stream ended without a finish reason (truncated)");
  }
  return {
    text,
    reasoning,
    ...(firstTokenAt !== undefined ? { firstTokenAt } : {}),
    usage: toUsage(finish.totalUsage),
    finishReason: finish.finishReason,
  };
}

function toUsage(usage: LanguageModelUsage): Usage {
  const { inputTokens, outputTokens } = usage;
  if (inputTokens === undefined || outputTokens === undefined) {
    throw new ProviderError("protocol", "the response stream ended without token usage (truncated)");
  }
  const cached = usage.inputTokenDetails.cacheReadTokens ?? 0;
  const reasoning = usage.outputTokenDetails.reasoningTokens ?? 0;
  return {
    inputTokens,
    outputTokens,
    ...(cached > 0 ? { cachedInputTokens: cached } : {}),
    ...(reasoning > 0 ? { reasoningTokens: reasoning } : {}),
  };
}
