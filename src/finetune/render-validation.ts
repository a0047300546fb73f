import type { TrainingFormatName } from "./formats/check-records.js";
import { fineTuningCost } from "../analysis/cost/fine-tuning.js";
import type { TokenStats } from "./stats.js";

interface CostLine {
  target: string;
  pricePerMillion: number;
  tokens: number;
  source: string;
}

/** What `kurabe dataset validate` prints for a valid file: counts, token lengths, a histogram and training costs. */
export function renderValidation(input: {
  file: string;
  format: TrainingFormatName;
  target: string;
  stats: TokenStats;
  epochs: number;
  costs: CostLine[];
  maxTokens?: number;
}): string {
  const { stats } = input;
  const number = (value: number) => value.toLocaleString("en-US");
  const widest = Math.max(1, ...stats.histogram.map((bucket) => bucket.count));
  const label = (from: number, to?: number) => (to === undefined ? `${number(from)}+` : `${number(from)}–${number(to - 1)}`);
  const labels = stats.histogram.map((bucket) => label(bucket.from, bucket.to));
  const pad = Math.max(...labels.map((text) => text.length));
  const lines = [
    `${input.file}: valid ${input.format} file, ${number(stats.examples)} examples`,
    `tokens (${input.target} tokenizer): total ${number(stats.total)}, mean ${number(stats.mean)}, median ${number(stats.median)}, ` +
      `p95 ${number(stats.p95)}, min ${number(stats.min)}, max ${number(stats.max)}`,
    "length histogram (tokens per example):",
    ...stats.histogram.map((bucket, index) => {
      const bar = "█".repeat(Math.round((bucket.count / widest) * 40));
      return `  ${labels[index]!.padStart(pad)}  ${bar}${bar ? " " : ""}${number(bucket.count)}`;
    }),
  ];
  if (input.maxTokens !== undefined) {
    const over = stats.max > input.maxTokens;
    lines.push(over ? `warning: the longest example is over ${number(input.maxTokens)} tokens` : `every example fits in ${number(input.maxTokens)} tokens`);
  }
  if (stats.examples < 10) lines.push("warning: OpenAI fine-tuning needs at least 10 examples");
  if (input.costs.length > 0) {
    lines.push(`estimated training cost (${input.epochs} epoch${input.epochs === 1 ? "" : "s"}, billed tokens × epochs × price):`);
    const sources = [...new Set(input.costs.map((cost) => cost.source))];
    for (const cost of input.costs) {
      const usd = fineTuningCost({ kind: "api", usdPerMillionTrainingTokens: cost.pricePerMillion, trainingTokens: cost.tokens, epochs: input.epochs });
      const note = sources.length > 1 ? ` [${sources.indexOf(cost.source) + 1}]` : "";
      lines.push(
        `  ${cost.target.padEnd(12)} ${number(cost.tokens)} tokens × ${input.epochs} × $${cost.pricePerMillion}/1M = $${usd < 1 ? usd.toFixed(4) : usd.toFixed(2)}${note}`,
      );
    }
    sources.forEach((source, index) => lines.push(`  ${sources.length > 1 ? `[${index + 1}] ` : ""}price: ${source}`));
  }
  return `${lines.join("\n")}\n`;
}
