import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type Database from "better-sqlite3";
import { KurabeError } from "../errors.js";
import { listen } from "../http/listen.js";
import type { ReportLanguage } from "../report/i18n/messages.js";
import { allowedHosts, hostForUrl } from "./host-guard.js";
import { errorPage } from "./pages/error-page.js";
import { renderLayout } from "./pages/layout.js";
import { createViewContext, type Page, type ViewContext } from "./view-context.js";
import { pageAtRevision } from "./revision-view.js";
import { parseRevision } from "./view-filter.js";
import { matchRoute } from "./view-routes.js";

interface ViewServerOptions {
  db: Database.Database;
  language: ReportLanguage;
  /** Default 127.0.0.1: the store holds every prompt and answer, so it is not served to the network unless asked. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where a page that failed to render is reported (default: stderr). */
  log?: (line: string) => void;
}

export interface ViewServer {
  /** `http://HOST:PORT/` */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Sent with every response. No script may run and nothing may load from anywhere (the pages need neither: charts
 * are inline SVG, styles inline), forms may only submit here, and no other site may frame the dashboard.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cache-Control": "no-store",
};

/** The local dashboard: server-rendered pages over the store, on node:http, read-only (GET and HEAD). */
export async function startViewServer(options: ViewServerOptions): Promise<ViewServer> {
  const host = options.host ?? "127.0.0.1";
  const view = createViewContext(options.db, options.language);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let hostAllowed: (header: string | undefined) => boolean = () => false;

  const server = createServer((req, res) => {
    if (!hostAllowed(req.headers.host)) {
      return sendText(res, 403, "kurabe view answers only its own address (a guard against DNS rebinding): open the URL it printed.\n");
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return sendText(res, 405, "kurabe view is read-only: GET and HEAD only.\n");
    }
    sendPage(req, res, view, renderRequest(view, req.url ?? "/", log));
  });

  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  hostAllowed = allowedHosts(host, port);
  return {
    url: `http://${hostForUrl(host)}:${port}/`,
    host,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function renderRequest(view: ViewContext, url: string, log: (line: string) => void): Page {
  if (!url.startsWith("/")) return errorPage(view, 400, url);
  const { pathname, searchParams } = new URL(url, "http://view.invalid");
  const route = matchRoute(pathname);
  if (route === "not-found") return errorPage(view, 404, pathname);
  if (route === "bad-path") return errorPage(view, 400, pathname);
  try {
    const request = { params: route.params, query: searchParams };
    const revision = parseRevision(searchParams);
    if (revision === "bad") return errorPage(view, 400, view.view.badRevision);
    const run = route.run?.(route.params, searchParams) ?? null;
    const render = () => (revision === null || run === null ? route.page(view, request) : pageAtRevision(view, run, revision, (at) => route.page(at, request)));
    // Downloads (whole reports) are rendered each time rather than held in memory.
    return view.pages.get(url, render, (page) => !page.download);
  } catch (error) {
    log(`kurabe view: ${pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return errorPage(view, 500, error instanceof KurabeError ? error.describe() : view.view.serverError);
  }
}

function sendPage(req: IncomingMessage, res: ServerResponse, view: ViewContext, page: Page): void {
  if (page.download) {
    const file = Buffer.from(page.download.body, "utf8");
    // The name is the run id reduced to safe characters: nothing from the store can break out of the header.
    const filename = page.download.filename.replace(/[^\w.-]/g, "_");
    res.writeHead(page.status, {
      ...SECURITY_HEADERS,
      "Content-Type": page.download.contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": file.length,
    });
    return void res.end(req.method === "HEAD" ? undefined : file);
  }
  const body = Buffer.from(renderLayout(view, page), "utf8");
  res.writeHead(page.status, { ...SECURITY_HEADERS, "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}
