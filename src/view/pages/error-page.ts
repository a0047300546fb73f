import { html } from "../../report/html/html-template.js";
import type { Page, ViewContext } from "../view-context.js";

/** An error page that says what went wrong; the message may hold data (a run id from the URL) and is text. */
export function errorPage(view: ViewContext, status: number, message: string): Page {
  const { view: v } = view;
  const title = status === 404 ? v.notFound : status < 500 ? v.badRequest : v.serverError;
  return { status, title, body: html`<div class="error-page"><h1>${title}</h1><p>${message}</p><p><a href="/">${v.runs}</a></p></div>` };
}
