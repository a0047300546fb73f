import { KurabeError } from "../../errors.js";
import { findRun, type RunSummary } from "../../store/queries.js";
import type { Page, ViewContext } from "../view-context.js";
import { errorPage } from "./error-page.js";

/** The run a URL names (its id or a unique prefix), or the 404 page saying why there is none (findRun's reason). */
export function lookupRun(view: ViewContext, idOrPrefix: string): RunSummary | Page {
  try {
    return findRun(view.db, idOrPrefix);
  } catch (error) {
    if (error instanceof KurabeError && error.code === "input") return errorPage(view, 404, error.message);
    throw error;
  }
}

export function isPage(value: RunSummary | Page): value is Page {
  return "body" in value;
}
