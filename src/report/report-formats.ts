import { renderCsv } from "./formats/render-csv.js";
import { renderJson } from "./formats/render-json.js";
import { renderJunit } from "./formats/render-junit.js";
import { renderMarkdown } from "./formats/render-markdown.js";
import { renderHtml } from "./html/render-html.js";
import type { ReportItem } from "./model/report-types.js";
import type { RenderContext } from "./render-context.js";

export interface ReportFormatSpec {
  /** File extension for the default output name. */
  extension: string;
  /** Whether the format shows the per-item answers (only then are items read from the store). */
  showsItems: boolean;
  /** Items per suite shown when --items is not given; undefined: all. */
  defaultItemsPerSuite?: number;
  render(context: RenderContext, items: Iterable<ReportItem>): Iterable<string>;
}

/**
 * Every output format by name. HTML and Markdown show 1,000 items per suite unless told otherwise: a page of
 * 100,000 answers opens slowly in any browser. JSON, for machines, holds every item.
 */
export const REPORT_FORMATS = {
  html: { extension: "html", showsItems: true, defaultItemsPerSuite: 1000, render: renderHtml },
  md: { extension: "md", showsItems: true, defaultItemsPerSuite: 1000, render: renderMarkdown },
  json: { extension: "json", showsItems: true, render: renderJson },
  csv: { extension: "csv", showsItems: false, render: (context) => renderCsv(context) },
  junit: { extension: "xml", showsItems: false, render: (context) => renderJunit(context) },
} satisfies Record<string, ReportFormatSpec>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, value);
}
