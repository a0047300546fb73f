import type { RenderedReply } from "../reply.js";
import type { MockMessage, MockProtocol, MockRequest } from "../types.js";

/** What the URL says about a request (Gemini puts the model and the streaming choice in the path). */
export interface RouteInfo {
  model?: string;
  stream?: boolean;
}

/** What a protocol reads from a request body; the server adds the protocol, headers and the body itself. */
export interface ParsedRequest {
  model: string;
  messages: MockMessage[];
  stream: boolean;
}

/** A streamed answer: content events, then the events that finish it (finish reason, usage, terminator). */
export interface StreamFrames {
  content: string[];
  finish: string[];
}

/** One wire protocol: how to read a request, and how to write answers and errors in its shape. */
export interface ProtocolCodec {
  readonly name: MockProtocol;
  /** Throws a RequestShapeError when the body is not a request of this protocol. */
  parse(body: Record<string, unknown>, route: RouteInfo): ParsedRequest;
  json(request: MockRequest, reply: RenderedReply): unknown;
  stream(request: MockRequest, reply: RenderedReply): StreamFrames;
  error(status: number, message: string): unknown;
}

/** One server-sent event (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
export function sseEvent(data: unknown, event?: string): string {
  const payload = typeof data === "string" ? data : JSON.stringify(data);
  return event ? `event: ${event}\ndata: ${payload}\n\n` : `data: ${payload}\n\n`;
}
