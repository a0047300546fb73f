import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReport } from "../../src/report/model/load-report.js";
import { renderReportToString } from "../../src/report/render-report.js";
import { openDatabase } from "../../src/store/open-store.js";
import { loadFilteredReport } from "../../src/view/filtered-report.js";
import { useTempDirs } from "../support/temp-dir.js";
import { kbStore } from "./kb-store.js";
import { writeReportStore } from "./report-store.js";

const tempDir = useTempDirs();

describe("the knowledge-base chatbot section", () => {
  it("puts the systems side by side with the figures the rest of the report holds", () => {
    const { file, runId } = kbStore(tempDir());
    const db = openDatabase(file);
    const report = loadReport(db, runId);
    const kb = report.knowledgeBase!;
    expect(kb.suites).toEqual(["kb-answerable", "kb-unanswerable"]);
    const row = kb.rows.find((r) => r.modelId === "tuned-rag")!;
    expect(row.metrics.correctness).toBeCloseTo(0.8 + 0.015, 12);
    expect(row.metrics.citationRecall).toBe(1);
    expect(row.metrics.faithfulness).toBeNull();
    // refusal: 1 on the answerable suite (as a secondary score), 1 on the unanswerable one (primary): mean of suites.
    expect(row.metrics.refusal).toBe(1);
    expect(kb.rows.find((r) => r.modelId === "plain")!.metrics.refusal).toBe(0.5);
    // One number, one source: cost and latency are the overview's, the choice is the recommendation's.
    for (const kbRow of kb.rows) {
      const overview = report.overview.find((model) => model.modelId === kbRow.modelId)!;
      expect(kbRow.costPer1kUsd).toBe(overview.costPer1kAnswersUsd);
      expect(kbRow.latencyP50Ms).toBe(overview.latency?.p50 ?? null);
    }
    expect(kb.choice).toBe(report.recommendation.overall.choice);
    // Embedding: each question's tokens (their cost is in the answer's), and the index's once, shown apart.
    expect(row.queryEmbeddingTokens).toBeCloseTo((3 + 4 + 3 + 4 + 6 + 6) / 6, 12);
    expect(row.index).toEqual({ passages: 12, embeddingTokens: 4000, costUsd: 0.08 });
    expect(kb.rows.find((r) => r.modelId === "plain-rag")).toMatchObject({ queryEmbeddingTokens: 0, index: { passages: 12, embeddingTokens: 0, costUsd: 0 } });
    expect(kb.rows.find((r) => r.modelId === "plain")).toMatchObject({ queryEmbeddingTokens: null, index: null });

    const markdown = renderReportToString(db, runId, { format: "md", language: "en" });
    expect(markdown).toContain("## Knowledge-base chatbot");
    expect(markdown).toMatch(/\| tuned-rag \| 81\.5 ?% \| – \| 100(\.0)? ?% \| 100(\.0)? ?% \|/);
    expect(markdown).toContain("| $0.60 | 101 ms | 4.3 | $0.08 · 4,000 tok. |");
    // BM25 alone embeds nothing: said so, not "$0 · 0 tok.".
    expect(markdown).toMatch(/\| plain-rag \|[^\n]*\| 0\.0 \| nothing embedded \\\(BM25\\\) \|\n/);
    expect(markdown).toContain("building the index — embedding every passage once — is shown apart as a one-time cost");
    const html = renderReportToString(db, runId, { format: "html", language: "ja" });
    expect(html).toContain('<section id="knowledge-base"><h2>ナレッジベース・チャットボット</h2>');
    expect(html).not.toContain("<b>answer");
    // The drill-down shows each RAG answer's passages, escaped like any model text.
    expect(html).toContain("<summary>検索された資料（1件）</summary>");
    expect(html).toContain("<code>[returns.md#1]</code>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;30日以内");
    expect(html).not.toContain("<script>alert");
    expect(markdown).toContain("Retrieved passages (1)");
    db.close();
  });

  it("states the index's one-time cost beside the recommendation, the same figure as the section's, and keeps it out of the cost per answer", () => {
    const { file, runId } = kbStore(tempDir());
    const db = openDatabase(file);
    const report = loadReport(db, runId);
    const row = report.knowledgeBase!.rows.find((r) => r.modelId === "tuned-rag")!;
    const overall = report.recommendation.overall;
    expect(overall.choice).toBe("tuned-rag");
    // One source: the recommendation's candidate and the section's row hold the same loaded figure.
    for (const useCase of [overall, ...report.recommendation.suites]) {
      expect(useCase.candidates.find((c) => c.modelId === "tuned-rag")!.index).toBe(row.index);
    }
    // A fixed cost: every system's cost per answer is its tokens' alone (500 in, 50 out at $1 / $2 per million), index or not.
    expect(overall.candidates.map((c) => c.costPerAnswerUsd)).toEqual([0, 0, 0, 0].map(() => expect.closeTo(0.0006, 12)));
    expect(overall.verdict.en).toContain(
      "Building the retrieval index costs, once: tuned-rag $0.08 (4,000 embedding tokens). It is not in the cost per answer or the break-even, which grow with the number of inquiries",
    );
    expect(overall.verdict.ja).toContain("検索索引の作成費用（初回のみ）：tuned-rag は $0.08（埋め込み 4,000 トークン）。");
    // BM25's index embeds nothing: plain-rag is not named.
    expect(overall.verdict.en).not.toMatch(/plain-rag \$/);
    // The report shows the one figure in both places.
    const markdown = renderReportToString(db, runId, { format: "md", language: "en" });
    expect(markdown).toContain("| $0.08 · 4,000 tok. |");
    expect(markdown).toContain("tuned-rag $0.08 \\(4,000 embedding tokens\\)");
    // Model ids are kept whole in a span (REPORT_CSS .id); the sentence is read without it.
    const html = renderReportToString(db, runId, { format: "html", language: "ja" }).replace(/<span class="id">([^<]*)<\/span>/g, "$1");
    expect(html).toContain("$0.08・4,000 トークン");
    expect(html).toContain("tuned-rag は $0.08（埋め込み 4,000 トークン）");
    // The dashboard's run page builds its report through its own filter: unfiltered, the same section and verdict.
    const dashboard = loadFilteredReport(db, runId, { suites: [], models: [], categories: [] });
    expect(dashboard.knowledgeBase).toEqual(report.knowledgeBase);
    expect(dashboard.recommendation.overall.verdict).toEqual(overall.verdict);
    // Narrowed to the unanswerable suite, a question's embedding tokens are that suite's answers' alone.
    const narrowed = loadFilteredReport(db, runId, { suites: ["kb-unanswerable"], models: [], categories: [] });
    expect(narrowed.knowledgeBase!.rows.find((r) => r.modelId === "tuned-rag")).toMatchObject({ queryEmbeddingTokens: 6, index: row.index });
    db.close();
  });

  it("says that plain-rag and tuned-rag tie at 100% on the unanswerable suite, in the same words in every place", () => {
    const { file, runId } = kbStore(tempDir());
    const db = openDatabase(file);
    try {
      const report = loadReport(db, runId);
      const unanswerable = report.recommendation.suites.find((useCase) => useCase.suite === "kb-unanswerable")!;
      expect(unanswerable).toMatchObject({ choice: "plain-rag", tied: ["tuned-rag"], tieBreak: "id" });
      const tie = "plain-rag and tuned-rag tie at 100.0%; at the same cost and p50 latency either will do (plain-rag comes first by name).";
      expect(unanswerable.verdict.en).toContain(tie);
      expect(unanswerable.verdict.ja).toContain("plain-rag と tuned-rag は 100.0% で同点です。");
      // Japanese lists the models with the ideographic comma, as its other lists.
      expect(report.recommendation.overall.verdict.ja).toContain("品質・費用・速度のすべてで他のモデル以下：plain-rag、tuned、plain。");
      // The JSON report carries the decision and its verdict; HTML and Markdown print that verdict, and the use-case
      // table's "what you give up" names the tie.
      const json = JSON.parse(renderReportToString(db, runId, { format: "json", language: "en" })) as { recommendation: typeof report.recommendation };
      expect(json.recommendation.suites.find((useCase) => useCase.suite === "kb-unanswerable")).toMatchObject({ tied: ["tuned-rag"], verdict: unanswerable.verdict });
      expect(renderReportToString(db, runId, { format: "md", language: "en" })).toContain(`**kb-unanswerable**: ${unanswerable.verdict.en.replace(/[()]/g, "\\$&")}`);
      for (const language of ["en", "ja"] as const) {
        const html = renderReportToString(db, runId, { format: "html", language }).replace(/<span class="id">([^<]*)<\/span>/g, "$1");
        expect(html).toContain(unanswerable.verdict[language].replace(/&/g, "&amp;").replace(/'/g, "&#39;"));
        expect(html).toContain(language === "en" ? "nothing (tied with tuned-rag)" : "なし（tuned-rag と同点）");
      }
      // The dashboard's run page reads the same decision.
      const dashboard = loadFilteredReport(db, runId, { suites: [], models: [], categories: [] });
      expect(dashboard.recommendation.suites.find((useCase) => useCase.suite === "kb-unanswerable")!.verdict).toEqual(unanswerable.verdict);
    } finally {
      db.close();
    }
  });

  it("is left out of a run without RAG scorers", async () => {
    const file = path.join(tempDir(), "plain.db");
    const runId = writeReportStore(file, {
      models: [{ id: "a" }],
      suites: [{ name: "qa", category: "nlu", items: 2 }],
      result: () => ({ passed: true }),
    });
    const db = openDatabase(file);
    expect(loadReport(db, runId).knowledgeBase).toBeNull();
    db.close();
  });
});
