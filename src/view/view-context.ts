import type Database from "better-sqlite3";
import type { SafeHtml } from "../report/html/html-template.js";
import { messagesFor, type Messages, type ReportLanguage } from "../report/i18n/messages.js";
import { numberFormat, type NumberFormat } from "../report/i18n/number-format.js";
import type { SuiteComparison } from "../report/compare-runs.js";
import type { Report } from "../report/model/report-types.js";
import { StoreCache } from "./store-cache.js";
import { viewMessagesFor, type ViewMessages } from "./view-messages.js";

/** What every page renders with: the store, the labels of both the report and the dashboard, and the caches. */
export interface ViewContext {
  db: Database.Database;
  language: ReportLanguage;
  messages: Messages;
  view: ViewMessages;
  format: NumberFormat;
  reports: StoreCache<Report>;
  comparisons: StoreCache<SuiteComparison[]>;
  /** Rendered pages by URL: a page is a function of the store and its URL, so asked again it is not rendered again. */
  pages: StoreCache<Page>;
}

export function createViewContext(db: Database.Database, language: ReportLanguage): ViewContext {
  const messages = messagesFor(language);
  return {
    db,
    language,
    messages,
    view: viewMessagesFor(language),
    format: numberFormat(messages),
    reports: new StoreCache(db),
    comparisons: new StoreCache(db, 32),
    pages: new StoreCache(db, 64),
  };
}

/** A request as a page sees it: the path's captured parts (decoded) and the query. */
interface ViewRequest {
  params: string[];
  query: URLSearchParams;
}

/** A rendered page: its status, title and body (the layout adds the rest), or a file to save instead. */
export interface Page {
  status: number;
  title: string;
  body: SafeHtml;
  download?: { contentType: string; filename: string; body: string };
}

export type PageHandler = (view: ViewContext, request: ViewRequest) => Page;
