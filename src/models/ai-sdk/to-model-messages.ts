import type { LanguageModelV3Message, LanguageModelV3Prompt } from "@ai-sdk/provider";
import { textOnly } from "../api/text-only.js";
import type { ChatMessage } from "../types.js";

/**
 * kurabe's messages as the provider spec's prompt (what every AI SDK provider's doStream takes). Images go as bytes
 * with their media type, never as URLs: with a URL, the openai-compatible and google providers download the image
 * first, which fails offline.
 */
export function toModelMessages(messages: ChatMessage[]): LanguageModelV3Prompt {
  return messages.map((message): LanguageModelV3Message => {
    if (message.role === "system") return { role: "system", content: textOnly(message.content, "system") };
    if (message.role === "assistant") {
      return { role: "assistant", content: [{ type: "text", text: textOnly(message.content, "assistant") }] };
    }
    const parts = typeof message.content === "string" ? [{ type: "text" as const, text: message.content }] : message.content;
    return {
      role: "user",
      content: parts.map((part) =>
        part.type === "text"
          ? { type: "text", text: part.text }
          : { type: "file", data: part.data, mediaType: part.mediaType },
      ),
    };
  });
}
