import { textOnly } from "../api/text-only.js";
import type { ChatMessage, ModelRequest } from "../types.js";

/**
 * The streamed chat-completions request for a ModelRequest, field for field what @ai-sdk/openai-compatible 2.0 sends
 * (its getArgs and doStream, with includeUsage and structured outputs on): the servers a company runs (vLLM, llama.cpp
 * server, Ollama, TGI, LM Studio) were tested against that shape.
 */
export function chatCompletionsBody(model: string, request: ModelRequest): Record<string, unknown> {
  const { params } = request;
  return {
    model,
    max_tokens: params.maxTokens,
    temperature: params.temperature,
    top_p: params.topP,
    ...(request.jsonSchema
      ? { response_format: { type: "json_schema", json_schema: { schema: request.jsonSchema, strict: true, name: "response" } } }
      : {}),
    stop: params.stop,
    seed: params.seed,
    ...(params.reasoningEffort ? { reasoning_effort: params.reasoningEffort } : {}),
    messages: request.messages.map(toChatMessage),
    stream: true,
    // The final chunk then carries token usage (vLLM, llama.cpp, Ollama, TGI and LM Studio all honour it).
    stream_options: { include_usage: true },
  };
}

/** A user turn with one text part is a plain string, as the SDK sends it; images go as data URLs, never as URLs. */
function toChatMessage(message: ChatMessage): Record<string, unknown> {
  if (message.role !== "user") return { role: message.role, content: textOnly(message.content, message.role) };
  const { content } = message;
  if (typeof content === "string") return { role: "user", content };
  if (content.length === 1 && content[0]!.type === "text") return { role: "user", content: content[0]!.text };
  return {
    role: "user",
    content: content.map((part) =>
      part.type === "text"
        ? { type: "text", text: part.text }
        : { type: "image_url", image_url: { url: `data:${part.mediaType};base64,${Buffer.from(part.data).toString("base64")}` } },
    ),
  };
}
