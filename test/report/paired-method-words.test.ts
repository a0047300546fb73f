import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markdownWithCode } from "../../src/report/formats/markdown-text.js";
import { messagesFor, type ReportLanguage } from "../../src/report/i18n/messages.js";
import { renderReportToString } from "../../src/report/render-report.js";
import { openDatabase } from "../../src/store/open-store.js";
import { startViewServer, type ViewServer } from "../../src/view/view-server.js";
import { request } from "../view/http-get.js";
import { writeReportStore } from "./report-store.js";
import { STANDARD_STORE } from "./standard-store.js";

/**
 * Every pair is decided by one paired bootstrap (src/analysis/decision/paired-difference.ts). The report's rules, the
 * note under its comparisons and the dashboard's compare page say so in the same words, and nothing names a test
 * the code does not run.
 */
describe("the paired method, said once and the same everywhere", () => {
  let dir: string;
  let file: string;
  const runId = "20260101-000000-method";

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-method-"));
    file = path.join(dir, "k.db");
    writeReportStore(file, { ...STANDARD_STORE, runId });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const OTHER_TESTS: Record<ReportLanguage, RegExp> = { en: /McNemar|permutation/i, ja: /McNemar|並べ替え|permutation/i };

  for (const language of ["en", "ja"] as const) {
    const method = messagesFor(language).notes.pairedMethod;

    it(`is one of the rules and the comparisons' note in the ${language} HTML and Markdown reports`, () => {
      expect(messagesFor(language).howDecides.rules).toContain(method);
      const db = openDatabase(file);
      try {
        for (const format of ["html", "md"] as const) {
          const page = renderReportToString(db, runId, { format, language });
          // Once among the rules, once under the comparisons.
          expect(page.split(format === "md" ? markdownWithCode(method) : method).length - 1, format).toBe(2);
          expect(page, format).not.toMatch(OTHER_TESTS[language]);
        }
      } finally {
        db.close();
      }
    });

    it(`is the compare page's note in the ${language} dashboard`, async () => {
      const db = openDatabase(file);
      const server: ViewServer = await startViewServer({ db, language, port: 0, log: () => undefined });
      try {
        const reply = await request(`${server.url}compare?base=${runId}&cand=${runId}`);
        expect(reply.status).toBe(200);
        expect(reply.body).toContain(method);
        expect(reply.body).not.toMatch(OTHER_TESTS[language]);
      } finally {
        await server.close();
        db.close();
      }
    });
  }
});
