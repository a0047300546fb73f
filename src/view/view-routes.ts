import { comparePage } from "./pages/compare-page.js";
import { downloadPage } from "./pages/download-page.js";
import { itemPage } from "./pages/item-page.js";
import { itemsPage } from "./pages/items-page.js";
import { leaderboardPage } from "./pages/leaderboard-page.js";
import { pairPage } from "./pages/pair-page.js";
import { runsPage } from "./pages/runs-page.js";
import type { PageHandler } from "./view-context.js";

/** The run a page shows (an id or a unique prefix), for pages that `?revision=N` reads at an earlier scoring revision. */
type RunOfPage = (params: readonly string[], query: URLSearchParams) => string | null;
const runInPath: RunOfPage = (params) => params[0]!;

/** Every page by path; a new page is one handler and one line here. Captured groups are percent-decoded. */
const ROUTES: ReadonlyArray<{ path: RegExp; page: PageHandler; run?: RunOfPage }> = [
  { path: /^\/$/, page: runsPage },
  { path: /^\/runs\/([^/]+)$/, page: leaderboardPage, run: runInPath },
  { path: /^\/runs\/([^/]+)\/items$/, page: itemsPage, run: runInPath },
  { path: /^\/runs\/([^/]+)\/report\.(html|csv|json)$/, page: downloadPage, run: runInPath },
  { path: /^\/runs\/([^/]+)\/item$/, page: itemPage, run: runInPath },
  { path: /^\/compare$/, page: comparePage },
  { path: /^\/pair$/, page: pairPage, run: (_params, query) => query.get("run") || null },
];

type RouteMatch = { page: PageHandler; params: string[]; run?: RunOfPage } | "not-found" | "bad-path";

export function matchRoute(pathname: string): RouteMatch {
  for (const route of ROUTES) {
    const match = route.path.exec(pathname);
    if (!match) continue;
    try {
      return { page: route.page, params: match.slice(1).map((part) => decodeURIComponent(part)), ...(route.run ? { run: route.run } : {}) };
    } catch {
      return "bad-path"; // a malformed percent-escape
    }
  }
  return "not-found";
}
