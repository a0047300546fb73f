import { z } from "zod";
import { ProviderError } from "../../errors.js";
import type { ChatMessage, ModelRequest } from "../../models/types.js";
import { extractJson } from "../json-extraction.js";
import type { ScoringContext } from "../types.js";
import { addSpend, noSpend, type JudgeSpend } from "./judge-spend.js";

interface JudgeCall<T> {
  verdict: T;
  raw: string;
  messages: ChatMessage[];
  spend: JudgeSpend;
}

/**
 * Asks a judge for a verdict in JSON (structured output where the judge supports it) and validates it. A verdict that
 * cannot be read is asked for once more as a fresh sample (the first may be cached); if that fails too, the judge —
 * not the answer under review — has failed: a ProviderError, so the answer stays unscored instead of scoring 0.
 */
export async function askJudge<T>(
  context: ScoringContext,
  judge: string,
  messages: ChatMessage[],
  schema: z.ZodType<T>,
): Promise<JudgeCall<T>> {
  const request: ModelRequest = {
    messages,
    params: { temperature: 0, maxTokens: 600 },
    jsonSchema: z.toJSONSchema(schema) as Record<string, unknown>,
  };
  let lastRaw = "";
  const spend = noSpend();
  for (const attempt of [0, 1]) {
    const call = await context.callModel(judge, attempt === 0 ? request : { ...request, params: { ...request.params, seed: 1 } });
    addSpend(spend, call);
    lastRaw = call.completion.text;
    const parsed = schema.safeParse(extractJson(lastRaw)?.value);
    if (parsed.success) return { verdict: parsed.data, raw: lastRaw, messages, spend };
  }
  throw new ProviderError("protocol", `judge "${judge}" gave no readable verdict: ${lastRaw.slice(0, 200)}`);
}
