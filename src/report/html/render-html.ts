import type { ReportItem } from "../model/report-types.js";
import type { RenderContext } from "../render-context.js";
import { breakEvenSection, chartsSection } from "./html-charts.js";
import { itemDetails } from "./html-items.js";
import { scoreMatrix } from "./html-matrix.js";
import { recommendationSection } from "./html-recommendation.js";
import { html, trusted, type SafeHtml } from "./html-template.js";
import { comparisonsSection, ifevalTable, judgingTable, leaderboardTable, ratingsSection, runHeader } from "./html-tables.js";
import { REPORT_CSS } from "./report-style.js";
import { knowledgeBaseHtml } from "./html-knowledge-base.js";
import { promptVariantsHtml } from "./html-prompt-variants.js";

/**
 * No script runs and nothing loads from anywhere: even if some model output slipped through as markup, the browser
 * would refuse to execute or fetch it.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/**
 * The report as one self-contained HTML page, yielded in pieces: the summary first, then the items one at a time
 * as they are read from the store, so the page is never held whole in memory.
 */
export function* renderHtml(context: RenderContext, items: Iterable<ReportItem>): Generator<string> {
  const { report, messages: m, language } = context;
  const sections: Array<{ id: string; title: string; body: () => SafeHtml }> = [
    { id: "recommendation", title: m.sections.recommendation, body: () => recommendationSection(context) },
    { id: "matrix", title: m.sections.matrix, body: () => scoreMatrix(context) },
    { id: "leaderboard", title: m.sections.leaderboard, body: () => leaderboardTable(context) },
    { id: "charts", title: m.sections.charts, body: () => chartsSection(context) },
  ];
  const knowledgeBase = report.knowledgeBase;
  const prompts = report.prompts;
  if (prompts) sections.splice(1, 0, { id: "prompts", title: m.sections.prompts, body: () => promptVariantsHtml(context, prompts) });
  if (knowledgeBase) sections.splice(1, 0, { id: "knowledge-base", title: m.sections.knowledgeBase, body: () => knowledgeBaseHtml(context, knowledgeBase) });
  const breakEven = report.breakEven;
  if (breakEven) sections.push({ id: "break-even", title: m.sections.breakEven, body: () => breakEvenSection(context, breakEven) });
  sections.push({ id: "comparisons", title: m.sections.comparisons, body: () => comparisonsSection(context) });
  if (report.ratings.length > 0) sections.push({ id: "ratings", title: m.sections.ratings, body: () => ratingsSection(context) });
  if (report.entries.some((e) => e.ifeval)) sections.push({ id: "ifeval", title: m.sections.ifeval, body: () => ifevalTable(context) });
  if (report.judging.length > 0) sections.push({ id: "judging", title: m.sections.judging, body: () => judgingTable(context) });
  const nav = [...sections, { id: "items", title: m.sections.items }];

  yield html`<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${m.title} · ${report.run.id}</title><style>${trusted(REPORT_CSS)}</style></head>
<body class="run-page">
${runHeader(context)}
<nav aria-label="${m.contents}"><ol>${nav.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}</ol></nav>
`.value;
  for (const section of sections) {
    yield html`<section id="${section.id}"><h2>${section.title}</h2>${section.body()}</section>\n`.value;
  }
  yield html`<section id="items"><h2>${m.sections.items}</h2>\n`.value;
  let suite: string | null = null;
  for (const item of items) {
    if (item.suite !== suite) {
      suite = item.suite;
      yield suiteHeading(context, suite).value;
    }
    yield itemDetails(context, item).value;
  }
  yield "</section>\n</body></html>\n";
}

function suiteHeading(context: RenderContext, suite: string): SafeHtml {
  const { report, messages: m, format: f } = context;
  const total = report.suites.find((s) => s.name === suite)?.itemCount ?? 0;
  const limit = report.settings.itemsPerSuite;
  const note = limit !== null && limit < total ? html`<p class="muted">${m.items.shown(f.count(limit), f.count(total))}</p>` : html``;
  return html`<h3>${suite}</h3>${note}\n`;
}
