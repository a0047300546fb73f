import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { comparePage } from "../../src/view/pages/compare-page.js";
import { leaderboardPage } from "../../src/view/pages/leaderboard-page.js";
import { runsPage } from "../../src/view/pages/runs-page.js";
import { createViewContext } from "../../src/view/view-context.js";
import { startViewServer } from "../../src/view/view-server.js";
import { FOUR_MODEL_STORE } from "../report/four-model-store.js";
import { writeReportStore } from "../report/report-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { request } from "./http-get.js";

const tempDir = useTempDirs();

describe("the dashboard carries the decision", () => {
  const file = path.join(tempDir(), "k.db");
  const runId = writeReportStore(file, FOUR_MODEL_STORE);
  const db = openDatabase(file);
  afterAll(() => db.close());
  const query = new URLSearchParams([["model", "gpt-4o"], ["model", "llama-3-8b-instruct"]]);

  it("lists each run with its headline: the leader and its overall score", () => {
    // Model ids are kept whole in a span (REPORT_CSS .id); the headline is read without it.
    const page = runsPage(createViewContext(db, "en"), { params: [], query: new URLSearchParams() }).body.value.replace(/<span class="id">([^<]*)<\/span>/g, "$1");
    expect(page).toContain("gpt-4o 88.7% (all suites)");
    const ja = runsPage(createViewContext(db, "ja"), { params: [], query: new URLSearchParams() }).body.value.replace(/<span class="id">([^<]*)<\/span>/g, "$1");
    expect(ja).toContain("gpt-4o 88.7%（全スイート平均）");
  });

  it("keeps a multi-model selection: both models selected in the form, only they in the tables", () => {
    const page = leaderboardPage(createViewContext(db, "en"), { params: [runId], query }).body.value;
    expect(page).toMatch(/<select name="model" multiple[^>]*>/);
    expect(page).toContain('<option value="gpt-4o" selected>');
    expect(page).toContain('<option value="llama-3-8b-instruct" selected>');
    expect(page).toContain('<option value="gpt-4o-mini">');
    const matrix = /<table class="matrix stack">([^]*?)<\/table>/.exec(page)![1]!;
    expect(matrix.match(/<tr><th scope="row">/g)).toHaveLength(2);
    expect(page).toContain('href="/runs/20261203-090000-four/report.csv?model=gpt-4o&amp;model=llama-3-8b-instruct"');
  });

  it("links the compare page to the items the candidate got worse on", () => {
    // A store of its own (each test's temporary directory is removed after it): the fixture run and a worse one.
    const own = path.join(tempDir(), "k.db");
    writeReportStore(own, FOUR_MODEL_STORE);
    const worse = writeReportStore(own, {
      ...FOUR_MODEL_STORE,
      runId: "20261204-090000-worse",
      result: (model, suite, i, sample) => ({ ...FOUR_MODEL_STORE.result(model, suite, i, sample)!, ...(suite === "mmlu" && i < 3 ? { passed: false } : {}) }),
    });
    const fresh = openDatabase(own);
    const page = comparePage(createViewContext(fresh, "en"), { params: [], query: new URLSearchParams({ base: runId, cand: worse, model: "gpt-4o" }) }).body.value;
    fresh.close();
    expect(page).toContain("Items the candidate got worse on");
    expect(page).toContain(`href="/runs/${worse}/item?suite=mmlu&amp;id=mmlu-000&amp;model=gpt-4o"`);
    expect(page).not.toContain("id=jcommonsenseqa-000");
  });

  it("offers the HTML report, CSV and JSON of the current filter as files", async () => {
    const server = await startViewServer({ db, language: "en", port: 0, log: () => undefined });
    try {
      const csv = await request(`${server.url}runs/${runId}/report.csv?${query}`);
      expect(csv.status).toBe(200);
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.headers["content-disposition"]).toBe('attachment; filename="kurabe-20261203-090000-four.csv"');
      const models = new Set(csv.body.trim().split("\r\n").slice(1).map((line) => line.split(",")[1]));
      expect([...models].sort()).toEqual(["gpt-4o", "llama-3-8b-instruct"]);
      const json = JSON.parse((await request(`${server.url}runs/${runId}/report.json?${query}`)).body) as { models: Array<{ modelId: string }> };
      expect(json.models.map((m) => m.modelId)).toEqual(["gpt-4o", "llama-3-8b-instruct"]);
      const html = await request(`${server.url}runs/${runId}/report.html`);
      expect(html.headers["content-disposition"]).toContain("attachment");
      expect(html.body).toMatch(/^<!DOCTYPE html>/);
      expect((await request(`${server.url}runs/${runId}/report.exe`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
