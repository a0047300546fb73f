import type { IncomingHttpHeaders } from "node:http";

/** The headers that carry a key: OpenAI-style `Authorization`, Anthropic's `x-api-key`, Gemini's `x-goog-api-key`. */
const CREDENTIAL_HEADERS = ["authorization", "x-api-key", "x-goog-api-key"] as const;

/** Every credential header value a request presented, in the order above. */
export function presentedCredentials(headers: IncomingHttpHeaders): string[] {
  const found: string[] = [];
  for (const name of CREDENTIAL_HEADERS) {
    const value = headers[name];
    if (typeof value === "string") found.push(value);
  }
  return found;
}
