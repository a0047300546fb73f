import { KurabeError } from "../errors.js";
import { openDatabase } from "../store/open-store.js";
import { findRun } from "../store/queries.js";
import { showScoringRevision } from "../store/show-revision.js";
import { errorPage } from "./pages/error-page.js";
import type { Page, ViewContext } from "./view-context.js";

/**
 * A page of a run at an earlier scoring revision (`?revision=N`), as `kurabe report --revision N` reads it: rendered
 * over a connection of its own whose temporary views show the run as it was then (showScoringRevision), so the
 * dashboard's shared connection, and every other page, keep showing the latest. The connection lives for one render.
 * A revision the run lacks is a 404 saying which it has.
 */
export function pageAtRevision(view: ViewContext, runIdOrPrefix: string, revision: number, render: (view: ViewContext) => Page): Page {
  let runId: string;
  try {
    runId = findRun(view.db, runIdOrPrefix).id;
  } catch (error) {
    if (error instanceof KurabeError && error.code === "input") return errorPage(view, 404, error.message);
    throw error;
  }
  const db = openDatabase(view.db.name, { mustExist: true });
  try {
    try {
      showScoringRevision(db, [{ runId, revision }]);
    } catch (error) {
      if (error instanceof KurabeError && error.code === "input") return errorPage(view, 404, error.message);
      throw error;
    }
    return render({ ...view, db });
  } finally {
    db.close();
  }
}
