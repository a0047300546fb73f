import type { IncomingMessage, ServerResponse } from "node:http";
import { estimateTokens } from "./reply.js";
import { writeJson } from "./write-response.js";

/** Width of the mock's vectors: wide enough that few bigrams of a short text share a bucket. */
const MOCK_EMBEDDING_DIMENSIONS = 256;

/**
 * A deterministic stand-in for an embedding model: character bigrams hashed into 256 buckets, so texts that share
 * wording get similar vectors. It proves the embedding path (requests, usage, faults), never retrieval quality.
 */
function mockEmbedding(text: string): number[] {
  const vector = new Array<number>(MOCK_EMBEDDING_DIMENSIONS).fill(0);
  const chars = Array.from(text.normalize("NFKC"));
  for (let i = 0; i + 1 < chars.length; i++) {
    let hash = 2166136261;
    for (const unit of chars[i]! + chars[i + 1]!) hash = Math.imul(hash ^ unit.codePointAt(0)!, 16777619) >>> 0;
    vector[hash % MOCK_EMBEDDING_DIMENSIONS]! += 1;
  }
  return vector;
}

/**
 * OpenAI's POST /v1/embeddings (what @ai-sdk/openai and openai-compatible call): `input` a string or a list of
 * them; `status`, when given, answers with that HTTP error instead (a failing embedding server).
 */
export function answerEmbeddings(body: Record<string, unknown>, res: ServerResponse, status: number | undefined): void {
  if (status !== undefined) return writeJson(res, status, { error: { message: `mock embedding failure (${status})`, type: "server_error" } });
  const input = typeof body.input === "string" ? [body.input] : Array.isArray(body.input) ? body.input.map(String) : undefined;
  if (!input) return writeJson(res, 400, { error: { message: "input must be a string or a list of strings", type: "invalid_request_error" } });
  const tokens = input.reduce((sum, text) => sum + estimateTokens(text), 0);
  writeJson(res, 200, {
    object: "list",
    model: typeof body.model === "string" ? body.model : "mock-embedding",
    data: input.map((text, index) => ({ object: "embedding", index, embedding: mockEmbedding(text) })),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

export function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
        resolve(typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
    req.on("error", reject);
  });
}
