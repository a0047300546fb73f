import type { LanguageModelV3, SharedV3ProviderOptions } from "@ai-sdk/provider";
import type { ApiModelConfig } from "../../config/schema.js";
import type { ReasoningEffort } from "../types.js";
import type { CarriesOutput } from "./arrival-stamps.js";

/** The providers called through the AI SDK; `openai-compatible` servers have kurabe's own client (chat-completions/). */
export type SdkProvider = Exclude<ApiModelConfig["provider"], "openai-compatible">;
type ProviderOptions = SharedV3ProviderOptions;

/** What kurabe needs to know about one API provider; adding a provider is one entry here. */
interface ProviderEntry {
  /** The environment variable the provider's own SDKs read the key from. */
  envKey: string;
  /** Where the SDK sends requests without a configured baseURL (its own default): which proxy applies to it. */
  defaultBaseURL: string;
  /**
   * Imports the provider's SDK, so a run loads only the SDKs its models need, and gives what makes the configured model
   * with its requests sent through a given `fetch`.
   */
  load(config: ApiModelConfig, apiKey: string | undefined): Promise<(fetch: typeof globalThis.fetch) => LanguageModelV3>;
  /** Provider options asking for this much reasoning, in the provider's own terms. */
  reasoning(effort: ReasoningEffort): ProviderOptions;
  /** Which of the protocol's stream events carry text or reasoning the SDK yields: what TTFT is stamped on. */
  carriesOutput: CarriesOutput;
}

/**
 * Thinking budgets (tokens) for providers that take a budget rather than an effort level. 1024 is Anthropic's minimum
 * budget; 24576 is Gemini 2.5 Flash's maximum, so every level is valid for both.
 */
const THINKING_BUDGET: Record<ReasoningEffort, number> = { minimal: 1024, low: 4096, medium: 12_288, high: 24_576 };

/** The settings every provider's SDK takes alike: key, endpoint, headers, and kurabe's fetch. */
const sdkSettings = (config: ApiModelConfig, apiKey: string | undefined, fetch: typeof globalThis.fetch) => ({
  apiKey,
  baseURL: config.baseURL,
  headers: config.headers,
  fetch,
});

/** A field of a parsed event, or undefined: the events are the provider's JSON, read without a schema. */
type Loose = { [key: string]: Loose } | undefined;
const nonEmpty = (value: unknown) => typeof value === "string" && value.length > 0;

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
    load: async (config, apiKey) => {
      const { createOpenAI } = await import("@ai-sdk/openai");
      return (fetch) => createOpenAI(sdkSettings(config, apiKey, fetch)).chat(config.model);
    },
    reasoning: (effort) => ({ openai: { reasoningEffort: effort } }),
    // A chunk's delta content or refusal, as the SDK's chat model yields them (reasoning text it ignores).
    carriesOutput: (event) => {
      const delta = (event as Loose)?.choices?.[0]?.delta;
      return nonEmpty(delta?.content) || nonEmpty(delta?.refusal);
    },
  },
  anthropic: {
    envKey: "ANTHROPIC_API_KEY",
    defaultBaseURL: "https://api.anthropic.com/v1",
    load: async (config, apiKey) => {
      const { createAnthropic } = await import("@ai-sdk/anthropic");
      return (fetch) => createAnthropic(sdkSettings(config, apiKey, fetch))(config.model);
    },
    // Extended thinking takes a budget; the SDK switches models that only think adaptively to adaptive thinking.
    reasoning: (effort) => ({ anthropic: { thinking: { type: "enabled", budgetTokens: THINKING_BUDGET[effort] } } }),
    // A content block's text or thinking, or the JSON the SDK asks for through a tool on models without structured
    // output (kurabe declares no tools of its own).
    carriesOutput: (event) => {
      const { type, delta } = (event as Loose) ?? {};
      return (
        (type as unknown) === "content_block_delta" &&
        (nonEmpty(delta?.text) || nonEmpty(delta?.thinking) || nonEmpty(delta?.partial_json))
      );
    },
  },
  google: {
    envKey: "GOOGLE_GENERATIVE_AI_API_KEY",
    defaultBaseURL: "https://generativelanguage.googleapis.com/v1beta",
    load: async (config, apiKey) => {
      const { createGoogleGenerativeAI } = await import("@ai-sdk/google");
      return (fetch) => createGoogleGenerativeAI(sdkSettings(config, apiKey, fetch))(config.model);
    },
    // includeThoughts returns the thought summaries as reasoning parts, kept apart from the answer.
    reasoning: (effort) => ({
      google: { thinkingConfig: { thinkingBudget: THINKING_BUDGET[effort], includeThoughts: true } },
    }),
    // A candidate's text parts, thoughts included.
    carriesOutput: (event) => {
      const parts = (event as Loose)?.candidates?.[0]?.content?.parts as unknown;
      return Array.isArray(parts) && parts.some((part: Loose) => nonEmpty(part?.text));
    },
  },
};
