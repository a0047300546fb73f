import { z } from "zod";
import { KurabeError } from "../../errors.js";
import type { StreamedAnswer } from "../api/streamed-answer.js";
import type { ModelModuleChunk } from "./model-module.js";

const tokens = z.number().int().nonnegative();
const usageSchema = z.object({
  inputTokens: tokens,
  outputTokens: tokens,
  cachedInputTokens: tokens.optional(),
  reasoningTokens: tokens.optional(),
});
const finishReasonSchema = z.enum(["stop", "length", "content-filter", "tool-calls", "error", "other", "unknown"]);
const answerSchema = z.object({
  text: z.string(),
  reasoning: z.string().optional(),
  usage: usageSchema,
  finishReason: finishReasonSchema.optional(),
});
const chunkSchema = z.union([
  z.string(),
  z.object({
    text: z.string().optional(),
    reasoning: z.string().optional(),
    usage: usageSchema.optional(),
    finishReason: finishReasonSchema.optional(),
  }),
]);

/**
 * A provider module's whole answer (from `generate`) checked and read. A wrong shape is the module's bug, not a passing
 * fault: a KurabeError (not a ProviderError), so the engine records it for that answer without retrying.
 */
export function readAnswer(returned: unknown, module: string): StreamedAnswer {
  const parsed = answerSchema.safeParse(returned);
  if (!parsed.success) throw shapeError(module, "generate", returned, parsed.error);
  const { text, reasoning, usage, finishReason } = parsed.data;
  return { text, reasoning: reasoning ?? "", usage: withoutUndefined(usage), finishReason: finishReason ?? "stop" };
}

/**
 * Drains a provider module's stream, noting when each chunk with output arrived (for TTFT and inter-token latency).
 * `fromModule` runs each piece of the module's own code (the caller turns what it throws into the module's failure).
 */
export async function readStream(
  chunks: AsyncIterable<ModelModuleChunk>,
  module: string,
  fromModule: <T>(run: () => T | PromiseLike<T>) => Promise<T>,
): Promise<StreamedAnswer> {
  let text = "";
  let reasoning = "";
  let usage: z.infer<typeof usageSchema> | undefined;
  let finishReason: StreamedAnswer["finishReason"] = "stop";
  const outputArrivals: number[] = [];
  const iterator = await fromModule(() => chunks[Symbol.asyncIterator]());
  try {
    for (;;) {
      const step = await fromModule(() => iterator.next());
      if (step.done) break;
      const parsed = chunkSchema.safeParse(step.value);
      if (!parsed.success) throw shapeError(module, "stream", step.value, parsed.error);
      const chunk = typeof parsed.data === "string" ? { text: parsed.data } : parsed.data;
      if ((chunk.text ?? "").length > 0 || (chunk.reasoning ?? "").length > 0) outputArrivals.push(performance.now());
      text += chunk.text ?? "";
      reasoning += chunk.reasoning ?? "";
      usage = chunk.usage ?? usage;
      finishReason = chunk.finishReason ?? finishReason;
    }
  } catch (error) {
    // Lets a generator release what it holds (a socket); its own failure to close would hide the first one.
    void iterator.return?.().catch(() => undefined);
    throw error;
  }
  if (!usage) {
    throw new KurabeError("provider", `provider module ${module}: the stream ended without usage; yield {usage: {inputTokens, outputTokens}} once`);
  }
  return {
    text,
    reasoning,
    ...(outputArrivals.length > 0 ? { firstTokenAt: outputArrivals[0]!, outputArrivals } : {}),
    usage: withoutUndefined(usage),
    finishReason,
  };
}

function shapeError(module: string, method: string, value: unknown, error: z.ZodError): KurabeError {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  return new KurabeError(
    "provider",
    `provider module ${module}: ${method} gave ${describe(value)}${where}: ${issue?.message ?? "invalid"}; expected ${
      method === "stream" ? "a string or {text?, reasoning?, usage?, finishReason?}" : "{text, usage: {inputTokens, outputTokens}}"
    }`,
  );
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
