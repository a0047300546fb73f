import { createParser, type EventSourceParser } from "eventsource-parser";
import { ProviderError } from "../../errors.js";
import type { StreamedAnswer } from "../api/streamed-answer.js";
import type { FinishReason, Usage } from "../types.js";

/** The parts of a chat-completions chunk kurabe reads (https://platform.openai.com/docs/api-reference/chat-streaming). */
interface Chunk {
  choices?: Array<{ delta?: Delta | null; finish_reason?: string | null }>;
  usage?: WireUsage | null;
  error?: unknown;
}

interface Delta {
  content?: string | Array<{ type?: unknown; text?: unknown; thinking?: unknown }> | null;
  /** vLLM and DeepSeek; some servers of gpt-oss say `reasoning`. */
  reasoning_content?: string | null;
  reasoning?: string | null;
  refusal?: unknown;
}

interface WireUsage {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

/** An event that is not a chunk: a protocol failure, as the SDK reports its parse errors. */
function notAChunk(what: string): ProviderError {
  return new ProviderError("protocol", `the response does not follow the protocol (${what})`);
}

/**
 * Reads a streamed chat-completions body, fed as text as it arrives, into an answer. `feed` takes the time the bytes
 * arrived (performance.now() in the data callback, before any parsing), so TTFT, each output chunk's arrival and the
 * end time are the network's, not the parser's; events that came in one read share its time, as they reached kurabe
 * together. Usage and the finish reason are read as @ai-sdk/openai-compatible 2.0 reads them
 * (convertOpenAICompatibleChatUsage, mapOpenAICompatibleFinishReason), so both clients report the same figures.
 */
export class ChatStreamReader {
  private text = "";
  private reasoning = "";
  /** When each event that carried output (text or reasoning) arrived. */
  private readonly outputArrivals: number[] = [];
  private lastByteAt: number | undefined;
  private rawFinishReason: string | undefined;
  private refused = false;
  private usage: WireUsage | undefined;
  private arrivedAt = 0;
  private readonly parser: EventSourceParser = createParser({ onEvent: ({ data }) => this.onEvent(data) });

  feed(text: string, arrivedAt: number): void {
    this.arrivedAt = arrivedAt;
    this.lastByteAt = arrivedAt;
    this.parser.feed(text);
  }

  /** The answer, once the body ended; a stream without its finish reason or usage was cut off. */
  finish(): StreamedAnswer {
    if (this.rawFinishReason === undefined) {
      throw new ProviderError("protocol", "the response stream ended without a finish reason (truncated)");
    }
    if (this.usage?.prompt_tokens == null || this.usage.completion_tokens == null) {
      throw new ProviderError("protocol", "the response stream ended without token usage (truncated)");
    }
    return {
      text: this.text,
      reasoning: this.reasoning,
      ...(this.outputArrivals.length > 0 ? { firstTokenAt: this.outputArrivals[0]!, outputArrivals: this.outputArrivals } : {}),
      ...(this.lastByteAt !== undefined ? { endedAt: this.lastByteAt } : {}),
      usage: toUsage(this.usage),
      finishReason: toFinishReason(this.rawFinishReason, this.refused),
    };
  }

  private onEvent(data: string): void {
    const before = this.text.length + this.reasoning.length;
    this.readEvent(data);
    if (this.text.length + this.reasoning.length > before) this.outputArrivals.push(this.arrivedAt);
  }

  private readEvent(data: string): void {
    if (data === "[DONE]") return;
    let chunk: Chunk;
    try {
      chunk = JSON.parse(data) as Chunk;
    } catch {
      throw notAChunk("JSONParseError");
    }
    if (typeof chunk !== "object" || chunk === null) throw notAChunk("not an object");
    // An error event in the stream: the provider's own error object, classified by its type like the SDK's.
    if ("error" in chunk && chunk.error !== undefined) throw chunk.error;
    if (!Array.isArray(chunk.choices)) throw notAChunk("no choices");
    if (chunk.usage != null) this.usage = chunk.usage;
    const choice = chunk.choices[0];
    if (choice?.finish_reason != null) this.rawFinishReason = choice.finish_reason;
    const delta = choice?.delta;
    if (delta == null) return;
    const reasoning = delta.reasoning_content ?? delta.reasoning;
    if (reasoning) this.addReasoning(reasoning);
    const { content } = delta;
    if (typeof content === "string") {
      if (content.length > 0) this.addText(content);
    } else if (Array.isArray(content)) {
      for (const part of content) this.addPart(part);
    }
    if (typeof delta.refusal === "string" && delta.refusal.length > 0) {
      this.refused = true;
      this.addText(delta.refusal);
    }
  }

  /** Mistral-style content parts: text, or thinking made of text parts. */
  private addPart(part: { type?: unknown; text?: unknown; thinking?: unknown }): void {
    if (part.type === "text" && typeof part.text === "string" && part.text.length > 0) this.addText(part.text);
    if (part.type === "thinking" && Array.isArray(part.thinking)) {
      const thought = (part.thinking as Array<{ type?: unknown; text?: unknown }>)
        .filter((piece) => piece?.type === "text" && typeof piece.text === "string")
        .map((piece) => piece.text as string)
        .join("");
      if (thought.length > 0) this.addReasoning(thought);
    }
  }

  private addText(delta: string): void {
    this.text += delta;
  }

  private addReasoning(delta: string): void {
    this.reasoning += delta;
  }
}

function toFinishReason(raw: string, refused: boolean): FinishReason {
  switch (raw) {
    case "stop":
      return refused ? "content-filter" : "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "function_call":
    case "tool_calls":
      return "tool-calls";
    default:
      return "other";
  }
}

function toUsage(usage: WireUsage): Usage {
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? 0;
  return {
    inputTokens: usage.prompt_tokens ?? 0,
    outputTokens: usage.completion_tokens ?? 0,
    ...(cached > 0 ? { cachedInputTokens: cached } : {}),
    ...(reasoning > 0 ? { reasoningTokens: reasoning } : {}),
  };
}
