import type { Interval } from "../../analysis/types.js";
import type { ModelOverview, ReportComparison, ReportModelInfo } from "./report-types.js";

/** One model asked with one prompt: its overall score, and how it compares with the same model's first prompt. */
export interface PromptVariantCell {
  promptId: string;
  /** The variant's model id (`model@prompt`), as every other table names it. */
  variantId: string;
  /** The overview's figures for the variant (quality over every suite, each weighing the same). */
  quality: number | null;
  interval: Interval | null;
  /**
   * This prompt against the model's first prompt, over every suite: the report's overall paired comparison of the two
   * variants, its difference turned to read "this prompt − first prompt". Null for the first prompt itself.
   */
  versusFirst: { comparison: ReportComparison; difference: Interval } | null;
}

/** "Which prompt?" answered like "which model?": per model, its prompt variants side by side, prompts in config order. */
export interface PromptVariantsSection {
  prompts: string[];
  models: Array<{ modelId: string; variants: PromptVariantCell[] }>;
}

/**
 * Groups the run's variants by model (rows) and prompt (columns), reading each figure from where the report computed
 * it: the overview's quality and the overall paired comparisons. Null when the run compares fewer than two prompts.
 */
export function promptVariantsSection(
  models: readonly ReportModelInfo[],
  overview: readonly ModelOverview[],
  overallComparisons: readonly ReportComparison[],
): PromptVariantsSection | null {
  const prompts = [...new Set(models.flatMap((model) => (model.variant ? [model.variant.promptId] : [])))];
  if (prompts.length < 2) return null;
  const byModel = new Map<string, Array<{ promptId: string; variantId: string }>>();
  for (const model of models) {
    if (!model.variant) continue;
    const variants = byModel.get(model.variant.baseModelId) ?? [];
    variants.push({ promptId: model.variant.promptId, variantId: model.modelId });
    byModel.set(model.variant.baseModelId, variants);
  }
  const qualityOf = new Map(overview.map((row) => [row.modelId, row]));
  return {
    prompts,
    models: [...byModel].map(([modelId, variants]) => {
      const first = variants[0]!.variantId;
      return {
        modelId,
        variants: variants.map(({ promptId, variantId }) => ({
          promptId,
          variantId,
          quality: qualityOf.get(variantId)?.quality ?? null,
          interval: qualityOf.get(variantId)?.interval ?? null,
          versusFirst: variantId === first ? null : against(first, variantId, overallComparisons),
        })),
      };
    }),
  };
}

/** The comparison of `first` and `variant`, with its difference read as variant − first whichever side it was on. */
function against(first: string, variant: string, comparisons: readonly ReportComparison[]): PromptVariantCell["versusFirst"] {
  const comparison = comparisons.find(
    (row) => (row.modelA === first && row.modelB === variant) || (row.modelA === variant && row.modelB === first),
  );
  if (!comparison) return null;
  const { estimate, low, high, level } = comparison.difference;
  const difference = comparison.modelA === variant ? comparison.difference : { estimate: 0 - estimate, low: 0 - high, high: 0 - low, level };
  return { comparison, difference };
}
