import { html, withCode, type SafeHtml } from "../../report/html/html-template.js";
import { withWholeIds } from "../../report/html/html-id.js";
import { loadLeaderboard } from "../../report/load-leaderboard.js";
import { overallQuality } from "../../report/model/model-overview.js";
import { listRuns, runModels, runSuites, type RunSummary } from "../../store/queries.js";
import { loadRunInfo } from "../../report/model/report-queries.js";
import { runStatusText } from "../../report/run-status-text.js";
import type { Page, PageHandler, ViewContext } from "../view-context.js";
import { runPath } from "../view-filter.js";
import { compareForm } from "./compare-form.js";

/** `/`: every stored run, newest first, and a form to compare two of them. */
export const runsPage: PageHandler = (view): Page => {
  const { view: v } = view;
  const runs = listRuns(view.db);
  if (runs.length === 0) return { status: 200, title: v.runs, body: html`<h1>${v.runs}</h1><p>${withCode(v.noRuns)}</p>` };
  const c = v.columns;
  return {
    status: 200,
    title: v.runs,
    body: html`<h1>${v.runs}</h1>
<div class="table-wrap"><table class="runs stack"><thead><tr><th>${c.run}</th><th>${c.status}</th><th>${c.started}</th><th>${c.finished}</th>
<th>${c.headline}</th><th>${c.description}</th><th>${c.models}</th><th>${c.suites}</th><th class="num">${c.answers}</th></tr></thead><tbody>
${runs.map((run) => runRow(view, run))}
</tbody></table></div>
<h2>${v.compare}</h2>${compareForm(view, runs, { base: runs[1]?.id ?? runs[0]!.id, cand: runs[0]!.id, model: null })}`,
  };
};

/** The run's leader: the model with the highest overall score (the report's own overall score), and that score. */
function headline(view: ViewContext, run: RunSummary): string {
  const board = loadLeaderboard(view.db, run.id);
  const ranked = board.models
    .map((model) => ({ model: model.modelId, quality: overallQuality(board.entries.filter((e) => e.modelId === model.modelId)) }))
    .filter((m): m is { model: string; quality: number } => m.quality !== null)
    .sort((a, b) => b.quality - a.quality);
  const leader = ranked[0];
  return leader ? view.view.headline(leader.model, view.format.percent(leader.quality)) : "–";
}

function runRow(view: ViewContext, run: RunSummary): SafeHtml {
  const { db, messages: m, format: f } = view;
  const description = db.prepare("SELECT json_extract(config_json, '$.description') FROM runs WHERE id = ?").pluck().get(run.id) as string | null;
  const answers = db.prepare("SELECT count(*) FROM responses WHERE run_id = ?").pluck().get(run.id) as number;
  const c = view.view.columns;
  const models = runModels(db, run.id).map((model) => model.modelId);
  return html`<tr><td data-label="${c.run}"><a href="${runPath(run.id)}">${run.id}</a></td><td data-label="${c.status}">${runStatusText(m, loadRunInfo(db, run.id))}</td>
<td data-label="${c.started}">${f.date(run.createdAt)}</td><td data-label="${c.finished}">${f.date(run.finishedAt)}</td><td data-label="${c.headline}">${withWholeIds(headline(view, run), models)}</td>
<td data-label="${c.description}">${withWholeIds(description ?? "", models)}</td><td data-label="${c.models}">${withWholeIds(models.join(m.comma), models)}</td>
<td data-label="${c.suites}">${runSuites(db, run.id).map((suite) => suite.name).join(m.comma)}</td><td class="num" data-label="${c.answers}">${f.count(answers)}</td></tr>`;
}
