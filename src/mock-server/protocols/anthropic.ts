import type { RenderedReply } from "../reply.js";
import type { MockMessage, MockPart, MockRequest } from "../types.js";
import { sseEvent, type ParsedRequest, type ProtocolCodec, type StreamFrames } from "./protocol.js";
import { asArray, asRecord, asString, RequestShapeError } from "./request-shape.js";

/**
 * Anthropic messages (https://docs.anthropic.com/en/api/messages and .../messages-streaming): reasoning goes out as a
 * `thinking` block before the text block, as extended thinking does; a forced tool call as a `tool_use` block instead
 * of the text, its input streamed as `input_json_delta` pieces.
 */
export const anthropicCodec: ProtocolCodec = {
  name: "anthropic",

  parse(body): ParsedRequest {
    const system = readSystem(body.system);
    const messages = asArray(body.messages, "messages").map((raw, i) =>
      readMessage(asRecord(raw, `messages[${i}]`), i),
    );
    return {
      model: asString(body.model, "model"),
      messages: system ? [system, ...messages] : messages,
      stream: body.stream === true,
    };
  },

  json(request, reply) {
    const content: unknown[] = [];
    if (reply.reasoning) content.push({ type: "thinking", thinking: reply.reasoning, signature: "mock-signature" });
    const call = toolCall(request, reply);
    content.push(call ? { type: "tool_use", id: TOOL_USE_ID, ...call } : { type: "text", text: reply.text });
    return {
      id: "msg_mock",
      type: "message",
      role: "assistant",
      model: request.model,
      content,
      stop_reason: call ? "tool_use" : "end_turn",
      stop_sequence: null,
      usage: { ...inputUsage(reply), ...outputUsage(reply) },
    };
  },

  stream(request, reply): StreamFrames {
    const content = [
      sseEvent(
        {
          type: "message_start",
          message: {
            id: "msg_mock",
            type: "message",
            role: "assistant",
            model: request.model,
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: { ...inputUsage(reply), output_tokens: 1 },
          },
        },
        "message_start",
      ),
    ];
    let index = 0;
    if (reply.reasoning) {
      content.push(
        blockStart(index, { type: "thinking", thinking: "" }),
        ...reply.reasoningChunks.map((piece) => blockDelta(index, { type: "thinking_delta", thinking: piece })),
        blockDelta(index, { type: "signature_delta", signature: "mock-signature" }),
        blockStop(index),
      );
      index += 1;
    }
    const call = toolCall(request, reply);
    content.push(
      call
        ? blockStart(index, { type: "tool_use", id: TOOL_USE_ID, name: call.name, input: {} })
        : blockStart(index, { type: "text", text: "" }),
      ...reply.textChunks.map((piece) =>
        blockDelta(index, call ? { type: "input_json_delta", partial_json: piece } : { type: "text_delta", text: piece }),
      ),
      blockStop(index),
    );
    const stopReason = call ? "tool_use" : "end_turn";
    const finish = [
      sseEvent(
        { type: "message_delta", delta: { stop_reason: stopReason, stop_sequence: null }, usage: outputUsage(reply) },
        "message_delta",
      ),
      sseEvent({ type: "message_stop" }, "message_stop"),
    ];
    return { content, finish };
  },

  error(status, message) {
    return { type: "error", error: { type: errorTypes[status] ?? "invalid_request_error", message } };
  },
};

const TOOL_USE_ID = "toolu_mock";

/**
 * The call a request forces (`tool_choice` tool, or any: its first tool), with the reply as its input when the reply
 * holds a JSON object; otherwise the reply is text, as a model may answer.
 */
function toolCall(request: MockRequest, reply: RenderedReply): { name: string; input: Record<string, unknown> } | undefined {
  const choice = request.body.tool_choice as { type?: unknown; name?: unknown } | undefined;
  const tools = Array.isArray(request.body.tools) ? (request.body.tools as Array<{ name?: unknown }>) : [];
  const name = choice?.type === "tool" ? choice.name : choice?.type === "any" ? tools[0]?.name : undefined;
  if (typeof name !== "string") return undefined;
  const input = parseObject(reply.text);
  return input ? { name, input } : undefined;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Anthropic's error types per status (https://docs.anthropic.com/en/api/errors). */
const errorTypes: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  429: "rate_limit_error",
  500: "api_error",
  503: "overloaded_error",
  529: "overloaded_error",
};

/** Anthropic counts cache reads apart from `input_tokens`; the SDK adds them back up. */
function inputUsage({ usage }: RenderedReply) {
  return {
    input_tokens: usage.inputTokens - usage.cachedInputTokens,
    cache_read_input_tokens: usage.cachedInputTokens,
    cache_creation_input_tokens: 0,
  };
}

function outputUsage({ usage }: RenderedReply) {
  return {
    output_tokens: usage.outputTokens,
    ...(usage.reasoningTokens > 0 ? { output_tokens_details: { thinking_tokens: usage.reasoningTokens } } : {}),
  };
}

function blockStart(index: number, block: Record<string, unknown>): string {
  return sseEvent({ type: "content_block_start", index, content_block: block }, "content_block_start");
}

function blockDelta(index: number, delta: Record<string, unknown>): string {
  return sseEvent({ type: "content_block_delta", index, delta }, "content_block_delta");
}

function blockStop(index: number): string {
  return sseEvent({ type: "content_block_stop", index }, "content_block_stop");
}

function readSystem(system: unknown): MockMessage | undefined {
  if (system === undefined || system === null) return undefined;
  if (typeof system === "string") return { role: "system", content: [{ type: "text", text: system }] };
  return { role: "system", content: readBlocks(system, "system") };
}

function readMessage(message: Record<string, unknown>, index: number): MockMessage {
  const role = message.role;
  if (role !== "user" && role !== "assistant") {
    throw new RequestShapeError(`messages[${index}].role must be "user" or "assistant"`);
  }
  const content = message.content;
  if (typeof content === "string") return { role, content: [{ type: "text", text: content }] };
  return { role, content: readBlocks(content, `messages[${index}].content`) };
}

function readBlocks(blocks: unknown, what: string): MockPart[] {
  return asArray(blocks, what).flatMap((raw): MockPart[] => {
    const block = asRecord(raw, `${what}[]`);
    if (block.type === "text") return [{ type: "text", text: asString(block.text, `${what}[].text`) }];
    if (block.type === "image") {
      const source = asRecord(block.source, `${what}[].source`);
      if (source.type === "url") return [{ type: "image", url: asString(source.url, "source.url") }];
      const mediaType = asString(source.media_type, "source.media_type");
      return [{ type: "image", url: `data:${mediaType};base64,${asString(source.data, "source.data")}` }];
    }
    return [];
  });
}
