import { html } from "../../report/html/html-template.js";
import { iterateReportItems } from "../../report/model/load-items.js";
import { createRenderContext } from "../../report/render-context.js";
import { REPORT_FORMATS } from "../../report/report-formats.js";
import { loadFilteredReport } from "../filtered-report.js";
import type { Page, PageHandler } from "../view-context.js";
import { filterParams, parseFilter } from "../view-filter.js";
import { errorPage } from "./error-page.js";
import { isPage, lookupRun } from "./run-lookup.js";

/** What the run page offers to download, by the extension in its path. */
const DOWNLOADS = {
  html: { format: "html", contentType: "text/html; charset=utf-8" },
  csv: { format: "csv", contentType: "text/csv; charset=utf-8" },
  json: { format: "json", contentType: "application/json; charset=utf-8" },
} as const;

/**
 * `/runs/RUN/report.html|csv|json?suite=&model=&category=`: the report of the run page's current filter in that
 * format, built by the report's own renderers from the same filtered report the page shows, as a file to save.
 */
export const downloadPage: PageHandler = (view, request): Page => {
  const run = lookupRun(view, request.params[0]!);
  if (isPage(run)) return run;
  const extension = request.params[1] as keyof typeof DOWNLOADS;
  const download = DOWNLOADS[extension];
  if (!download) return errorPage(view, 404, extension);
  const filter = parseFilter(request.query);
  const report = view.reports.get(JSON.stringify([run.id, filterParams(filter)]), () => loadFilteredReport(view.db, run.id, filter));
  const spec = REPORT_FORMATS[download.format];
  const items = spec.showsItems
    ? iterateReportItems(view.db, run.id, {
        suites: report.suites.map((s) => s.name),
        models: report.models.map((m) => m.modelId),
        itemsPerSuite: "defaultItemsPerSuite" in spec ? spec.defaultItemsPerSuite : null,
      })
    : [];
  let body = "";
  for (const chunk of spec.render(createRenderContext(report, view.language), items)) body += chunk;
  return {
    status: 200,
    title: run.id,
    body: html``,
    download: { contentType: download.contentType, filename: `kurabe-${run.id}.${spec.extension}`, body },
  };
};
