import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema } from "../../../src/config/schema.js";
import { startRun } from "../../../src/engine/start-run.js";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { MockRequest, MockServer } from "../../../src/mock-server/types.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { writeReturnsDocs } from "../../support/returns-docs.js";
import { useTempDirs } from "../../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/**
 * A judge that does what the prompt asks, mechanically: every sentence of the answer is a claim, supported when the
 * passages contain it word for word (citations removed).
 */
const literalJudge = (request: MockRequest) => {
  const passages = /\[Passages\]\n([^]*?)\n\n\[Answer to check\]/.exec(request.prompt)?.[1] ?? "";
  const answer = /\[Answer to check\]\n([^]*)$/.exec(request.prompt)?.[1] ?? "";
  const claims = answer
    .split("。")
    .map((sentence) => sentence.replace(/\[[^\]]*\]/g, "").trim())
    .filter(Boolean)
    .map((claim) => ({ claim, supported: passages.includes(claim) }));
  return JSON.stringify({ claims });
};

describe("faithfulness and citations, scored through a judge on the mock server", () => {
  it("lists the claim the passages do not support, and scores cited documents against the gold sources", async () => {
    const dir = tempDir();
    const docs = writeReturnsDocs(dir);
    const answerer = await startMockServer({ respond: () => "返品は購入日から30日以内に受け付けます[returns.md#1]。送料は無料です[shipping.md#1]。" });
    const judge = await startMockServer({ respond: literalJudge });
    servers.push(answerer, judge);
    const cfg = configSchema.parse({
      models: [
        { id: "rag", provider: "openai-compatible", baseURL: `${answerer.url}/v1`, model: "m", rag: { folders: [docs], topK: 2 } },
        { id: "judge", provider: "openai-compatible", baseURL: `${judge.url}/v1`, model: "j", judgeOnly: true },
      ],
      suites: [
        {
          name: "kb",
          path: path.join(dir, "items.jsonl"),
          scorer: [{ type: "faithfulness", judge: "judge" }, "citation-precision", "citation-recall", { type: "retrieval-recall", k: 1 }],
        },
      ],
    });
    const dbFile = path.join(dir, "k.db");
    const db = openDatabase(dbFile);
    await startRun({ db, config: cfg, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
    db.close();

    const read = new Database(dbFile, { readonly: true });
    const scores = read.prepare("SELECT scorer, value, detail_json AS detail, evidence_json FROM scores ORDER BY scorer").all() as Array<{
      scorer: string;
      value: number;
      detail: string;
      evidence_json: string | null;
    }>;
    read.close();
    const by = Object.fromEntries(scores.map((score) => [score.scorer, score]));
    expect(by.faithfulness).toMatchObject({ value: 0.5, detail: JSON.stringify({ code: "claims", unsupported: ["送料は無料です"] }) });
    const evidence = JSON.parse(by.faithfulness!.evidence_json!) as { unsupported: string[]; messages: Array<{ content: string }> };
    expect(evidence.unsupported).toEqual(["送料は無料です"]);
    expect(evidence.messages[1]!.content).toContain("[returns.md#1] 返品\n返品は購入日から30日以内に受け付けます。");
    expect(by["citation-precision"]!.value).toBe(0.5);
    expect(by["citation-recall"]!.value).toBe(1);
    expect(by["retrieval-recall"]!.value).toBe(1);
    expect(judge.stats.requests).toBe(1);
  });
});
