import type { PromptVariantCell, PromptVariantsSection } from "../model/prompt-variants.js";
import { modelLabel, type RenderContext } from "../render-context.js";

/** One cell: the variant's score with its interval, then (after the first prompt) its difference from the first. */
export interface PromptVariantText {
  score: string;
  interval: string;
  /** Against the first prompt: the difference with its interval, and the verdict ("significantly better", …). */
  versus: { difference: string; interval: string; verdict: string; kind: "better" | "worse" | "noise" } | null;
}

/** The prompt-variants section as text cells, for the HTML and Markdown reports alike. */
export function promptVariantsTable(
  context: RenderContext,
  section: PromptVariantsSection,
): { intro: string; head: string[]; rows: Array<{ model: string; cells: Array<PromptVariantText | null> }>; note: string } {
  const { messages: m } = context;
  const p = m.promptVariants;
  const [first, ...rest] = section.prompts;
  return {
    intro: p.intro(section.prompts.join(m.comma)),
    head: [m.columns.model, p.baseline(first!), ...rest],
    rows: section.models.map((row) => ({
      model: modelLabel(context, row.modelId),
      cells: section.prompts.map((prompt) => {
        const cell = row.variants.find((variant) => variant.promptId === prompt);
        return cell ? cellText(context, cell) : null;
      }),
    })),
    note: p.note,
  };
}

function cellText(context: RenderContext, cell: PromptVariantCell): PromptVariantText {
  const { messages: m, format: f } = context;
  const base = { score: f.percent(cell.quality), interval: f.percentInterval(cell.interval) };
  const versus = cell.versusFirst;
  if (!versus || versus.comparison.n === 0) return { ...base, versus: null };
  const kind = versus.comparison.withinNoise ? "noise" : versus.difference.estimate > 0 ? "better" : "worse";
  return {
    ...base,
    versus: {
      difference: f.points(versus.difference.estimate),
      interval: f.pointsInterval(versus.difference),
      verdict: kind === "noise" ? m.withinNoise : m.promptVariants[kind],
      kind,
    },
  };
}
