import { messagesFor, type Messages, type ReportLanguage } from "./i18n/messages.js";
import { numberFormat, type NumberFormat } from "./i18n/number-format.js";
import type { Excerpt, Report, ReportComparison, ReportRun } from "./model/report-types.js";
import { joinExcerpt } from "./model/excerpt.js";

/** What every human-readable format renders with: the report, its labels and its number format. */
export interface RenderContext {
  report: Report;
  language: ReportLanguage;
  messages: Messages;
  format: NumberFormat;
}

export function createRenderContext(report: Report, language: ReportLanguage): RenderContext {
  const messages = messagesFor(language);
  return { report, language, messages, format: numberFormat(messages) };
}

/** An excerpt as plain text, the cut marked in the report's language. */
export function excerptString(context: RenderContext, excerpt: Excerpt): string {
  return joinExcerpt(excerpt, (cut) => context.messages.cut(context.format.count(cut)));
}

/** Model ids with a note (e.g. a smoke-test model) are marked with an asterisk wherever they appear in tables. */
export function modelLabel(context: RenderContext, modelId: string): string {
  return context.report.models.some((m) => m.modelId === modelId && m.note) ? `${modelId} *` : modelId;
}

/** Which scoring revision the report shows: as run, or rescored when and which suites (every format says it alike). */
export function scoringText(run: ReportRun, messages: Messages, format: NumberFormat): string {
  const { revision, rescoredAt, suites } = run.scoring;
  const number = format.count(revision);
  return rescoredAt === null ? messages.scoringAsRun(number) : messages.scoringRescored(number, format.date(rescoredAt), suites.join(messages.comma));
}

/** "within noise", or which model is better when the gap is real. */
export function verdictText(context: RenderContext, row: ReportComparison): string {
  if (row.n === 0) return "–";
  if (row.withinNoise) return context.messages.withinNoise;
  return context.messages.significant(row.difference.estimate > 0 ? row.modelA : row.modelB);
}
