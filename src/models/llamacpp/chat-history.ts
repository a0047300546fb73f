import type { ChatHistoryItem } from "node-llama-cpp";
import { ProviderError } from "../../errors.js";
import type { ChatMessage } from "../types.js";

export interface ChatTurns {
  /** Everything before the last user message, in node-llama-cpp's history form. */
  history: ChatHistoryItem[];
  /** The last user message: the prompt the model answers. */
  prompt: string;
}

function textOf(message: ChatMessage): string {
  if (typeof message.content === "string") return message.content;
  return message.content
    .map((part) => {
      if (part.type === "image") {
        throw new ProviderError("unsupported", "the in-process llama.cpp engine does not accept image input");
      }
      return part.text;
    })
    .join("\n");
}

/** Splits a conversation into prior turns and the final user prompt; the conversation must end with the user. */
export function toChatTurns(messages: readonly ChatMessage[]): ChatTurns {
  const last = messages.at(-1);
  if (!last || last.role !== "user") {
    throw new ProviderError("bad_request", "a llama.cpp request must end with a user message");
  }
  const history = messages.slice(0, -1).map((message): ChatHistoryItem => {
    const text = textOf(message);
    if (message.role === "system") return { type: "system", text };
    if (message.role === "user") return { type: "user", text };
    return { type: "model", response: [text] };
  });
  return { history, prompt: textOf(last) };
}
