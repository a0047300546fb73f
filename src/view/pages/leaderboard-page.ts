import { breakEvenSection, chartsSection } from "../../report/html/html-charts.js";
import { knowledgeBaseHtml } from "../../report/html/html-knowledge-base.js";
import { scoreMatrix } from "../../report/html/html-matrix.js";
import { promptVariantsHtml } from "../../report/html/html-prompt-variants.js";
import { recommendationSection } from "../../report/html/html-recommendation.js";
import { html, type SafeHtml } from "../../report/html/html-template.js";
import { withWholeIds } from "../../report/html/html-id.js";
import { comparisonsSection, ifevalTable, judgingTable, leaderboardTable, ratingsSection, runHeader } from "../../report/html/html-tables.js";
import { createRenderContext } from "../../report/render-context.js";
import { runModels, runSuites } from "../../store/queries.js";
import { latestScoringRevision } from "../../store/show-revision.js";
import { loadFilteredReport } from "../filtered-report.js";
import type { Page, PageHandler, ViewContext } from "../view-context.js";
import { filterParams, href, parseFilter, revisionParams, runPath, type ViewFilter } from "../view-filter.js";
import { filterForm } from "./filter-form.js";
import { isPage, lookupRun } from "./run-lookup.js";
import { SEPARATOR } from "../../report/html/html-separator.js";

/**
 * `/runs/RUN?suite=&model=&category=&revision=`: a run's leaderboard with intervals, charts, paired comparisons, the
 * knowledge-base chatbot section of a RAG run and what judging the chosen suites cost, built with the HTML report's
 * own pieces from the report narrowed to the filter, at the scoring revision asked for (default: the latest).
 */
export const leaderboardPage: PageHandler = (view, request): Page => {
  const run = lookupRun(view, request.params[0]!);
  if (isPage(run)) return run;
  const filter = parseFilter(request.query);
  const params = filterParams(filter);
  const report = view.reports.get(JSON.stringify([run.id, params]), () => loadFilteredReport(view.db, run.id, filter));
  const context = createRenderContext(report, view.language);
  const { messages: m, view: v } = view;
  const choices = { suites: runSuites(view.db, run.id), models: runModels(view.db, run.id) };
  return {
    status: 200,
    title: `${m.sections.leaderboard} · ${run.id}`,
    body: html`<div class="run-page">${runHeader(context)}
${revisionLinks(view, run.id, filter)}
${filterForm(view, runPath(run.id), filter, choices)}
<p class="downloads"><a href="${href(runPath(run.id, "/items"), params)}">${v.browseItems}</a>${SEPARATOR}${v.download}${m.colon}${(["html", "csv", "json"] as const).map((ext, i) => html`${i > 0 ? SEPARATOR : ""}<a href="${href(runPath(run.id, `/report.${ext}`), params)}" download>${v.downloads[ext]}</a>`)}</p>
<section id="recommendation"><h2>${m.sections.recommendation}</h2>${recommendationSection(context)}</section>
${report.knowledgeBase && html`<section id="knowledge-base"><h2>${m.sections.knowledgeBase}</h2>${knowledgeBaseHtml(context, report.knowledgeBase)}</section>`}
${report.prompts && html`<section id="prompts"><h2>${m.sections.prompts}</h2>${promptVariantsHtml(context, report.prompts)}</section>`}
<section id="matrix"><h2>${m.sections.matrix}</h2>${scoreMatrix(context)}</section>
<section id="leaderboard"><h2>${m.sections.leaderboard}</h2>${leaderboardTable(context)}</section>
<section id="charts"><h2>${m.sections.charts}</h2>${chartsSection(context)}</section>
${report.breakEven && html`<section id="break-even"><h2>${m.sections.breakEven}</h2>${breakEvenSection(context, report.breakEven)}</section>`}
<section id="comparisons"><h2>${m.sections.comparisons}</h2>${comparisonsSection(context)}${pairLinks(view, run.id, report.models.map((model) => model.modelId), filter.revision)}</section>
${report.ratings.length > 0 && html`<section id="ratings"><h2>${m.sections.ratings}</h2>${ratingsSection(context)}</section>`}
${report.entries.some((e) => e.ifeval) && html`<section id="ifeval"><h2>${m.sections.ifeval}</h2>${ifevalTable(context)}</section>`}
${report.judging.length > 0 && html`<section id="judging"><h2>${m.sections.judging}</h2>${judgingTable(context)}</section>`}</div>`,
  };
};

/**
 * Links to each scoring revision of a rescored run (the one shown unlinked), the page's filter kept: the header says
 * which revision is shown, these pick another (`?revision=N`; the latest is the page without it).
 */
function revisionLinks(view: ViewContext, runId: string, filter: ViewFilter): SafeHtml {
  const latest = latestScoringRevision(view.db, runId);
  if (latest === 1) return html``;
  const { view: v, format: f } = view;
  const shown = filter.revision ?? latest;
  const params = filterParams({ ...filter, revision: null });
  const links = Array.from({ length: latest }, (_, i) => {
    const revision = i + 1;
    const label = revision === latest ? v.latestRevision(f.count(revision)) : f.count(revision);
    if (revision === shown) return html`<strong aria-current="page">${label}</strong>`;
    return html`<a href="${href(runPath(runId), [...params, ...revisionParams(revision === latest ? null : revision)])}">${label}</a>`;
  });
  return html`<p class="revisions">${v.revisions}${view.messages.colon}${links.map((link, i) => html`${i > 0 ? SEPARATOR : ""}${link}`)}</p>`;
}

/** Links to each pair of the run's models, item by item where they disagree (the pair page). */
function pairLinks(view: ViewContext, runId: string, models: readonly string[], revision: number | null | undefined): SafeHtml {
  const pairs = models.flatMap((a, i) => models.slice(i + 1).map((b) => [a, b] as const));
  if (pairs.length === 0) return html``;
  return html`<h3>${view.view.pair.heading}</h3><ul class="pair-links">${pairs.map(
    ([a, b]) => html`<li><a href="${href("/pair", [["run", runId], ["a", a], ["b", b], ...revisionParams(revision)])}">${withWholeIds(view.view.pair.title(a, b), [a, b])}</a></li>`,
  )}</ul>`;
}
