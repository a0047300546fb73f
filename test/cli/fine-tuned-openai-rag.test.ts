import { writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { RetrievalRecord } from "../../src/rag/augment-messages.js";
import { startMockServer } from "../../src/mock-server/server.js";
import { estimateTokens } from "../../src/mock-server/reply.js";
import type { MockRequest, MockServer } from "../../src/mock-server/types.js";
import { runCli } from "../support/cli.js";
import { writeReturnsDocs } from "../support/returns-docs.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** An OpenAI fine-tuned model id as OpenAI names a job's model: ft:<base>:<organisation>:<suffix>:<id>. */
const FINE_TUNED = "ft:gpt-4o-mini-2024-07-18:acme::abc123";

/** What the answer of a stored response cost and the tokens it was billed for. */
interface Billed {
  input_tokens: number;
  output_tokens: number;
  cost_usd: number | null;
  retrieval_json: string;
}

describe("an OpenAI fine-tuned model with rag:, through kurabe run", () => {
  it("sends the retrieved passages under the ft: id, scores its citations, and prices it only at a fine-tuned rate (unpriced with the hint, never the base model's rate)", async () => {
    const dir = tempDir();
    writeReturnsDocs(dir);
    // The fine-tuned model, on the OpenAI protocol: it answers from the passage it was given, citing it.
    const asked: MockRequest[] = [];
    const server = await startMockServer({
      respond: (request) => {
        asked.push(request);
        return "返品は購入日から30日以内です[returns.md#1]。";
      },
    });
    servers.push(server);
    writeFileSync(
      path.join(dir, "kurabe.yaml"),
      [
        "models:",
        "  - id: support-ft-rag",
        "    provider: openai",
        `    model: "${FINE_TUNED}"`,
        `    baseURL: ${server.url}/v1`,
        "    apiKey: sk-test-fine-tuned",
        "    rag: { folders: [docs], retriever: bm25, topK: 1 }",
        "suites:",
        "  - name: kb",
        "    path: items.jsonl",
        "    scorer: [citation-recall, citation-precision, { type: retrieval-recall, k: 1 }]",
      ].join("\n"),
    );

    const run = await runCli(["run", "kurabe.yaml", "--db", "unpriced.db"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    // The request went to the ft: id over OpenAI's protocol, the passage with its id before the question.
    expect(asked.map((request) => [request.protocol, request.model])).toEqual([["openai", FINE_TUNED]]);
    expect(asked[0]!.prompt).toContain("[returns.md#1] 返品\n返品は購入日から30日以内に受け付けます。");
    expect(asked[0]!.prompt).toContain("返品の期限は？");
    const unpriced = new Database(path.join(dir, "unpriced.db"), { readonly: true });
    const scores = unpriced.prepare("SELECT scorer, value FROM scores ORDER BY scorer").all();
    const answer = unpriced.prepare("SELECT input_tokens, output_tokens, cost_usd, retrieval_json FROM responses").get() as Billed;
    unpriced.close();
    expect(scores).toEqual([
      { scorer: "citation-precision", value: 1 },
      { scorer: "citation-recall", value: 1 },
      { scorer: "retrieval-recall", value: 1 },
    ]);
    expect((JSON.parse(answer.retrieval_json) as RetrievalRecord).passages.map((passage) => passage.id)).toEqual(["returns.md#1"]);
    // The catalog has gpt-4o-mini's rate, but no fine-tuned rate: no cost, and the line says why and what to add.
    expect(answer.cost_usd).toBeNull();
    expect(run.stdout).toContain("Unpriced: support-ft-rag, OpenAI fine-tuned (`ft:…`): OpenAI bills a fine-tuned model at its own rate");
    expect(run.stdout).not.toContain("Unpriced: support-ft-rag (neither");

    // A price file with LiteLLM's fine-tuned entry for the base model prices it at that rate: the passages' input
    // tokens at $0.30 and the answer's at $1.20 per 1M, not gpt-4o-mini's $0.15 and $0.60.
    const prices = path.join(dir, "litellm.json");
    writeFileSync(
      prices,
      JSON.stringify({ "ft:gpt-4o-mini-2024-07-18": { input_cost_per_token: 3e-7, output_cost_per_token: 1.2e-6, litellm_provider: "openai", mode: "chat" } }),
    );
    const pricedRun = await runCli(["run", "kurabe.yaml", "--db", "priced.db", "--no-cache"], { cwd: dir, env: { KURABE_PRICES: prices } });
    expect(pricedRun.code, pricedRun.stderr).toBe(0);
    const priced = new Database(path.join(dir, "priced.db"), { readonly: true });
    const billed = priced.prepare("SELECT input_tokens, output_tokens, cost_usd, retrieval_json FROM responses").get() as Billed;
    priced.close();
    // The billed input is the prompt that carried the passage (the mock counts ~4 characters a token), well above the
    // question's alone.
    const sent = asked[1]!.messages.flatMap((message) => message.content).map((part) => (part.type === "text" ? part.text : "")).join("\n");
    expect(sent).toContain("[returns.md#1]");
    expect(billed.input_tokens).toBe(estimateTokens(sent));
    expect(billed.input_tokens).toBeGreaterThan(3 * estimateTokens("返品の期限は？"));
    expect(billed.cost_usd).toBeCloseTo((billed.input_tokens * 0.3 + billed.output_tokens * 1.2) / 1e6, 12);
    expect(pricedRun.stdout).not.toContain("Unpriced");
  }, 300_000);
});
