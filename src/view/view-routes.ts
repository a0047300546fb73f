import { comparePage } from "./pages/compare-page.js";
import { downloadPage } from "./pages/download-page.js";
import { itemPage } from "./pages/item-page.js";
import { itemsPage } from "./pages/items-page.js";
import { leaderboardPage } from "./pages/leaderboard-page.js";
import { pairPage } from "./pages/pair-page.js";
import { runsPage } from "./pages/runs-page.js";
import type { PageHandler } from "./view-context.js";

/** Every page by path; a new page is one handler and one line here. Captured groups are percent-decoded. */
const ROUTES: ReadonlyArray<{ path: RegExp; page: PageHandler }> = [
  { path: /^\/$/, page: runsPage },
  { path: /^\/runs\/([^/]+)$/, page: leaderboardPage },
  { path: /^\/runs\/([^/]+)\/items$/, page: itemsPage },
  { path: /^\/runs\/([^/]+)\/report\.(html|csv|json)$/, page: downloadPage },
  { path: /^\/runs\/([^/]+)\/item$/, page: itemPage },
  { path: /^\/compare$/, page: comparePage },
  { path: /^\/pair$/, page: pairPage },
];

export type RouteMatch = { page: PageHandler; params: string[] } | "not-found" | "bad-path";

export function matchRoute(pathname: string): RouteMatch {
  for (const route of ROUTES) {
    const match = route.path.exec(pathname);
    if (!match) continue;
    try {
      return { page: route.page, params: match.slice(1).map((part) => decodeURIComponent(part)) };
    } catch {
      return "bad-path"; // a malformed percent-escape
    }
  }
  return "not-found";
}
