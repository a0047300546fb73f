import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { compareCommand } from "../../src/cli/compare.js";
import { compareSides, type SuiteComparison } from "../../src/report/compare-runs.js";
import { messagesFor } from "../../src/report/i18n/messages.js";
import { numberFormat } from "../../src/report/i18n/number-format.js";
import { loadReport } from "../../src/report/model/load-report.js";
import type { Report } from "../../src/report/model/report-types.js";
import { renderReportToString } from "../../src/report/render-report.js";
import { renderLeaderboardTable } from "../../src/report/terminal-table.js";
import { openDatabase } from "../../src/store/open-store.js";
import { resultsJson } from "../../src/report/results-json.js";
import { comparePage } from "../../src/view/pages/compare-page.js";
import { downloadPage } from "../../src/view/pages/download-page.js";
import { leaderboardPage } from "../../src/view/pages/leaderboard-page.js";
import { createViewContext } from "../../src/view/view-context.js";
import { useTempDirs } from "../support/temp-dir.js";
import { FOUR_MODEL_LATER_STORE, FOUR_MODEL_STORE } from "./four-model-store.js";
import { itemId, writeReportStore } from "./report-store.js";
import { MIN_VERDICTS } from "../../src/analysis/stats/bradley-terry.js";

const tempDir = useTempDirs();
const f = numberFormat(messagesFor("en"));

/** The text of every cell of every body row of the first `<table class="…name…">`, tags and <wbr> removed. */
function htmlRows(page: string, name: string): string[][] {
  const [first] = htmlTables(page, name);
  if (!first) throw new Error(`no table ${name}`);
  return first;
}

/** htmlRows of every `<table class="…name…">`, in page order. */
function htmlTables(page: string, name: string): string[][][] {
  return [...page.matchAll(new RegExp(`<table class="[^"]*\\b${name}\\b[^"]*"[^>]*>([^]*?)</table>`, "g"))].map((table) => {
    const body = /<tbody>([^]*?)<\/tbody>/.exec(table[1]!)![1]!;
    return [...body.matchAll(/<tr[^>]*>([^]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map((cell) =>
        unescape(cell[1]!.replace(/<small class="category">[^<]*<\/small>/g, "").replace(/<[^>]+>/g, "")).trim(),
      ),
    );
  });
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** Body rows of the Markdown table under `## heading`. */
function markdownRows(md: string, heading: string): string[][] {
  const lines = md.slice(md.indexOf(`## ${heading}\n`)).split("\n").slice(2);
  const table = lines.slice(0, lines.indexOf(""));
  return table.slice(2).map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\(.)/g, "$1").replace(/^\*\*|\*\*$/g, "")));
}

/** Per model × suite, what every place must print, formatted once from the decision model. */
function expectedCells(report: Report) {
  return report.entries.map((e) => ({
    key: `${e.modelId}|${e.suite}`,
    score: f.percent(e.score),
    interval: f.percentInterval(e.interval),
    p50: f.ms(e.latencyP50Ms),
    costPerCorrect: f.usd(e.costPerCorrectUsd),
  }));
}

