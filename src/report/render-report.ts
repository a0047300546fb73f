import type Database from "better-sqlite3";
import type { ReportLanguage } from "./i18n/messages.js";
import type { ReportOptions } from "./model/assemble-report.js";
import { iterateReportItems } from "./model/load-items.js";
import { loadReport } from "./model/load-report.js";
import type { Report } from "./model/report-types.js";
import { createRenderContext } from "./render-context.js";
import { REPORT_FORMATS, type ReportFormat, type ReportFormatSpec } from "./report-formats.js";

interface RenderReportOptions extends ReportOptions {
  format: ReportFormat;
  language: ReportLanguage;
}

/**
 * A run's report in one format, as a stream of text chunks: the report model is built first (small), then the
 * items are read one at a time while the chunks are consumed. Pass the chunks to a file or join them.
 */
export function renderReport(db: Database.Database, runId: string, options: RenderReportOptions): { report: Report; chunks: Iterable<string> } {
  const spec: ReportFormatSpec = REPORT_FORMATS[options.format];
  const itemsPerSuite = options.itemsPerSuite === undefined ? (spec.defaultItemsPerSuite ?? null) : options.itemsPerSuite;
  const report = loadReport(db, runId, { ...options, itemsPerSuite });
  const items = spec.showsItems
    ? iterateReportItems(db, runId, {
        suites: report.suites.map((s) => s.name),
        models: report.models.map((m) => m.modelId),
        itemsPerSuite,
      })
    : [];
  return { report, chunks: spec.render(createRenderContext(report, options.language), items) };
}

/** The whole report as one string (tests, small runs). */
export function renderReportToString(db: Database.Database, runId: string, options: RenderReportOptions): string {
  let out = "";
  for (const chunk of renderReport(db, runId, options).chunks) out += chunk;
  return out;
}
