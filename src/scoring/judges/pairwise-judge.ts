import { z } from "zod";
import type { ChatMessage } from "../../models/types.js";
import type { Item } from "../../suites/types.js";
import type { ScoringContext } from "../types.js";
import { askJudge } from "./judge-verdict.js";
import type { JudgeSpend } from "./judge-spend.js";

const verdictSchema = z.object({
  winner: z.enum(["A", "B", "tie"]),
  /** A clear win (Arena-Hard-Auto's A>>B) rather than a slight one (A>B). */
  strong: z.boolean(),
  reason: z.string(),
});

interface PairwiseVerdict {
  /** In model terms: the model shown as `first` or `second` is mapped back by the caller. */
  winner: "first" | "second" | "tie";
  strong: boolean;
  reason: string;
  raw: string;
  messages: ChatMessage[];
  spend: JudgeSpend;
}

/** One judgment of two answers in a fixed order; the caller asks again with the order swapped (position bias). */
export async function judgePair(
  context: ScoringContext,
  judge: string,
  item: Item,
  first: string,
  second: string,
  criteria: string | undefined,
): Promise<PairwiseVerdict> {
  const messages: ChatMessage[] = [
    {
      role: "system",
      content:
        "You compare two assistants' answers to the same question. Judge correctness and helpfulness first; do not " +
        "prefer an answer for being longer or for its position. Reply with JSON only: " +
        '{"winner": "A" | "B" | "tie", "strong": <true if clearly better>, "reason": <one or two sentences>}.',
    },
    {
      role: "user",
      content:
        `[Question]\n${item.input}\n\n[Assistant A]\n${first}\n\n[Assistant B]\n${second}` +
        (criteria ? `\n\n[Criteria]\n${criteria}` : ""),
    },
  ];
  const call = await askJudge(context, judge, messages, verdictSchema);
  const { winner, strong, reason } = call.verdict;
  const mapped = winner === "A" ? "first" : winner === "B" ? "second" : "tie";
  return { winner: mapped, strong, reason, raw: call.raw, messages, spend: call.spend };
}
