import type { LanguageModelV3FinishReason, LanguageModelV3StreamPart, LanguageModelV3Usage } from "@ai-sdk/provider";
import { ProviderError } from "../../errors.js";
import type { StreamedAnswer } from "../api/streamed-answer.js";
import type { FinishReason, Usage } from "../types.js";

/**
 * Drains a provider's doStream parts (the AI SDK provider spec). Error parts are thrown, not skipped: providers report
 * HTTP and parse failures inside the stream. A stream that ends without the provider's finish reason or usage was cut
 * off (a truncated SSE body ends cleanly), so it is a protocol error, never a short answer. When the signal fires the
 * stream errors or ends; the signal's reason is thrown for the caller to judge. Times are not taken here: a part
 * comes out when the stream is read, not when its bytes arrived (arrival-stamps.ts stamps those).
 */
export async function readFullStream(
  stream: ReadableStream<LanguageModelV3StreamPart>,
  signal: AbortSignal,
): Promise<Pick<StreamedAnswer, "text" | "reasoning" | "usage" | "finishReason">> {
  let text = "";
  let reasoning = "";
  let finish: Extract<LanguageModelV3StreamPart, { type: "finish" }> | undefined;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value: part } = await reader.read();
      if (done) break;
      switch (part.type) {
        case "text-delta":
          text += part.delta;
          break;
        case "reasoning-delta":
          reasoning += part.delta;
          break;
        case "error":
          throw part.error;
        case "finish":
          finish = part;
          break;
      }
    }
  } finally {
    reader.releaseLock();
  }
  if (signal.aborted) throw signal.reason;
  if (finish?.finishReason.raw === undefined) {
    throw new ProviderError("protocol", "the response stream ended without a finish reason (truncated)");
  }
  return {
    text,
    reasoning,
    usage: toUsage(finish.usage),
    finishReason: toFinishReason(finish.finishReason),
  };
}

function toFinishReason(reason: LanguageModelV3FinishReason): FinishReason {
  return reason.unified;
}

function toUsage(usage: LanguageModelV3Usage): Usage {
  const inputTokens = usage.inputTokens.total;
  const outputTokens = usage.outputTokens.total;
  if (inputTokens === undefined || outputTokens === undefined) {
    throw new ProviderError("protocol", "the response stream ended without token usage (truncated)");
  }
  const cached = usage.inputTokens.cacheRead ?? 0;
  const reasoning = usage.outputTokens.reasoning ?? 0;
  return {
    inputTokens,
    outputTokens,
    ...(cached > 0 ? { cachedInputTokens: cached } : {}),
    ...(reasoning > 0 ? { reasoningTokens: reasoning } : {}),
  };
}
