/** The report's palette: distinguishable in print and for common colour-vision deficiencies (Okabe & Ito 2008). */
export const CHART_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/** What is not a model's own: the Pareto front, crossover lines. */
export const NEUTRAL_COLOR = "#5f6368";

/**
 * A model's colour, by its place among the run's models (report.models, the config's order): every chart colours a
 * model by this one function, so a model has one colour on the radar, the cost chart, the latency boxes and the
 * break-even lines, whichever models a chart leaves out.
 */
export function modelColor(models: ReadonlyArray<{ modelId: string }>, modelId: string): string {
  const index = models.findIndex((model) => model.modelId === modelId);
  return CHART_COLORS[(index < 0 ? models.length : index) % CHART_COLORS.length]!;
}
