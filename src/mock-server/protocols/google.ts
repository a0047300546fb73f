import type { RenderedReply } from "../reply.js";
import type { MockMessage, MockPart } from "../types.js";
import { sseEvent, type ParsedRequest, type ProtocolCodec, type RouteInfo, type StreamFrames } from "./protocol.js";
import { asArray, asRecord, asString, RequestShapeError } from "./request-shape.js";

/**
 * Gemini generateContent / streamGenerateContent?alt=sse (https://ai.google.dev/api/generate-content). Reasoning goes
 * out as parts marked `thought: true`, as Gemini does with `includeThoughts`.
 */
export const googleCodec: ProtocolCodec = {
  name: "google",

  parse(body, route: RouteInfo): ParsedRequest {
    if (!route.model) throw new RequestShapeError("the path must name a model: /v1beta/models/{model}:generateContent");
    const system = body.systemInstruction === undefined ? undefined : readSystem(body.systemInstruction);
    const messages = asArray(body.contents, "contents").map((raw, i) =>
      readContent(asRecord(raw, `contents[${i}]`), i),
    );
    return { model: route.model, messages: system ? [system, ...messages] : messages, stream: route.stream === true };
  },

  json(request, reply) {
    const parts: unknown[] = [];
    if (reply.reasoning) parts.push({ text: reply.reasoning, thought: true });
    parts.push({ text: reply.text });
    return {
      candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
      usageMetadata: usageOf(reply),
      modelVersion: request.model,
      responseId: "mock",
    };
  },

  stream(request, reply): StreamFrames {
    // Gemini puts usageMetadata on every chunk, not only the last: a stream cut short still reports (partial)
    // usage, so only the missing finishReason gives the cut away.
    const partialUsage = { promptTokenCount: reply.usage.inputTokens, totalTokenCount: reply.usage.inputTokens };
    const chunk = (part: Record<string, unknown>) =>
      sseEvent({
        candidates: [{ content: { role: "model", parts: [part] }, index: 0 }],
        usageMetadata: partialUsage,
        modelVersion: request.model,
        responseId: "mock",
      });
    const content = [
      ...reply.reasoningChunks.map((piece) => chunk({ text: piece, thought: true })),
      ...reply.textChunks.map((piece) => chunk({ text: piece })),
    ];
    const finish = [
      sseEvent({
        candidates: [{ finishReason: "STOP", index: 0 }],
        usageMetadata: usageOf(reply),
        modelVersion: request.model,
        responseId: "mock",
      }),
    ];
    return { content, finish };
  },

  error(status, message) {
    return { error: { code: status, message, status: errorStatuses[status] ?? "INVALID_ARGUMENT" } };
  },
};

/** Google's canonical error status per HTTP status (https://ai.google.dev/gemini-api/docs/troubleshooting). */
const errorStatuses: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

/** Gemini counts thoughts apart from candidates; the SDK adds them up into output tokens. */
function usageOf({ usage }: RenderedReply) {
  return {
    promptTokenCount: usage.inputTokens,
    candidatesTokenCount: usage.outputTokens - usage.reasoningTokens,
    totalTokenCount: usage.inputTokens + usage.outputTokens,
    ...(usage.cachedInputTokens > 0 ? { cachedContentTokenCount: usage.cachedInputTokens } : {}),
    ...(usage.reasoningTokens > 0 ? { thoughtsTokenCount: usage.reasoningTokens } : {}),
  };
}

function readSystem(raw: unknown): MockMessage {
  return { role: "system", content: readParts(asRecord(raw, "systemInstruction").parts, "systemInstruction.parts") };
}

function readContent(content: Record<string, unknown>, index: number): MockMessage {
  const role = content.role ?? "user";
  if (role !== "user" && role !== "model") {
    throw new RequestShapeError(`contents[${index}].role must be "user" or "model"`);
  }
  const parts = readParts(content.parts, `contents[${index}].parts`);
  return { role: role === "model" ? "assistant" : "user", content: parts };
}

function readParts(parts: unknown, what: string): MockPart[] {
  return asArray(parts, what).flatMap((raw): MockPart[] => {
    const part = asRecord(raw, `${what}[]`);
    if (typeof part.text === "string") return part.thought === true ? [] : [{ type: "text", text: part.text }];
    if (part.inlineData !== undefined) {
      const data = asRecord(part.inlineData, `${what}[].inlineData`);
      const mimeType = asString(data.mimeType, "inlineData.mimeType");
      return [{ type: "image", url: `data:${mimeType};base64,${asString(data.data, "inlineData.data")}` }];
    }
    if (part.fileData !== undefined) {
      const file = asRecord(part.fileData, `${what}[].fileData`);
      return [{ type: "image", url: asString(file.fileUri, "fileData.fileUri") }];
    }
    return [];
  });
}