describe("one decision model, the same numbers in every place (four models, five suites)", () => {
  const file = path.join(tempDir(), "k.db");
  const runId = writeReportStore(file, FOUR_MODEL_STORE);
  const db = openDatabase(file);
  const report = loadReport(db, runId);
  const expected = expectedCells(report);
  const byKey = new Map(expected.map((cells) => [cells.key, cells]));

  it("prices every model, the self-hosted ones from hosting:, and scores every cell", () => {
    expect(report.models.map((m) => m.pricing.kind)).toEqual(["api", "api", "self-hosted", "self-hosted"]);
    expect(report.entries.every((e) => e.costPerCorrectUsd !== null && e.interval !== null && e.latencyP50Ms !== null)).toBe(true);
    // A cached answer is priced (gpt-4o never costs $0) and the cache's part is shown apart.
    const cached = report.entries.find((e) => e.modelId === "gpt-4o" && e.suite === "mmlu")!;
    expect(cached.cached).toBe(15);
    expect(cached.cacheSavingsUsd).toBeGreaterThan(0);
    expect(cached.costUsd).toBeGreaterThan(cached.cacheSavingsUsd!);
  });

  it("the HTML report's leaderboard and the dashboard's run page print the decision model's figures", () => {
    const pages = {
      html: renderReportToString(db, runId, { format: "html", language: "en", itemsPerSuite: 0 }),
      dashboard: leaderboardPage(createViewContext(db, "en"), { params: [runId], query: new URLSearchParams() }).body.value,
    };
    for (const [place, page] of Object.entries(pages)) {
      const rows = htmlRows(page, "leaderboard");
      expect(rows, place).toHaveLength(expected.length);
      // The category is printed under the suite (dropped by htmlRows).
      for (const [model, suite, score, interval, , , , p50, , , , , , costPerCorrect] of rows) {
        expect({ score, interval, p50, costPerCorrect }, `${place} ${model} ${suite}`).toEqual(pick(byKey.get(`${model}|${suite}`)!));
      }
    }
  });

  it("the Markdown report, the terminal table, the JUnit output and the CSV print the same figures", () => {
    const md = renderReportToString(db, runId, { format: "md", language: "en", itemsPerSuite: 0 });
    const mdRows = markdownRows(md, "Leaderboard");
    expect(mdRows).toHaveLength(expected.length);
    for (const [model, suite, , score, interval, , , , p50, , , , , , costPerCorrect] of mdRows) {
      expect({ score, interval, p50, costPerCorrect }, `md ${model} ${suite}`).toEqual(pick(byKey.get(`${model}|${suite}`)!));
    }
    const terminal = renderLeaderboardTable(report).split("\n").filter((line) => /^│ \S/.test(line) && !line.includes(" model "));
    expect(terminal).toHaveLength(expected.length);
    for (const line of terminal) {
      const [model, suite, scoreAndInterval, , , p50, , , costPerCorrect] = line.split("│").slice(1, -1).map((cell) => cell.trim());
      const cells = byKey.get(`${model}|${suite}`)!;
      expect({ scoreAndInterval, p50, costPerCorrect }, `terminal ${model} ${suite}`).toEqual({
        scoreAndInterval: `${cells.score} ${cells.interval}`,
        p50: cells.p50,
        costPerCorrect: cells.costPerCorrect,
      });
    }
    const junit = renderReportToString(db, runId, { format: "junit", language: "en" });
    for (const match of junit.matchAll(/classname="kurabe\.([^"]+)" name="([^"]+)">[^]*?<system-out>([^]*?)<\/system-out>/g)) {
      const cells = byKey.get(`${match[2]}|${match[1]}`)!;
      expect(match[3]).toContain(`Score ${cells.score} (95% CI ${cells.interval})`);
      expect(match[3]).toContain(`Latency p50 ${cells.p50}`);
    }
    const [header, ...lines] = renderReportToString(db, runId, { format: "csv", language: "en" }).trim().split("\r\n");
    const column = (name: string) => header!.split(",").indexOf(name);
    for (const line of lines) {
      const cells = line.split(",");
      const entry = report.entries.find((e) => e.modelId === cells[column("model")] && e.suite === cells[column("suite")])!;
      expect(Number(cells[column("ci_low")])).toBe(entry.interval!.low);
      expect(Number(cells[column("ci_high")])).toBe(entry.interval!.high);
      expect(Number(cells[column("cost_per_correct_usd")])).toBe(entry.costPerCorrectUsd);
      expect(Number(cells[column("latency_p50_ms")])).toBe(entry.latencyP50Ms);
    }
  });

  it("kurabe compare and the dashboard's compare page show the report's intervals and paired differences", () => {
    for (const model of report.models) {
      const rows = compareSides(db, { runId, modelId: "gpt-4o-mini" }, { runId, modelId: model.modelId });
      for (const row of rows) {
        expect(row.candidate, `${model.modelId} ${row.suite}`).toEqual(report.entries.find((e) => e.modelId === model.modelId && e.suite === row.suite)!.interval);
        if (model.modelId === "gpt-4o-mini") continue;
        // The report stores a − b in config order; compare prints after − before: the same numbers, mirrored if need be.
        const stored = report.comparisons.find((c) => c.suite === row.suite && [c.modelA, c.modelB].includes(model.modelId) && [c.modelA, c.modelB].includes("gpt-4o-mini"))!;
        const sign = stored.modelA === model.modelId ? 1 : -1;
        expect(row.comparison.difference.estimate).toBeCloseTo(sign * stored.difference.estimate, 15);
        expect(sign > 0 ? row.comparison.difference.low : -row.comparison.difference.high).toBeCloseTo(stored.difference.low, 15);
        expect(row.comparison.pValue).toBeCloseTo(stored.pValue, 15);
        expect(row.verdict === "within-noise").toBe(stored.withinNoise);
      }
    }
    const page = comparePage(createViewContext(db, "en"), { params: [], query: new URLSearchParams({ base: runId, cand: runId }) }).body.value;
    const rows = htmlRows(page, "run-comparison");
    expect(rows).toHaveLength(expected.length / report.models.length);
    for (const [suite, , baseline] of rows) {
      const cells = byKey.get(`gpt-4o|${suite}`)!;
      expect(baseline).toBe(`${cells.score} ${cells.interval}`);
    }
  });

  it("the All suites column of the report's and the dashboard's table prints each model's overall score and interval", () => {
    const pages = {
      html: renderReportToString(db, runId, { format: "html", language: "en", itemsPerSuite: 0 }),
      dashboard: leaderboardPage(createViewContext(db, "en"), { params: [runId], query: new URLSearchParams() }).body.value,
    };
    expect(report.overview.every((o) => o.interval !== null && o.interval.low < o.quality! && o.quality! < o.interval.high)).toBe(true);
    for (const [place, page] of Object.entries(pages)) {
      const matrix = /<table class="matrix[^"]*">([^]*?)<\/table>/.exec(page)![1]!;
      const cells = [...matrix.matchAll(/<th scope="row">([^]*?)<\/th>[^]*?<td[^>]*data-label="All suites">([^]*?)<\/td>/g)];
      expect(cells, place).toHaveLength(report.models.length);
      for (const [, model, cell] of cells) {
        const overview = report.overview.find((o) => o.modelId === unescape(model!.replace(/<[^>]+>/g, "")).trim())!;
        const [score, interval] = [...cell!.matchAll(/<(?:strong|small[^>]*)>([^<]*)</g)].map((m) => m[1]);
        expect({ score, interval }, `${place} ${overview.modelId}`).toEqual({ score: f.percent(overview.quality), interval: f.percentInterval(overview.interval) });
      }
    }
    // The overall recommendation quotes the chosen model's overall interval, in every format that prints it.
    const chosen = report.overview.find((o) => o.modelId === report.recommendation.overall.choice)!;
    const quoted = `${f.percent(chosen.quality)} (${f.percentInterval(chosen.interval)})`;
    expect(report.recommendation.overall.verdict.en).toContain(quoted);
    expect(renderReportToString(db, runId, { format: "md", language: "en", itemsPerSuite: 0 }).replace(/\\(.)/g, "$1")).toContain(`All suites**: ${report.recommendation.overall.verdict.en}`);
    expect(renderLeaderboardTable(report)).toContain(quoted);
  });

  it("the JSON report, the dashboard's JSON download and `kurabe run/results --json` carry the same figures", () => {
    const json = JSON.parse(renderReportToString(db, runId, { format: "json", language: "en", itemsPerSuite: 0 })) as Report;
    const download = downloadPage(createViewContext(db, "en"), { params: [runId, "json"], query: new URLSearchParams() }).download!;
    const dashboard = JSON.parse(download.body) as Report;
    const cli = JSON.parse(JSON.stringify(resultsJson(report))) as ReturnType<typeof resultsJson>;
    const figures = (r: Pick<Report, "entries" | "overview" | "comparisons" | "overallComparisons">) => ({
      intervals: r.entries.map((e) => [e.modelId, e.suite, e.score, e.interval, e.costPerCorrectUsd, e.latencyP50Ms]),
      overall: r.overview.map((o) => [o.modelId, o.quality, o.interval, o.costPer1kAnswersUsd]),
      comparisons: [...r.comparisons, ...r.overallComparisons].map((c) => [c.suite, c.modelA, c.modelB, c.difference, c.pValue, c.withinNoise]),
    });
    const expected = JSON.parse(JSON.stringify(figures(report))) as ReturnType<typeof figures>;
    expect(expected.intervals).toHaveLength(20);
    expect(expected.overall.every(([, , interval]) => interval !== null)).toBe(true);
    for (const [place, value] of Object.entries({ json, dashboard, cli })) expect(figures(value), place).toEqual(expected);
    expect(cli.recommendation).toEqual(JSON.parse(JSON.stringify(report.recommendation)));
  });

  it("the recommendation quotes the chosen model's interval as the tables print it", () => {
    for (const useCase of report.recommendation.suites) {
      const cells = byKey.get(`${useCase.choice}|${useCase.suite}`)!;
      expect(useCase.verdict.en).toContain(`Choose ${useCase.choice} on ${useCase.suite}: ${cells.score} (${cells.interval})`);
    }
  });

  it("items to add for a 5-pt gap: the decision model's one number for a pair it cannot call, and – on a significant one, in every place", () => {
    const rows = report.suites.flatMap((suite) => report.comparisons.filter((c) => c.suite === suite.name));
    // Both kinds of row are there, and only a not-significant row has a count.
    expect(rows.some((c) => !c.withinNoise) && rows.some((c) => c.withinNoise && c.moreItemsForMargin! > 0)).toBe(true);
    for (const c of [...rows, ...report.overallComparisons]) expect(c.moreItemsForMargin === null).toBe(!c.withinNoise);
    const column = rows.map((c) => f.count(c.moreItemsForMargin));
    expect(column.filter((cell) => cell === "–")).toHaveLength(rows.filter((c) => !c.withinNoise).length);

    const pages = {
      html: renderReportToString(db, runId, { format: "html", language: "en", itemsPerSuite: 0 }),
      dashboard: leaderboardPage(createViewContext(db, "en"), { params: [runId], query: new URLSearchParams() }).body.value,
    };
    for (const [place, page] of Object.entries(pages)) expect(htmlTables(page, "comparisons").flat().map((row) => row.at(-1)), place).toEqual(column);
    const md = renderReportToString(db, runId, { format: "md", language: "en", itemsPerSuite: 0 });
    const section = md.slice(md.indexOf(`## ${messagesFor("en").sections.comparisons}\n`)).split("\n## ")[0]!;
    const mdRows = section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| A |") && !/^\|\s*-/.test(line));
    expect(mdRows.map((line) => line.slice(1, -1).split(/(?<!\\)\|/).at(-1)!.trim())).toEqual(column);
    const json = JSON.parse(renderReportToString(db, runId, { format: "json", language: "en", itemsPerSuite: 0 })) as Report;
    expect(json.comparisons.map((c) => c.moreItemsForMargin)).toEqual(report.comparisons.map((c) => c.moreItemsForMargin));

    // The recommendation's "about N more needed" is the table's number for that pair.
    const quoted = report.recommendation.suites.flatMap((useCase) =>
      useCase.alternatives.filter((a) => a.status === "not-enough-items").map((a) => ({ useCase, a })),
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const { useCase, a } of quoted) {
      const stored = report.comparisons.find((c) => c.suite === useCase.suite && [c.modelA, c.modelB].includes(a.modelId) && [c.modelA, c.modelB].includes(useCase.leader!))!;
      expect(a.gap!.moreItemsForMargin).toBe(stored.moreItemsForMargin);
      expect(useCase.verdict.en).toContain(`about ${f.count(stored.moreItemsForMargin)} more needed`);
    }
  });

  it("kurabe compare's table and JSON, and the dashboard's compare page, print the same items to add, – where significant", () => {
    // A store of its own (each test's temporary directory is removed after it) with a later run that changed significantly.
    const later = path.join(tempDir(), "k.db");
    writeReportStore(later, FOUR_MODEL_STORE);
    const laterRun = writeReportStore(later, FOUR_MODEL_LATER_STORE);
    const laterDb = openDatabase(later);
    try {
      const stored = loadReport(laterDb, runId);
      expect(stored.comparisons).toEqual(report.comparisons);
      // kurabe compare, its table and its JSON: each model after gpt-4o-mini, the stored pair's number (mirrored pairs share it).
      for (const model of stored.models.filter((m) => m.modelId !== "gpt-4o-mini")) {
        const pairOf = (suite: string) => stored.comparisons.find((c) => c.suite === suite && [c.modelA, c.modelB].includes(model.modelId) && [c.modelA, c.modelB].includes("gpt-4o-mini"))!;
        const table = terminalOutput({ db: later, run: runId, before: "gpt-4o-mini", after: model.modelId, lang: "en" });
        const lines = table.split("\n").filter((line) => /^│ \S/.test(line) && !line.startsWith(`│ ${messagesFor("en").columns.suite} `));
        expect(lines).toHaveLength(stored.suites.length);
        for (const line of lines) {
          const cells = line.split("│").slice(1, -1).map((cell) => cell.trim());
          expect(cells.at(-1), `compare ${model.modelId} ${cells[0]}`).toBe(f.count(pairOf(cells[0]!).moreItemsForMargin));
        }
        const [pair] = JSON.parse(terminalOutput({ db: later, run: runId, before: "gpt-4o-mini", after: model.modelId, json: true })) as Array<{ rows: SuiteComparison[] }>;
        for (const row of pair!.rows) expect(row.comparison.moreItemsForMargin, `compare --json ${model.modelId} ${row.suite}`).toBe(pairOf(row.suite).moreItemsForMargin);
      }
      const expectedTables = report.models.map((m) => compareSides(laterDb, { runId, modelId: m.modelId }, { runId: laterRun, modelId: m.modelId }));
      const significant = expectedTables.flat().filter((row) => row.comparison.significant);
      expect(significant.length).toBeGreaterThan(0);
      expect(significant.every((row) => row.comparison.moreItemsForMargin === null)).toBe(true);
      const page = comparePage(createViewContext(laterDb, "en"), { params: [], query: new URLSearchParams({ base: runId, cand: laterRun }) }).body.value;
      expect(htmlTables(page, "run-comparison").map((table) => table.map((row) => row.at(-1)))).toEqual(
        expectedTables.map((rows) => rows.map((row) => f.count(row.comparison.moreItemsForMargin))),
      );
      // The page's notes say what the column is for.
      expect(page).toContain(escapeHtml(messagesFor("en").notes.comparisons));
    } finally {
      laterDb.close();
    }
  });

  it("every paired verdict agrees with its interval, and no difference prints as −0.0", () => {
    for (const row of [...report.comparisons, ...report.overallComparisons]) {
      expect(row.withinNoise).toBe(row.difference.low <= 0 && row.difference.high >= 0);
      expect(row.pValue < 0.05).toBe(!row.withinNoise);
      expect(f.points(row.difference.estimate)).not.toMatch(/^−0\.0/);
    }
  });
});

