import type { ServerResponse } from "node:http";
import { presentedCredentials } from "./credentials.js";
import type { ProtocolCodec } from "./protocols/protocol.js";
import type { RenderedReply } from "./reply.js";
import type { Fault, MockRequest } from "./types.js";

export interface Pacing {
  latencyMs: number;
  tokenDelayMs: number;
}

/** An SSE event that is not JSON: what a proxy that mangles a stream, or a broken server, sends. */
const MALFORMED_EVENT = 'data: {"choices": [{"delta": {"content": "cut\n\n';
const MALFORMED_BODY = '{"id": "mock", "choices": [{"message": ';

type StatusFault = Extract<Fault, { type: "status" }>;
type AnswerFault = Exclude<Fault, StatusFault>;

/** Answers with an HTTP error in the protocol's shape, after the usual latency; the model is never consulted. */
export async function writeStatusFault(
  res: ServerResponse,
  codec: ProtocolCodec,
  request: MockRequest,
  fault: StatusFault,
  pacing: Pacing,
): Promise<void> {
  if (!(await pause(pacing.latencyMs, res))) return;
  const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {};
  writeJson(res, fault.status, codec.error(fault.status, faultMessage(fault.status, request)), headers);
}

/** Answers one model call, honouring the pacing and the fault. Returns true when the full answer was delivered. */
export async function writeAnswer(
  res: ServerResponse,
  codec: ProtocolCodec,
  request: MockRequest,
  reply: RenderedReply,
  fault: AnswerFault | undefined,
  pacing: Pacing,
): Promise<boolean> {
  const firstByteDelay = pacing.latencyMs + (fault?.type === "slow-first-byte" ? fault.delayMs : 0);
  if (!(await pause(firstByteDelay, res))) return false;
  if (request.stream) return writeStream(res, codec, request, reply, fault, pacing);
  return writeBody(res, codec, request, reply, fault);
}

export function writeJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  writeJsonText(res, status, JSON.stringify(body), headers);
}

function writeJsonText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * A 401 echoes the presented key, as some providers do in their messages: the adapters must scrub it, and a test can
 * prove they do.
 */
function faultMessage(status: number, request: MockRequest): string {
  if (status === 401) {
    return `Incorrect API key provided: ${presentedCredentials(request.headers).join(", ") || "(none)"}`;
  }
  if (status === 404) return `The model \`${request.model}\` does not exist or you do not have access to it.`;
  if (status === 429) return "Rate limit reached (mock fault)";
  return `mock fault: HTTP ${status}`;
}

async function writeStream(
  res: ServerResponse,
  codec: ProtocolCodec,
  request: MockRequest,
  reply: RenderedReply,
  fault: AnswerFault | undefined,
  pacing: Pacing,
): Promise<boolean> {
  const { content, finish } = codec.stream(request, reply);
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  switch (fault?.type) {
    case "truncated-sse":
      await sendFrames(res, content, pacing.tokenDelayMs);
      if (!res.destroyed) res.end();
      return false;
    case "reset-mid-stream":
      await sendFrames(res, content.slice(0, Math.max(1, Math.floor(content.length / 2))), pacing.tokenDelayMs);
      reset(res);
      return false;
    case "malformed-json":
      // After the first event, as a stream corrupted in transit looks (and as providers that peek at the first
      // event, like Anthropic's, would otherwise report it as an HTTP 500).
      const frames = [...content.slice(0, 1), MALFORMED_EVENT, ...content.slice(1), ...finish];
      await sendFrames(res, frames, pacing.tokenDelayMs);
      if (!res.destroyed) res.end();
      return false;
    default: {
      const delivered = await sendFrames(res, [...content, ...finish], pacing.tokenDelayMs);
      if (delivered) res.end();
      return delivered;
    }
  }
}

function writeBody(
  res: ServerResponse,
  codec: ProtocolCodec,
  request: MockRequest,
  reply: RenderedReply,
  fault: AnswerFault | undefined,
): boolean {
  const body = JSON.stringify(codec.json(request, reply));
  switch (fault?.type) {
    case "malformed-json":
      res.writeHead(200, { "content-type": "application/json" }).end(MALFORMED_BODY);
      return false;
    case "truncated-sse":
      res.writeHead(200, { "content-type": "application/json" }).end(body.slice(0, Math.floor(body.length / 2)));
      return false;
    case "reset-mid-stream":
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.write(body.slice(0, Math.floor(body.length / 2)));
      reset(res);
      return false;
    default:
      writeJsonText(res, 200, body);
      return true;
  }
}

/** Writes frames, `delayMs` apart; all at once when there is no delay (the zero-latency benchmark path). */
async function sendFrames(res: ServerResponse, frames: string[], delayMs: number): Promise<boolean> {
  if (delayMs <= 0) {
    if (frames.length > 0 && !res.destroyed) res.write(frames.join(""));
    return !res.destroyed;
  }
  for (const [i, frame] of frames.entries()) {
    if (i > 0 && !(await pause(delayMs, res))) return false;
    if (res.destroyed) return false;
    res.write(frame);
  }
  return !res.destroyed;
}

/** Closes the connection once the partial answer is flushed: the client sees a body that stops mid-way. */
function reset(res: ServerResponse): void {
  const socket = res.socket;
  socket?.end(() => socket.destroy());
}

/** Waits, unless the client goes away first; resolves to whether the response is still writable. */
function pause(ms: number, res: ServerResponse): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(!res.destroyed);
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off("close", onClose);
      resolve(!res.destroyed);
    }, ms);
    res.once("close", onClose);
  });
}
