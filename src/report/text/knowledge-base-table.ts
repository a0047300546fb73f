import { KB_METRICS, type KnowledgeBaseSection } from "../model/knowledge-base.js";
import { modelLabel, type RenderContext } from "../render-context.js";

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
      row.index === null ? f.usd(null) : k.indexCell(row.index.costUsd === null ? null : f.usd(row.index.costUsd), f.count(row.index.embeddingTokens)),
    ]),
    choice: section.choice === null ? k.noChoice : k.choice(modelLabel(context, section.choice)),
    note: k.note,
  };
}
