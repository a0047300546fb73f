import { z } from "zod";
import type { ChatMessage } from "../../models/types.js";
import { renderPassages, type RetrievedPassage } from "../../rag/augment-messages.js";
import { askJudge } from "../judges/judge-verdict.js";
import { storedExtracted } from "../score-detail.js";
import type { ContextScorer, ScorerDefinition } from "../types.js";
import { clip } from "../verdict.js";

const options = z
  .object({
    /** A model id from kurabe.yaml (a local model can judge). */
    judge: z.string().min(1),
    /** The share of supported claims at or above which the answer passes. */
    passAt: z.number().min(0).max(1).default(1),
  })
  .strict();

const verdictSchema = z.object({
  claims: z.array(z.object({ claim: z.string(), supported: z.boolean() })),
});

/**
 * Faithfulness as RAGAS defines it: the answer is cut into claims and each is checked against the retrieved
 * passages; the score is the share of supported claims, and the unsupported ones are listed. An answer with no
 * claim (a refusal) is faithful. An answer of a model without `rag:` has nothing to be faithful to: no score beside
 * the primary (needsRetrieval), 0 as the primary.
 */
export const faithfulnessScorer: ScorerDefinition<typeof options, ContextScorer> = {
  name: "faithfulness",
  description: "a judge lists the answer's claims and which the retrieved passages do not support (share supported)",
  options,
  usesContext: true,
  needsRetrieval: true,
  create({ judge, passAt }) {
    return async (_item, response, context) => {
      if (!response.passages) return { value: 0, passed: false, detail: { code: "no-retrieval" } };
      const messages = faithfulnessPrompt(response.passages, response.text);
      const call = await askJudge(context, judge, messages, verdictSchema);
      const { claims } = call.verdict;
      const unsupported = claims.filter((claim) => !claim.supported).map((claim) => claim.claim);
      const value = claims.length === 0 ? 1 : (claims.length - unsupported.length) / claims.length;
      return {
        value,
        passed: value >= passAt,
        extracted: storedExtracted({ code: "claims-supported", supported: claims.length - unsupported.length, total: claims.length }),
        detail: { code: "claims", unsupported: unsupported.slice(0, 10).map((claim) => clip(claim, 120)) },
        evidence: { judge, messages, raw: call.raw, spend: call.spend, unsupported },
      };
    };
  },
};

function faithfulnessPrompt(passages: readonly RetrievedPassage[], answer: string): ChatMessage[] {
  return [
    {
      role: "system",
      content:
        "You check an answer against source passages. Split the answer into its factual claims (leave out greetings, " +
        "citations and statements that the answer cannot be given). For each claim decide whether the passages state " +
        "or directly imply it. Reply with JSON only: " +
        '{"claims": [{"claim": <the claim, short>, "supported": <true|false>}]}; an answer without claims gives {"claims": []}.',
    },
    { role: "user", content: `[Passages]\n${renderPassages(passages)}\n\n[Answer to check]\n${answer}` },
  ];
}
