import { splitThinkTags } from "../think-tags.js";
import type { Completion, FinishReason, Usage } from "../types.js";

/** A streamed answer as a client drained it, before kurabe's own post-processing. */
export interface StreamedAnswer {
  text: string;
  /** Reasoning parts, joined; empty when the provider sent none. */
  reasoning: string;
  /** performance.now() when the first non-empty text or reasoning delta arrived. */
  firstTokenAt?: number;
  /** performance.now() when each event that carried output arrived, the first at `firstTokenAt`. */
  outputArrivals?: number[];
  /** performance.now() when the answer's last bytes arrived; the time the answer was read when unknown. */
  endedAt?: number;
  usage: Usage;
  finishReason: FinishReason;
}

/** The Completion for an answer whose request started at `started` (performance.now()). */
export function toCompletion(answer: StreamedAnswer, started: number): Completion {
  const totalMs = (answer.endedAt ?? performance.now()) - started;
  const split = splitThinkTags(answer.text);
  const reasoning = [answer.reasoning.trim(), split.reasoning ?? ""].filter((part) => part.length > 0).join("\n\n");
  return {
    text: split.text,
    ...(reasoning ? { reasoning } : {}),
    usage: answer.usage,
    timing: {
      ...(answer.firstTokenAt !== undefined ? { ttftMs: answer.firstTokenAt - started } : {}),
      ...(answer.outputArrivals ? { outputArrivalsMs: answer.outputArrivals.map((at) => at - started) } : {}),
      totalMs,
    },
    finishReason: answer.finishReason,
  };
}
