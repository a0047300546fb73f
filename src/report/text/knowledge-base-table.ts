import { indexSpend, type IndexCost } from "../model/index-cost.js";
import { KB_METRICS, type KnowledgeBaseSection } from "../model/knowledge-base.js";
import { modelLabel, type RenderContext } from "../render-context.js";

/** The index's one-time cost (indexSpend): "–" unknown, "nothing embedded", else cost and tokens. */
function indexCell(index: IndexCost | null, { messages: m, format: f }: RenderContext): string {
  const k = m.knowledgeBase;
  const spend = indexSpend(index);
  if (spend.kind === "unknown") return f.usd(null);
  if (spend.kind === "nothing-embedded") return k.nothingEmbedded;
  return k.indexCell(spend.costUsd === null ? null : f.usd(spend.costUsd), f.count(spend.tokens));
}

/** The knowledge-base section as text cells and lines, for the HTML and Markdown reports alike. */
export function knowledgeBaseTable(
  context: RenderContext,
  section: KnowledgeBaseSection,
): { intro: string; head: string[]; rows: string[][]; choice: string; note: string } {
  const { messages: m, format: f } = context;
  const k = m.knowledgeBase;
  return {
    intro: k.intro(section.suites.join(m.comma)),
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
