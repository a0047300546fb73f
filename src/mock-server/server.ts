import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { listen } from "../http/listen.js";
import { presentedCredentials } from "./credentials.js";
import type { ProtocolCodec, RouteInfo } from "./protocols/protocol.js";
import { RequestShapeError } from "./protocols/request-shape.js";
import { renderReply } from "./reply.js";
import { answerEmbeddings, readJsonBody } from "./embeddings.js";
import { MOCK_JUDGE_MODEL, mockJudgeReply } from "./mock-judge.js";
import { matchRoute } from "./routes.js";
import type { MockMessage, MockRequest, MockServer, MockServerOptions, MockStats } from "./types.js";
import { writeAnswer, writeJson, writeStatusFault, type Pacing } from "./write-response.js";

/**
 * A real HTTP server on 127.0.0.1 speaking OpenAI chat completions, Anthropic messages and Gemini generateContent.
 * Keep-alive connections and no per-request setup beyond parsing the body: it doubles as the zero-latency server for
 * overhead benchmarks.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const stats: MockStats = {
    requests: 0,
    completed: 0,
    perPrompt: new Map(),
    perModel: new Map(),
    credentials: new Set(),
    embeddingRequests: 0,
    connections: 0,
    openConnections: 0,
  };
  const pacing: Pacing = { latencyMs: options.latencyMs ?? 0, tokenDelayMs: options.tokenDelayMs ?? 0 };
  const respond = options.respond ?? ((request: MockRequest) => (request.model === MOCK_JUDGE_MODEL ? mockJudgeReply(request) : request.prompt));

  async function answerModelCall(req: IncomingMessage, res: ServerResponse, codec: ProtocolCodec, info: RouteInfo) {
    const request = await readRequest(req, codec, info);
    if (typeof request === "string") return writeJson(res, 400, codec.error(400, request));
    stats.requests += 1;
    for (const credential of presentedCredentials(req.headers)) stats.credentials.add(credential);
    const seen = stats.perPrompt.get(request.prompt) ?? 0;
    stats.perPrompt.set(request.prompt, seen + 1);
    stats.perModel.set(request.model, (stats.perModel.get(request.model) ?? 0) + 1);
    const fault = options.fault?.(request, seen);
    if (fault?.type === "status") return writeStatusFault(res, codec, request, fault, pacing);
    const reply = renderReply(await respond(request), request.messages);
    if (await writeAnswer(res, codec, request, reply, fault, pacing)) stats.completed += 1;
  }

  const listener: RequestListener = (req, res) => {
    const route = matchRoute(req.method, req.url);
    if (route?.kind === "list-models") {
      const models = [{ id: "mock", object: "model", created: 0, owned_by: "kurabe" }];
      return writeJson(res, 200, { object: "list", data: models });
    }
    if (route?.kind === "embeddings") {
      const seen = stats.embeddingRequests++;
      readJsonBody(req).then((body) => answerEmbeddings(body, res, options.embeddingFault?.(seen)), () => res.destroy());
      return;
    }
    if (route === undefined) {
      req.resume();
      return writeJson(res, 404, { error: { message: `no route for ${req.method} ${req.url}`, type: "not_found" } });
    }
    answerModelCall(req, res, route.codec, route.info).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      const message = `mock server failed: ${error instanceof Error ? error.message : String(error)}`;
      writeJson(res, 500, route.codec.error(500, message));
    });
  };
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);
  if (options.keepAliveMs !== undefined) server.keepAliveTimeout = options.keepAliveMs;
  server.on(options.tls ? "secureConnection" : "connection", (socket: Socket) => {
    stats.connections += 1;
    stats.openConnections += 1;
    socket.once("close", () => (stats.openConnections -= 1));
  });

  await listen(server, options.port ?? 0, "127.0.0.1");
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    port,
    stats,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Reads and parses the body; a string is the reason it is not a request of this protocol. */
async function readRequest(req: IncomingMessage, codec: ProtocolCodec, info: RouteInfo): Promise<MockRequest | string> {
  const text = await readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return "the request body is not JSON";
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "the request body must be a JSON object";
  const record = body as Record<string, unknown>;
  try {
    const parsed = codec.parse(record, info);
    const prompt = lastUserText(parsed.messages);
    return { protocol: codec.name, ...parsed, prompt, headers: req.headers, body: record };
  } catch (error) {
    if (error instanceof RequestShapeError) return error.message;
    throw error;
  }
}

/** Plain listeners rather than async iteration: no iterator machinery per request on the benchmark path. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function lastUserText(messages: MockMessage[]): string {
  const last = messages.findLast((message) => message.role === "user");
  if (!last) return "";
  return last.content.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");
}
