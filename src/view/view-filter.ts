/** What the dashboard's pages narrow a run to, read from query parameters (each may repeat: `?model=a&model=b`). */
export interface ViewFilter {
  suites: string[];
  models: string[];
  categories: string[];
  /** `?revision=N`: the run read at that scoring revision (src/view/revision-view.ts), as `--revision N` reads it; absent or null: the latest. */
  revision?: number | null;
}

/** An item's result for a model: what `?outcome=` keeps. */
export const OUTCOMES = ["pass", "fail", "error", "skipped"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function parseFilter(query: URLSearchParams): ViewFilter {
  return { suites: values(query, "suite"), models: values(query, "model"), categories: values(query, "category"), revision: revisionOf(query) };
}

/** `?revision=N`, a whole number from 1; null when absent, "bad" when it is something else (a bad request). */
export function parseRevision(query: URLSearchParams): number | null | "bad" {
  const text = query.get("revision");
  if (text === null || text === "") return null;
  return /^[1-9]\d{0,8}$/.test(text) ? Number(text) : "bad";
}

/** The revision as a query parameter, for links that keep it (none for the latest). */
export function revisionParams(revision: number | null | undefined): Array<[string, string]> {
  return revision == null ? [] : [["revision", String(revision)]];
}

export function parseOutcome(query: URLSearchParams): Outcome | null {
  const value = query.get("outcome");
  return value !== null && (OUTCOMES as readonly string[]).includes(value) ? (value as Outcome) : null;
}

/** `?disagree=1`: only the items where the models' verdicts differ (src/view/item-queries.ts says how). */
export function parseDisagree(query: URLSearchParams): boolean {
  return query.get("disagree") === "1";
}

/** A 1-based page number; anything else (missing, zero, text) is the first page. */
export function parsePage(query: URLSearchParams): number {
  const page = Number(query.get("page"));
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** Whether `value` passes a filter list (an empty list keeps everything). */
export function keeps(list: readonly string[], value: string): boolean {
  return list.length === 0 || list.includes(value);
}

/** The filter as query parameters, in a stable order (also the cache key of a filtered report). */
export function filterParams(filter: ViewFilter): Array<[string, string]> {
  return [
    ...filter.suites.map((v): [string, string] => ["suite", v]),
    ...filter.models.map((v): [string, string] => ["model", v]),
    ...filter.categories.map((v): [string, string] => ["category", v]),
    ...revisionParams(filter.revision),
  ];
}

/** A link to `path` with query parameters; every part is percent-encoded, so data never changes the URL's shape. */
export function href(path: string, params: ReadonlyArray<readonly [string, string]> = []): string {
  const query = new URLSearchParams(params.map(([k, v]): [string, string] => [k, v])).toString();
  return query ? `${path}?${query}` : path;
}

/** The path of a run's pages: `/runs/ID` plus a sub-path. */
export function runPath(runId: string, sub = ""): string {
  return `/runs/${encodeURIComponent(runId)}${sub}`;
}

function revisionOf(query: URLSearchParams): number | null {
  const revision = parseRevision(query);
  return revision === "bad" ? null : revision;
}

function values(query: URLSearchParams, name: string): string[] {
  return [...new Set(query.getAll(name).filter((value) => value !== ""))].sort();
}
