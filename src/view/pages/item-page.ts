import type Database from "better-sqlite3";
import { itemDetails } from "../../report/html/html-items.js";
import { html, trusted, type SafeHtml } from "../../report/html/html-template.js";
import { assembleReport } from "../../report/model/assemble-report.js";
import { buildLeaderboard } from "../../report/leaderboard.js";
import { loadModelCosts, loadRunInfo } from "../../report/model/report-queries.js";
import type { Report } from "../../report/model/report-types.js";
import { ScoreCollector } from "../../report/model/score-collector.js";
import { createRenderContext } from "../../report/render-context.js";
import { runModels, runSuites } from "../../store/queries.js";
import { neighbourItems } from "../item-queries.js";
import { loadItem } from "../load-item.js";
import { itemVerdicts } from "../pair-queries.js";
import { pairVerdicts } from "./pair-verdicts.js";
import type { Page, PageHandler } from "../view-context.js";
import { href, parseFilter, revisionParams, runPath } from "../view-filter.js";
import { errorPage } from "./error-page.js";
import { isPage, lookupRun } from "./run-lookup.js";
import { SEPARATOR } from "../../report/html/html-separator.js";

/**
 * `/runs/RUN/item?suite=&id=&model=`: one item drilled down: its question, choices and expected answer, and every
 * model's answer (or the filter's models'), reasoning trace and scores with detail and evidence, rendered by the
 * HTML report's item piece, opened.
 */
export const itemPage: PageHandler = (view, request): Page => {
  const run = lookupRun(view, request.params[0]!);
  if (isPage(run)) return run;
  const { view: v } = view;
  const suite = request.query.get("suite") ?? "";
  const itemId = request.query.get("id") ?? "";
  const { models, revision } = parseFilter(request.query);
  const report = reportWithoutStatistics(view.db, run.id);
  const item = loadItem(view.db, run.id, suite, itemId, models, report.models.map((m) => m.modelId));
  if (!item) return errorPage(view, 404, v.itemNotFound(suite, itemId));
  const context = createRenderContext(report, view.language);
  const modelParams = [...models.map((model): [string, string] => ["model", model]), ...revisionParams(revision)];
  const itemLink = (id: string) => href(runPath(run.id, "/item"), [["suite", suite], ["id", id], ...modelParams]);
  const { previous, next } = neighbourItems(view.db, run.id, suite, item.position);
  const itemNav = html`<nav class="item-nav" aria-label="${v.items}">${
    previous === null ? html`<span></span>` : html`<a href="${itemLink(previous)}" rel="prev">${v.previousItem}</a>`
  }${next === null ? html`<span></span>` : html`<a href="${itemLink(next)}" rel="next">${v.nextItem}</a>`}</nav>`;
  return {
    status: 200,
    title: `${suite} · ${itemId}`,
    body: html`<p class="breadcrumbs"><a href="/">${v.runs}</a> › <a href="${href(runPath(run.id), revisionParams(revision))}">${run.id}</a> › <a href="${href(
      runPath(run.id, "/items"),
      [["suite", suite], ...modelParams],
    )}">${v.allItems}</a></p>
<h1>${suite}${SEPARATOR}${itemId}</h1>
${itemNav}
${models.length > 0 && html`<p class="muted">${v.showingModels(models.join(view.messages.comma))}</p>`}
${opened(itemDetails(context, item))}
${pairVerdicts(view, itemVerdicts(view.db, run.id, suite, itemId))}
${itemNav}`,
  };
};

/** The report's item piece is a collapsed <details>; on its own page the item is what the reader came for. */
export function opened(details: SafeHtml): SafeHtml {
  const start = '<details class="item">';
  return details.value.startsWith(start) ? trusted(`<details class="item" open>${details.value.slice(start.length)}`) : details;
}

/**
 * The report's run and models without any statistic (the report pipeline over no results): all an item needs to
 * render (model labels and notes), at the cost of a few rows, where the run's full report costs seconds.
 */
export function reportWithoutStatistics(db: Database.Database, runId: string): Report {
  const board = buildLeaderboard(runId, runModels(db, runId), runSuites(db, runId), [], loadModelCosts(db, runId));
  return assembleReport({ run: loadRunInfo(db, runId), board: { ...board, entries: [] }, scores: new ScoreCollector(), verdicts: [] });
}