/** Both orders of items of a suite, the verdict of each item from `verdictOf`. */
const judged = (suite: string, modelA: string, modelB: string, items: number[], verdictOf: (i: number) => "a" | "b" | "tie") =>
  items.flatMap((i) => (["a", "b"] as const).map((shownFirst) => ({ suite, itemId: itemId(suite, i), modelA, modelB, shownFirst, verdict: verdictOf(i), strong: i === 0 })));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describeRatingsEverywhere(
  "Bradley–Terry ratings, and the models too few or too one-sided to rate, the same in every place",
  [
    // support-ja: gpt-4o 20 verdicts, gpt-4o-mini 28, llama-3-70b 12 (all rated); llama-3-8b 4 (too few).
    ...judged("support-ja", "gpt-4o", "gpt-4o-mini", range(8), (i) => (i < 5 ? "a" : i < 7 ? "b" : "tie")),
    ...judged("support-ja", "gpt-4o-mini", "llama-3-70b-instruct", range(6), (i) => (i < 4 ? "a" : "b")),
    ...judged("support-ja", "llama-3-8b-instruct", "gpt-4o", range(2), (i) => (i === 0 ? "b" : "tie")),
    // mmlu: gpt-4o wins all 12 against llama-3-8b: one won every verdict, the other lost every one.
    ...judged("mmlu", "gpt-4o", "llama-3-8b-instruct", range(6), () => "a"),
    // jcommonsenseqa: llama-3-70b beats llama-3-8b in all 8 of theirs, so only llama-3-8b's 4 mixed ones with gpt-4o-mini count: too few of 12.
    ...judged("jcommonsenseqa", "gpt-4o", "gpt-4o-mini", range(6), (i) => (i < 4 ? "a" : "b")),
    ...judged("jcommonsenseqa", "llama-3-8b-instruct", "gpt-4o-mini", range(2), (i) => (i === 0 ? "a" : "b")),
    ...judged("jcommonsenseqa", "llama-3-70b-instruct", "llama-3-8b-instruct", range(4), () => "a"),
  ],
  [
    ["jcommonsenseqa", [["llama-3-70b-instruct", 8, "won-all", null], ["gpt-4o", 12, null, null], ["gpt-4o-mini", 16, null, null], ["llama-3-8b-instruct", 12, "too-few", null]]],
    ["mmlu", [["gpt-4o", 12, "won-all", null], ["llama-3-8b-instruct", 12, "lost-all", null]]],
    ["support-ja", [["gpt-4o", 20, null, null], ["gpt-4o-mini", 28, null, null], ["llama-3-70b-instruct", 12, null, null], ["llama-3-8b-instruct", 4, "too-few", null]]],
  ],
);

