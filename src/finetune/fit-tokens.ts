import type { TargetTokenizer } from "./targets.js";
import type { TrainingMessage } from "./types.js";

export type TruncatePolicy = "drop" | "truncate";

type FitResult =
  | { kind: "fits"; tokens: number }
  | { kind: "truncated"; tokens: number; before: number; messages: TrainingMessage[] }
  | { kind: "too-long"; tokens: number };

/**
 * Checks a conversation against the token limit. Under `truncate`, the last assistant message is cut (at a token
 * boundary, never inside a character) until the whole conversation fits; if the rest alone is over the limit, or
 * under `drop`, the example is too long.
 */
export function fitTokens(
  messages: readonly TrainingMessage[],
  tokenizer: TargetTokenizer,
  maxTokens: number,
  policy: TruncatePolicy,
): FitResult {
  const tokens = tokenizer.countConversation(messages);
  if (tokens <= maxTokens) return { kind: "fits", tokens };
  const last = messages.findLastIndex((message) => message.role === "assistant");
  if (policy === "drop" || last < 0) return { kind: "too-long", tokens };

  const withContent = (content: string) => messages.map((message, index) => (index === last ? { ...message, content } : message));
  const overhead = tokenizer.countConversation(withContent(""));
  const encoded = tokenizer.encode(messages[last]!.content);
  let budget = maxTokens - overhead;
  while (budget > 0) {
    const content = tokenizer.decode(encoded.slice(0, budget)).replace(/\uFFFD+$/u, "").trimEnd();
    const candidate = withContent(content);
    const count = tokenizer.countConversation(candidate);
    if (count <= maxTokens && content) return { kind: "truncated", tokens: count, before: tokens, messages: candidate };
    budget -= Math.max(1, count - maxTokens);
  }
  return { kind: "too-long", tokens };
}
