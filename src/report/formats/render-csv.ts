import type { ReportEntry } from "../model/report-types.js";
import type { RenderContext } from "../render-context.js";
import { printable } from "../text/printable.js";

type Cell = string | number | null;

const FIXED_COLUMNS: Array<[string, (entry: ReportEntry, context: RenderContext) => Cell]> = [
  ["run_id", (_, c) => c.report.run.id],
  ["model", (e) => e.modelId],
  ["provider", (e, c) => c.report.models.find((m) => m.modelId === e.modelId)?.provider ?? null],
  // A prompt variant (model@prompt) apart, so a spreadsheet groups by model or by prompt; empty for a plain model.
  ["base_model", (e, c) => c.report.models.find((m) => m.modelId === e.modelId)?.variant?.baseModelId ?? null],
  ["prompt", (e, c) => c.report.models.find((m) => m.modelId === e.modelId)?.variant?.promptId ?? null],
  ["suite", (e) => e.suite],
  ["category", (e) => e.category],
  ["score", (e) => e.score],
  ["ci_low", (e) => e.interval?.low ?? null],
  ["ci_high", (e) => e.interval?.high ?? null],
  ["n", (e) => e.n],
  ["planned", (e) => e.planned],
  ["infra_errors", (e) => e.errors],
  ["skipped", (e) => e.skipped],
  ["correct", (e) => e.correct],
  ["cached", (e) => e.cached],
  ["latency_p50_ms", (e) => e.latencyP50Ms],
  ["latency_p95_ms", (e) => e.latencyP95Ms],
  ["ttft_p50_ms", (e) => e.ttftP50Ms],
  ["output_tokens_per_s", (e) => e.outputTokensPerSecond],
  ["input_tokens", (e) => e.inputTokens],
  ["output_tokens", (e) => e.outputTokens],
  ["cost_usd", (e) => e.costUsd],
  ["cost_per_answer_usd", (e) => e.costPerAnswerUsd],
  ["cache_savings_usd", (e) => e.cacheSavingsUsd],
  ["cost_per_correct_usd", (e) => e.costPerCorrectUsd],
  ["ifeval_prompt_strict", (e) => e.ifeval?.promptStrict ?? null],
  ["ifeval_prompt_loose", (e) => e.ifeval?.promptLoose ?? null],
  ["ifeval_instruction_strict", (e) => e.ifeval?.instructionStrict ?? null],
  ["ifeval_instruction_loose", (e) => e.ifeval?.instructionLoose ?? null],
];

/**
 * One row per model × suite (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled). Scores are 0..1 and numbers unformatted, whatever the language. pass@k and the other scorers' means
 * follow as `pass@k` and `score:<scorer>` columns when any entry has them.
 */
export function* renderCsv(context: RenderContext): Generator<string> {
  const { entries } = context.report;
  const passAtK = [...new Set(entries.flatMap((e) => Object.keys(e.passAtK ?? {})))].sort((a, b) => kOf(a) - kOf(b));
  const secondary = [...new Set(entries.flatMap((e) => Object.keys(e.secondary ?? {})))].sort();
  const header = [...FIXED_COLUMNS.map(([name]) => name), ...passAtK, ...secondary.map((name) => `score:${name}`)];
  yield row(header);
  for (const entry of entries) {
    yield row([
      ...FIXED_COLUMNS.map(([, cell]) => cell(entry, context)),
      ...passAtK.map((k) => entry.passAtK?.[k] ?? null),
      ...secondary.map((name) => entry.secondary?.[name] ?? null),
    ]);
  }
}

function row(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

export function csvField(cell: Cell): string {
  if (cell === null || (typeof cell === "number" && !Number.isFinite(cell))) return "";
  if (typeof cell === "number") return String(cell);
  // A text cell starting like a formula is prefixed with ' so a spreadsheet shows it rather than evaluating it (OWASP CSV injection).
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${printable(cell)}` : printable(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const kOf = (column: string) => Number(column.slice("pass@".length));
