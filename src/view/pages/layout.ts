import { html, trusted } from "../../report/html/html-template.js";
import { REPORT_CSS } from "../../report/html/report-style.js";
import type { Page, ViewContext } from "../view-context.js";
import { VIEW_CSS } from "../view-style.js";

/** A whole dashboard page around a page body: no script, no external resource; the CSP header forbids both anyway. */
export function renderLayout(view: ViewContext, page: Page): string {
  const { view: v, language } = view;
  return html`<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">
<title>${page.title} · kurabe</title><style>${trusted(REPORT_CSS)}${trusted(VIEW_CSS)}</style></head>
<body><nav class="topbar" aria-label="kurabe"><span class="brand">${v.dashboard}</span><a href="/">${v.runs}</a><a href="/compare">${v.compare}</a></nav>
<main>${page.body}</main>
</body></html>
`.value;
}
