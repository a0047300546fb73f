/**
 * The mock model server's vocabulary. The server speaks the wire protocols the AI SDK adapters call (OpenAI chat
 * completions, Anthropic messages, Gemini generateContent) so tests, benchmarks and `kurabe mock-server` exercise the
 * real HTTP path, faults included.
 */

export type MockProtocol = "openai" | "anthropic" | "google";

/** A message part as the server received it; images are data URLs whatever the protocol's own encoding. */
export type MockPart = { type: "text"; text: string } | { type: "image"; url: string };

export interface MockMessage {
  role: "system" | "user" | "assistant";
  content: MockPart[];
}

export interface MockRequest {
  protocol: MockProtocol;
  model: string;
  /** The text of the last user message. */
  prompt: string;
  messages: MockMessage[];
  stream: boolean;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body, as sent. */
  body: Record<string, unknown>;
}

/**
 * What the model "answers": plain text, or text with reasoning, a cache hit to report in usage, and the pieces the text
 * is streamed in (joined, they are `text`; default: word-sized). Asked to call a tool (Anthropic's `tool_choice` any or
 * tool, as the AI SDK asks for JSON), a text holding a JSON object is answered as that tool's input.
 */
export type MockReply = string | { text: string; reasoning?: string; cachedInputTokens?: number; chunks?: string[] };

export type Fault =
  /** An HTTP error in the protocol's own error shape; `retryAfter` is sent as the Retry-After header. */
  | { type: "status"; status: 400 | 401 | 403 | 404 | 429 | 500 | 503; retryAfter?: string }
  /** Waits `delayMs` (on top of `latencyMs`) before the first byte, then answers normally. */
  | { type: "slow-first-byte"; delayMs: number }
  /** Sends part of the answer, then resets the connection. */
  | { type: "reset-mid-stream" }
  /** A 200 whose body (or one SSE event) is not JSON. */
  | { type: "malformed-json" }
  /** Sends the content events, then ends the response cleanly without the finish/usage events and `[DONE]`. */
  | { type: "truncated-sse" };

export interface MockServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Wait before the first byte of every model response. */
  latencyMs?: number;
  /** Wait between streamed chunks. */
  tokenDelayMs?: number;
  /** Default: echo the last user message's text; `model: mock-judge` answers kurabe's judge prompts (mock-judge.ts). */
  respond?: (request: MockRequest) => MockReply | Promise<MockReply>;
  /** `seen` counts earlier requests with the same prompt: "fail the first try, succeed on retry" is `seen === 0`. */
  fault?: (request: MockRequest, seen: number) => Fault | undefined;
  /** An HTTP status for the embedding request numbered `seen` (0 first) to fail with; undefined answers it. */
  embeddingFault?: (seen: number) => 400 | 401 | 404 | 429 | 500 | 503 | undefined;
  /** Serve HTTPS with this PEM key and certificate (e.g. a self-signed one a client must refuse). */
  tls?: { key: string; cert: string };
  /**
   * How long an idle connection is kept (Node's default: 5 s), announced in the Keep-Alive header, which undici keeps
   * its idle sockets for: a long one shows whether a client closes its sockets or leaves them to time out.
   */
  keepAliveMs?: number;
}

export interface MockStats {
  /** Model calls received (GET /v1/models is not counted). */
  requests: number;
  /** Model calls answered in full (no fault, or a slow first byte). */
  completed: number;
  /** Model calls per prompt text. */
  perPrompt: Map<string, number>;
  /** Model calls per requested model name. */
  perModel: Map<string, number>;
  /** Distinct Authorization, x-api-key and x-goog-api-key values received: a test can prove a key was sent. */
  credentials: Set<string>;
  /** Embedding requests received (POST /v1/embeddings). */
  embeddingRequests: number;
  /** Connections clients opened: a client that reuses its keep-alive sockets opens one per request in flight. */
  connections: number;
  /** Connections open now: a client that closed its sockets leaves none. */
  openConnections: number;
}

export interface MockServer {
  /** `http://127.0.0.1:PORT` (`https://` with `tls`), without a path. */
  url: string;
  port: number;
  stats: MockStats;
  /** Stops listening and destroys open connections. */
  close(): Promise<void>;
}
