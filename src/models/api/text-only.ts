import { ProviderError } from "../../errors.js";
import type { ContentPart } from "../types.js";

/** The text of a system or assistant turn: every provider's chat format carries text only there. */
export function textOnly(content: string | ContentPart[], role: string): string {
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
