import type { RenderedReply } from "../reply.js";
import type { MockMessage, MockPart, MockRequest } from "../types.js";
import { sseEvent, type ParsedRequest, type ProtocolCodec, type StreamFrames } from "./protocol.js";
import { asArray, asRecord, asString, RequestShapeError } from "./request-shape.js";

/**
 * OpenAI chat completions (https://platform.openai.com/docs/api-reference/chat), as also served by vLLM, Ollama and
 * llama.cpp's server. Reasoning goes out as `reasoning_content`, the field vLLM and DeepSeek use.
 */
export const openaiCodec: ProtocolCodec = {
  name: "openai",

  parse(body): ParsedRequest {
    const messages = asArray(body.messages, "messages").map((raw, i) =>
      readMessage(asRecord(raw, `messages[${i}]`), i),
    );
    return { model: asString(body.model, "model"), messages, stream: body.stream === true };
  },

  json(request, reply) {
    return {
      id: "chatcmpl-mock",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: reply.text,
            ...(reply.reasoning ? { reasoning_content: reply.reasoning } : {}),
          },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      usage: usageOf(reply),
    };
  },

  stream(request, reply): StreamFrames {
    const created = Math.floor(Date.now() / 1000);
    const head = { id: "chatcmpl-mock", object: "chat.completion.chunk", created, model: request.model };
    const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
      sseEvent({ ...head, choices: [{ index: 0, delta, finish_reason: finishReason }] });
    const content = [
      chunk({ role: "assistant", content: "" }),
      ...reply.reasoningChunks.map((piece) => chunk({ reasoning_content: piece })),
      ...reply.textChunks.map((piece) => chunk({ content: piece })),
    ];
    const finish = [chunk({}, "stop")];
    if (wantsUsage(request)) finish.push(sseEvent({ ...head, choices: [], usage: usageOf(reply) }));
    finish.push(sseEvent("[DONE]"));
    return { content, finish };
  },

  error(status, message) {
    const [type, code] = errorTypes[status] ?? ["invalid_request_error", null];
    return { error: { message, type, param: null, code } };
  },
};

/** OpenAI's error `type` and `code` per status, as its API returns them. */
const errorTypes: Record<number, [string, string | null]> = {
  400: ["invalid_request_error", null],
  401: ["invalid_request_error", "invalid_api_key"],
  404: ["invalid_request_error", "model_not_found"],
  429: ["requests", "rate_limit_exceeded"],
  500: ["server_error", null],
  503: ["server_error", null],
};

function wantsUsage(request: MockRequest): boolean {
  const options = request.body.stream_options;
  return typeof options === "object" && options !== null && (options as Record<string, unknown>).include_usage === true;
}

function usageOf({ usage }: RenderedReply) {
  return {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: usage.inputTokens + usage.outputTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedInputTokens },
    completion_tokens_details: { reasoning_tokens: usage.reasoningTokens },
  };
}

function readMessage(message: Record<string, unknown>, index: number): MockMessage {
  const role = asString(message.role, `messages[${index}].role`);
  const mapped = role === "developer" ? "system" : role;
  if (mapped !== "system" && mapped !== "user" && mapped !== "assistant") {
    throw new RequestShapeError(`messages[${index}].role "${role}" is not supported by the mock`);
  }
  return { role: mapped, content: readContent(message.content, index) };
}

function readContent(content: unknown, index: number): MockPart[] {
  if (content === null || content === undefined) return [];
  if (typeof content === "string") return [{ type: "text", text: content }];
  return asArray(content, `messages[${index}].content`).flatMap((raw): MockPart[] => {
    const part = asRecord(raw, `messages[${index}].content[]`);
    if (part.type === "text") return [{ type: "text", text: asString(part.text, "text") }];
    if (part.type === "image_url") {
      const image = part.image_url;
      const url = typeof image === "string" ? image : asString(asRecord(image, "image_url").url, "image_url.url");
      return [{ type: "image", url }];
    }
    return [];
  });
}
