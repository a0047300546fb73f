import { KB_METRICS, type KnowledgeBaseSection } from "../model/knowledge-base.js";
import { modelLabel, type RenderContext } from "../render-context.js";

/** The index's one-time cost: "–" unknown, "nothing embedded" for BM25 alone (not "$0 · 0 tok."), else cost and tokens. */
function indexCell(index: KnowledgeBaseSection["rows"][number]["index"], { messages: m, format: f }: RenderContext): string {
  const k = m.knowledgeBase;
  if (index === null) return f.usd(null);
  if (index.embeddingTokens === 0) return k.nothingEmbedded;
  return k.indexCell(index.costUsd === null ? null : f.usd(index.costUsd), f.count(index.embeddingTokens));
}

/** The knowledge-base section as text cells and lines, for the HTML and Markdown reports alike. */
export function knowledgeBaseTable(
  context: RenderContext,
  section: KnowledgeBaseSection,
): { intro: string; head: string[]; rows: string[][]; choice: string; note: string } {
  const { messages: m, format: f } = context;
  const k = m.knowledgeBase;
  return {
    intro: k.intro(section.suites.join(", ")),
    head: [m.columns.model, ...KB_METRICS.map((metric) => k.metrics[metric]), k.costPer1k, k.latencyP50, k.queryEmbeddingTokens, k.index],
    rows: section.rows.map((row) => [
      modelLabel(context, row.modelId),
      ...KB_METRICS.map((metric) => f.percent(row.metrics[metric])),
      f.usd(row.costPer1kUsd),
      f.ms(row.latencyP50Ms),
      f.decimal(row.queryEmbeddingTokens, 1),
      indexCell(row.index, context),
    ]),
    choice: section.choice === null ? k.noChoice : k.choice(modelLabel(context, section.choice)),
    note: k.note,
  };
}
