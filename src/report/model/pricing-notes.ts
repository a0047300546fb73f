import { fineTunedRateKey } from "../../models/catalog.js";
import type { Messages } from "../i18n/messages.js";
import type { NumberFormat } from "../i18n/number-format.js";
import type { Report } from "./report-types.js";

/**
 * One line per self-hosted model with what its price rests on (GPU, $/h, utilisation, throughput, amortised
 * fine-tuning), and a line naming the unpriced models and how to price them (OpenAI fine-tuned ids apart: their rate
 * is their own). Printed beside every cost figure.
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
  const unpriced = report.models.filter((model) => model.pricing.kind === "unpriced");
  // An OpenAI fine-tuned id has a rate of its own, never its base model's: say so rather than "add hosting:".
  const fineTuned = unpriced.filter((model) => fineTunedRateKey(model.provider, model.model) !== undefined).map((model) => model.modelId);
  const others = unpriced.map((model) => model.modelId).filter((id) => !fineTuned.includes(id));
  if (others.length > 0) notes.push(m.notes.noPrice(others.join(m.comma)));
  if (fineTuned.length > 0) notes.push(m.notes.noPriceFineTuned(fineTuned.join(m.comma)));
  return notes;
}
