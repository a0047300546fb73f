/**
 * The model seam: one small interface, like the AI SDK's provider spec. Adapters translate a ModelRequest into one
 * provider call and the result into a Completion. They never retry, sleep, cache or count cost: the engine does that
 * once for every adapter. Failures are thrown as ProviderError (src/errors.ts) with a kind taken from status codes
 * and error types.
 */

export type Role = "system" | "user" | "assistant";

export type ContentPart =
  | { type: "text"; text: string }
  | { type: "image"; data: Uint8Array; mediaType: string };

export interface ChatMessage {
  role: Role;
  content: string | ContentPart[];
}

export type ReasoningEffort = "minimal" | "low" | "medium" | "high";

export interface GenerationParams {
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  seed?: number;
  stop?: string[];
  reasoningEffort?: ReasoningEffort;
}

export interface ModelRequest {
  messages: ChatMessage[];
  params: GenerationParams;
  /** Constrain the answer to JSON matching this JSON Schema (grammar for llama.cpp, structured output for APIs). */
  jsonSchema?: Record<string, unknown>;
}

export interface Usage {
  inputTokens: number;
  cachedInputTokens?: number;
  outputTokens: number;
  reasoningTokens?: number;
}

export interface Timing {
  /** Time to the first streamed token (text or reasoning); absent when the call did not stream. */
  ttftMs?: number;
  /**
   * When each streamed chunk that carried output arrived, in ms from the start (the first is `ttftMs`): the gaps
   * between them are the inter-token latencies a load test reports. Usually one token a chunk; chunks that reached
   * the client together share a time. Absent where the client cannot see chunks.
   */
  outputArrivalsMs?: number[];
  totalMs: number;
  /**
   * How long the request waited for the model before its work began (an in-process engine's free sequence): part of
   * what a user sees, outside `ttftMs` and `totalMs`.
   */
  queuedMs?: number;
}

export type FinishReason = "stop" | "length" | "content-filter" | "tool-calls" | "error" | "other" | "unknown";

export interface Completion {
  text: string;
  /** Reasoning kept apart from the answer: provider reasoning parts or a `<think>…</think>` block. */
  reasoning?: string;
  usage: Usage;
  timing: Timing;
  finishReason: FinishReason;
}

export interface ModelCapabilities {
  images: boolean;
  jsonSchema: boolean;
  /** Requests the model can serve at once (an in-process engine's sequences); the engine never sends more. */
  maxConcurrency?: number;
}

/** What a caller may learn of a call before its promise settles. */
export interface GenerateHooks {
  /**
   * Called once, synchronously, the moment a successful answer's last bytes arrived, before the promise settles; only
   * by a client that sees the bytes (kurabe's openai-compatible client), never for an error status or a failed
   * connection. A closed loop
   * sends its next request from here, on the connection just freed, instead of a microtask and a check phase later.
   */
  onAnswered?(): void;
}

export interface Model {
  /** Stable identity like `openai:gpt-4o` or `llamacpp:models/llama.gguf`. */
  readonly id: string;
  readonly capabilities: ModelCapabilities;
  generate(request: ModelRequest, signal: AbortSignal, hooks?: GenerateHooks): Promise<Completion>;
  /** Releases native or network resources; called once when a run ends. */
  close?(): Promise<void>;
}
