import { anthropicCodec } from "./protocols/anthropic.js";
import { googleCodec } from "./protocols/google.js";
import { openaiCodec } from "./protocols/openai.js";
import type { ProtocolCodec, RouteInfo } from "./protocols/protocol.js";

type Route = { kind: "list-models" } | { kind: "embeddings" } | { kind: "model-call"; codec: ProtocolCodec; info: RouteInfo };

/** Gemini names the model and the streaming choice in the path; `tunedModels/x` style names keep their prefix. */
const GEMINI_PATH = /^\/v1beta\/(.+):(generateContent|streamGenerateContent)$/;

/** The routes the AI SDK providers call (read from @ai-sdk/{openai,anthropic,google,openai-compatible} dist). */
export function matchRoute(method: string | undefined, url: string | undefined): Route | undefined {
  const path = (url ?? "").split("?", 1)[0] ?? "";
  if (method === "GET" && path === "/v1/models") return { kind: "list-models" };
  if (method !== "POST") return undefined;
  if (path === "/v1/embeddings") return { kind: "embeddings" };
  if (path === "/v1/chat/completions") return { kind: "model-call", codec: openaiCodec, info: {} };
  if (path === "/v1/messages") return { kind: "model-call", codec: anthropicCodec, info: {} };
  const gemini = GEMINI_PATH.exec(path);
  if (gemini) {
    const model = decodeURIComponent(gemini[1] ?? "").replace(/^models\//, "");
    return { kind: "model-call", codec: googleCodec, info: { model, stream: gemini[2] === "streamGenerateContent" } };
  }
  return undefined;
}
