import type { LanguageModelV3, SharedV3ProviderOptions } from "@ai-sdk/provider";
import type { Dispatcher } from "undici";
import type { ApiModelConfig } from "../../config/schema.js";
import { fetchThrough } from "../http/fetch-through.js";
import type { ReasoningEffort } from "../types.js";

/** The providers called through the AI SDK; `openai-compatible` servers have kurabe's own client (chat-completions/). */
export type SdkProvider = Exclude<ApiModelConfig["provider"], "openai-compatible">;
type ProviderOptions = SharedV3ProviderOptions;

/** What kurabe needs to know about one API provider; adding a provider is one entry here. */
interface ProviderEntry {
  /** The environment variable the provider's own SDKs read the key from. */
  envKey: string;
  /** Where the SDK sends requests without a configured baseURL (its own default): which proxy applies to it. */
  defaultBaseURL: string;
  /** Imports the provider's SDK on first use, so a run loads only the SDKs its models need. */
  create(config: ApiModelConfig, apiKey: string | undefined, dispatcher: Dispatcher): Promise<LanguageModelV3>;
  /** Provider options asking for this much reasoning, in the provider's own terms. */
  reasoning(effort: ReasoningEffort): ProviderOptions;
}

/**
 * Thinking budgets (tokens) for providers that take a budget rather than an effort level. 1024 is Anthropic's minimum
 * budget; 24576 is Gemini 2.5 Flash's maximum, so every level is valid for both.
 */
const THINKING_BUDGET: Record<ReasoningEffort, number> = { minimal: 1024, low: 4096, medium: 12_288, high: 24_576 };

/** The settings every provider's SDK takes alike: key, endpoint, headers, and requests over kurabe's undici pool. */
const sdkSettings = (config: ApiModelConfig, apiKey: string | undefined, dispatcher: Dispatcher) => ({
  apiKey,
  baseURL: config.baseURL,
  headers: config.headers,
  fetch: fetchThrough(dispatcher),
});

export const providers: Record<SdkProvider, ProviderEntry> = {
  /**
   * Chat Completions (`.chat`), not the Responses API that `openai(model)` picks: GPT-4o and the o-series both serve
   * it with the same parameters (reasoning_effort included), it keeps nothing server-side (Responses stores every
   * answer unless `store: false`), and it is the protocol every OpenAI-compatible server and our mock speak. What it
   * lacks, reasoning summaries, kurabe does not score; reasoning token counts still come back in usage.
   */
  openai: {
    envKey: "OPENAI_API_KEY",
    defaultBaseURL: "https://api.openai.com/v1",
    create: async (config, apiKey, dispatcher) =>
      (await import("@ai-sdk/openai"))
        .createOpenAI(sdkSettings(config, apiKey, dispatcher))
        .chat(config.model),
    reasoning: (effort) => ({ openai: { reasoningEffort: effort } }),
  },
  anthropic: {
    envKey: "ANTHROPIC_API_KEY",
    defaultBaseURL: "https://api.anthropic.com/v1",
    create: async (config, apiKey, dispatcher) =>
      (await import("@ai-sdk/anthropic")).createAnthropic(sdkSettings(config, apiKey, dispatcher))(config.model),
    // Extended thinking takes a budget; the SDK switches models that only think adaptively to adaptive thinking.
    reasoning: (effort) => ({ anthropic: { thinking: { type: "enabled", budgetTokens: THINKING_BUDGET[effort] } } }),
  },
  google: {
    envKey: "GOOGLE_GENERATIVE_AI_API_KEY",
    defaultBaseURL: "https://generativelanguage.googleapis.com/v1beta",
    create: async (config, apiKey, dispatcher) =>
      (await import("@ai-sdk/google")).createGoogleGenerativeAI(sdkSettings(config, apiKey, dispatcher))(config.model),
    // includeThoughts returns the thought summaries as reasoning parts, kept apart from the answer.
    reasoning: (effort) => ({
      google: { thinkingConfig: { thinkingBudget: THINKING_BUDGET[effort], includeThoughts: true } },
    }),
  },
};