describeRatingsEverywhere(
  "Bradley–Terry ratings of models split into groups (every verdict between the groups one way), the same in every place",
  [
    // gsm8k: the two llamas beat the two gpts in every verdict between them (8 each); inside each pair, mixed (16 each).
    ...judged("gsm8k", "llama-3-70b-instruct", "llama-3-8b-instruct", range(8), (i) => (i < 5 ? "a" : i < 7 ? "b" : "tie")),
    ...judged("gsm8k", "gpt-4o", "gpt-4o-mini", range(8), (i) => (i < 4 ? "a" : "b")),
    ...judged("gsm8k", "llama-3-70b-instruct", "gpt-4o", range(4), () => "a"),
    ...judged("gsm8k", "gpt-4o-mini", "llama-3-8b-instruct", range(4), () => "b"),
  ],
  [
    ["gsm8k", [["llama-3-70b-instruct", 24, null, 1], ["llama-3-8b-instruct", 24, null, 1], ["gpt-4o", 24, null, 2], ["gpt-4o-mini", 24, null, 2]]],
  ],
);

/**
 * A store with these verdicts: its ratings (per suite: model, verdicts, reason, group) as `states`, and every place
 * printing and carrying the same ratings as the report model.
 */
function describeRatingsEverywhere(title: string, pairwise: ReturnType<typeof judged>, states: unknown[]): void {
  describe(title, () => {
    const file = path.join(tempDir(), "k.db");
    const runId = writeReportStore(file, { ...FOUR_MODEL_STORE, pairwise });
    const db = openDatabase(file);
    const report = loadReport(db, runId);
    const m = messagesFor("en");
    const why = (r: Report["ratings"][number]["ratings"][number]) =>
      r.unrated === "too-few" ? m.unrated.tooFew(f.count(MIN_VERDICTS), r.counted === r.verdicts ? null : f.count(r.counted)) : r.unrated === "won-all" ? m.unrated.wonAll : r.unrated === "lost-all" ? m.unrated.lostAll : r.unrated === "unmatched" ? m.unrated.unmatched(f.count(MIN_VERDICTS)) : m.unrated.alone;
    /** Per suite, the rows every place must print: model, verdicts, rating, interval or why there is none, and the group. */
    const expected = report.ratings.map((suite) =>
      suite.ratings.map((r) => [
        r.model,
        f.count(r.verdicts),
        r.rating === null ? "–" : f.decimal(r.rating.estimate, 0),
        [r.rating !== null ? f.ratingInterval(r.rating) : why(r), ...(r.group ? [m.unrated.group(f.count(r.group.number), f.count(r.group.of))] : [])].join(" · "),
      ]),
    );
    const split = report.ratings.some((suite) => suite.ratings.some((r) => r.group !== null));

    it("rates the models with enough mixed verdicts, names why the others have no rating, and each model's group", () => {
      expect(report.ratings.map((suite) => [suite.suite, suite.ratings.map((r) => [r.model, r.verdicts, r.unrated, r.group?.number ?? null])])).toEqual(states);
    });

    it("the HTML report, the dashboard's run page and the Markdown report print the same rows, and the groups' note when split", () => {
      const pages = {
        html: renderReportToString(db, runId, { format: "html", language: "en", itemsPerSuite: 0 }),
        dashboard: leaderboardPage(createViewContext(db, "en"), { params: [runId], query: new URLSearchParams() }).body.value,
      };
      for (const [place, page] of Object.entries(pages)) {
        expect(htmlTables(page, "ratings"), place).toEqual(expected);
        expect(page.includes(escapeHtml(m.notes.ratingGroups)), place).toBe(split);
      }
      const md = renderReportToString(db, runId, { format: "md", language: "en", itemsPerSuite: 0 });
      const section = md.slice(md.indexOf(`## ${m.sections.ratings}\n`));
      expect(report.ratings.map((suite) => markdownSubsectionRows(section, suite.suite))).toEqual(expected);
      expect(section.includes(m.notes.ratingGroups)).toBe(split);
    });

    it("the JSON report and the dashboard's JSON download carry the same ratings and groups, null where there is none", () => {
      const json = JSON.parse(renderReportToString(db, runId, { format: "json", language: "en", itemsPerSuite: 0 })) as Report;
      const download = JSON.parse(downloadPage(createViewContext(db, "en"), { params: [runId, "json"], query: new URLSearchParams() }).download!.body) as Report;
      const stored = JSON.parse(JSON.stringify(report.ratings)) as Report["ratings"];
      const ratings = stored.flatMap((suite) => suite.ratings);
      expect(ratings.filter((r) => r.rating === null)).toHaveLength(ratings.filter((r) => r.unrated !== null).length);
      expect(ratings.every((r) => "group" in r)).toBe(true);
      for (const [place, value] of Object.entries({ json, download })) {
        expect(value.ratings, place).toEqual(stored);
        // Version 2 is this row shape (version 1's rows were `model` and a `rating` never null): README, "The JSON report's format".
        expect(value.formatVersion, place).toBe(2);
        for (const row of value.ratings.flatMap((suite) => suite.ratings)) expect(Object.keys(row), place).toEqual(["model", "verdicts", "counted", "rating", "unrated", "group"]);
      }
    });
  });
}

/** Body rows of the first Markdown table under `### heading`. */
function markdownSubsectionRows(md: string, heading: string): string[][] {
  const lines = md.slice(md.indexOf(`### ${heading}\n`)).split("\n");
  const start = lines.findIndex((line) => line.startsWith("| "));
  const table = lines.slice(start, lines.indexOf("", start));
  return table.slice(2).map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\(.)/g, "$1")));
}

/** What `kurabe compare` writes to standard output with these options (run in process). */
function terminalOutput(options: Parameters<typeof compareCommand>[2]): string {
  const written: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    compareCommand(undefined, undefined, options);
  } finally {
    write.mockRestore();
  }
  return written.join("");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function pick(cells: { score: string; interval: string; p50: string; costPerCorrect: string }) {
  return { score: cells.score, interval: cells.interval, p50: cells.p50, costPerCorrect: cells.costPerCorrect };
}
