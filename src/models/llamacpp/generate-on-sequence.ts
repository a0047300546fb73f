import {
  type ChatWrapper,
  isChatModelResponseSegment,
  LlamaChatSession,
  type ChatHistoryItem,
  type LlamaContextSequence,
  type LlamaGrammar,
} from "node-llama-cpp";
import { ProviderError } from "../../errors.js";
import { splitThinkTags } from "../think-tags.js";
import type { Completion, FinishReason, GenerationParams } from "../types.js";
import type { ChatTurns } from "./chat-history.js";

interface SequenceRequest {
  turns: ChatTurns;
  params: GenerationParams;
  grammar?: LlamaGrammar;
}

type PromptOptions = NonNullable<Parameters<LlamaChatSession["promptWithMeta"]>[1]>;
type PromptResult = Awaited<ReturnType<LlamaChatSession["promptWithMeta"]>>;

/** Only the token limit is a "length" stop; end-of-generation tokens and stop triggers are ordinary stops. */
function finishReasonOf(stopReason: PromptResult["stopReason"]): FinishReason {
  return stopReason === "maxTokens" ? "length" : "stop";
}

/** Tokens of the rendered prompt, exactly as the session will evaluate it (system, turns, and the open model turn). */
function countPromptTokens(session: LlamaChatSession, turns: ChatTurns): number {
  const chatHistory: ChatHistoryItem[] = [
    ...turns.history,
    { type: "user", text: turns.prompt },
    { type: "model", response: [] },
  ];
  const { contextText } = session.chatWrapper.generateContextState({ chatHistory });
  return contextText.tokenize(session.model.tokenizer).length;
}

function samplingOptions(request: SequenceRequest, maxTokens: number): PromptOptions {
  const { params, grammar } = request;
  return {
    maxTokens,
    temperature: params.temperature ?? 0,
    ...(params.topP !== undefined ? { topP: params.topP } : {}),
    ...(params.seed !== undefined ? { seed: params.seed } : {}),
    ...(params.stop?.length ? { customStopTriggers: params.stop } : {}),
    ...(grammar ? { grammar } : {}),
    // No repetition penalty, like the llama.cpp server's and vLLM's defaults: node-llama-cpp's own default (1.1)
    // would make local models decode differently from the same weights served elsewhere.
    repeatPenalty: false,
  };
}

/** Reasoning arrives as thought segments (chat wrappers that know the model's tags) or inline `<think>` text. */
function splitAnswer(result: PromptResult): { text: string; reasoning?: string } {
  const thoughts = result.response.flatMap((item) =>
    isChatModelResponseSegment(item) && item.segmentType === "thought" ? [item.text] : [],
  );
  const split = splitThinkTags(result.responseText);
  const reasoning = [...thoughts, ...(split.reasoning ? [split.reasoning] : [])].join("\n\n");
  return reasoning ? { text: split.text, reasoning } : { text: split.text };
}

/**
 * One independent chat completion on a sequence the caller holds alone, through the model's chat wrapper (resolved
 * once per model by the caller). The sequence is cleared first, so nothing
 * from an earlier call (KV cache, history) can change this answer, and greedy or seeded decoding repeats exactly.
 */
export async function generateOnSequence(
  sequence: LlamaContextSequence,
  chatWrapper: ChatWrapper,
  request: SequenceRequest,
  signal: AbortSignal,
): Promise<Completion> {
  signal.throwIfAborted();
  await sequence.clearHistory();
  const session = new LlamaChatSession({ contextSequence: sequence, chatWrapper, autoDisposeSequence: false });
  try {
    // Replacing the history also drops node-llama-cpp's default system prompt: the model sees only our messages.
    session.setChatHistory(request.turns.history);
    const inputTokens = countPromptTokens(session, request.turns);
    const room = sequence.contextSize - inputTokens;
    if (room <= 0) {
      throw new ProviderError(
        "bad_request",
        `the prompt has ${inputTokens} tokens and the context holds ${sequence.contextSize}: raise contextSize`,
      );
    }
    // Without a cap node-llama-cpp would shift the context and keep going; stopping at the context's end is "length".
    const maxTokens = Math.min(request.params.maxTokens ?? room, room);
    const meterBefore = sequence.tokenMeter.getState().usedOutputTokens;
    const started = performance.now();
    // When each chunk of the answer came out of the engine (one token, or the few that make up one character).
    const chunkAt: number[] = [];
    const result = await session.promptWithMeta(request.turns.prompt, {
      ...samplingOptions(request, maxTokens),
      signal,
      onResponseChunk: () => {
        chunkAt.push(performance.now() - started);
      },
    });
    const totalMs = performance.now() - started;
    return {
      ...splitAnswer(result),
      // Each generated token is one logits-producing decode step, so the meter's output count is the generated
      // count, including end-of-generation and stop-trigger tokens that never reach the text.
      usage: { inputTokens, outputTokens: sequence.tokenMeter.getState().usedOutputTokens - meterBefore },
      // When nothing visible streamed, the first generated token was the end of the answer.
      timing: { ttftMs: chunkAt[0] ?? totalMs, outputArrivalsMs: chunkAt, totalMs },
      finishReason: finishReasonOf(result.stopReason),
    };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof ProviderError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ProviderError("server", `llama.cpp generation failed: ${message}`, { cause: error });
  } finally {
    session.dispose({ disposeSequence: false });
  }
}
