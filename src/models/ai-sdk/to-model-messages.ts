import type { ModelMessage } from "ai";
import { ProviderError } from "../../errors.js";
import type { ChatMessage, ContentPart } from "../types.js";

/**
 * kurabe's messages in the AI SDK's shape. Images go as bytes with their media type, never as URLs: with a URL,
 * the openai-compatible and google providers download the image first, which fails offline.
 */
export function toModelMessages(messages: ChatMessage[]): ModelMessage[] {
  return messages.map((message): ModelMessage => {
    if (message.role === "user") {
      return {
        role: "user",
        content:
          typeof message.content === "string"
            ? message.content
            : message.content.map((part) =>
                part.type === "text"
                  ? { type: "text", text: part.text }
                  : { type: "image", image: part.data, mediaType: part.mediaType },
              ),
      };
    }
    return { role: message.role, content: textOnly(message.content, message.role) };
  });
}

/** System and assistant turns carry text only in every provider's chat format. */
function textOnly(content: string | ContentPart[], role: string): string {
  if (typeof content === "string") return content;
  return content
    .map((part) => {
      if (part.type !== "text") {
        throw new ProviderError("unsupported", `images are only supported in user messages, not ${role} messages`);
      }
      return part.text;
    })
    .join("\n");
}
