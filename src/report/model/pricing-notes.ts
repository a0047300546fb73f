import type { Messages } from "../i18n/messages.js";
import type { NumberFormat } from "../i18n/number-format.js";
import type { Report } from "./report-types.js";

/**
 * One line per self-hosted model with what its price rests on (GPU, $/h, utilisation, throughput, amortised
 * fine-tuning), and one line naming the unpriced models and how to price them. Printed beside every cost figure.
 */
export function pricingNotes(report: Pick<Report, "models">, m: Messages, f: NumberFormat): string[] {
  const notes: string[] = [];
  for (const model of report.models) {
    const { pricing } = model;
    if (pricing.kind !== "self-hosted") continue;
    const a = pricing.assumptions;
    notes.push(
      m.notes.selfHosted({
        model: model.modelId,
        gpu: a.gpu === null ? m.notes.gpuGiven : `${f.count(a.gpus)} × ${a.gpu}`,
        hourly: f.usd(a.hourlyUsd),
        utilisation: f.percent(a.utilisation, 0),
        throughput: f.decimal(a.outputTokensPerSecond, 0),
        measured: a.throughput === "measured",
        perMillion: f.usd(pricing.price.output),
        fineTuning: a.fineTuningMonthlyUsd > 0 ? f.usd(a.fineTuningMonthlyUsd) : null,
      }),
    );
  }
  const unpriced = report.models.filter((model) => model.pricing.kind === "unpriced").map((model) => model.modelId);
  if (unpriced.length > 0) notes.push(m.notes.noPrice(unpriced.join(m.comma)));
  return notes;
}
