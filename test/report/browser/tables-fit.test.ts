// In-page callbacks (page.evaluate) run in Chromium and use the DOM; src/ is still built without it (tsconfig.build.json).
/// <reference lib="dom" />
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportLanguage } from "../../../src/report/i18n/messages.js";
import { renderReportToString } from "../../../src/report/render-report.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { startViewServer, type ViewServer } from "../../../src/view/view-server.js";
import { FOUR_MODEL_STORE } from "../four-model-store.js";
import type { ScoreRecord } from "../../../src/store/run-writer.js";
import { itemId, writeReportStore, type StoreSpec } from "../report-store.js";
import { LONG_IDS, withLongIds } from "./long-id-store.js";
import { cardLabelFonts, cellsOnSeveralLines, idsBrokenAcrossLines, codeBrokenMidWord, headingsBrokenMidWord, lineBreaks, HAS_CHROMIUM, labelsBrokenMidWord, launchBrowser, selectsCuttingTheirText, separatorsStartingALine, SKIP_REASON, tablesWiderThanTheirBox, type Browser } from "./browser.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const LANGUAGES: ReportLanguage[] = ["en", "ja"];
const WIDTHS = [1280, 390] as const;
const BASELINE = FOUR_MODEL_STORE.runId!;
const CANDIDATE = "20261204-090000-four-again";
const MINI = LONG_IDS["gpt-4o-mini"]!;

/** IFEval's four accuracies on ifeval and a second scorer on gsm8k: the columns and tables they add are measured too. */
function withSecondaryScores(result: StoreSpec["result"]): StoreSpec["result"] {
  return (model, suite, i, sample) => {
    const fixture = result(model, suite, i, sample)!;
    const passed = fixture.passed ?? true;
    const primary: ScoreRecord = { scorer: "exact", isPrimary: true, value: passed ? 1 : 0, passed };
    const secondary = (scorer: string, value: boolean): ScoreRecord => ({ scorer, isPrimary: false, value: value ? 1 : 0, passed: value });
    if (suite === "ifeval") {
      const loose = passed || i % 3 === 0;
      return { ...fixture, scores: [primary, ...["prompt-strict", "instruction-strict"].map((s) => secondary(s, passed)), ...["prompt-loose", "instruction-loose"].map((s) => secondary(s, loose))] };
    }
    if (suite === "gsm8k") return { ...fixture, scores: [primary, secondary("flexible-extract", passed || i % 5 === 0)] };
    return fixture;
  };
}

/**
 * Every table of the HTML report and of every dashboard page fits its box at a laptop's 1,280 px, in English and
 * Japanese: no column behind a sideways scroll (the all-figures table aside, see tablesCut). The models carry long ids
 * (LONG_IDS). Collapsed sections are opened first, so detail tables count too. At a
 * phone's 390 px, no card's row label breaks mid-word, and every label is set in one typeface; no line begins with a
 * separator "·", no select cuts the option it shows, no code span or table heading breaks mid-word and no model id
 * (long ones: LONG_IDS) breaks over two lines, at either width; at 1,280 px the
 * break-even table's model ids and the runs list's run ids keep to one line.
 */
describe.skipIf(!HAS_CHROMIUM)("every table fits its box at 1,280 px, report and dashboard, en and ja", () => {
  let browser: Browser;
  const servers = new Map<ReportLanguage, ViewServer>();
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-tables-"));
    file = path.join(dir, "k.db");
    writeReportStore(file, withLongIds({
      ...FOUR_MODEL_STORE,
      result: withSecondaryScores(FOUR_MODEL_STORE.result),
      pairwise: [{ suite: "support-ja", itemId: itemId("support-ja", 0), modelA: "gpt-4o", modelB: "gpt-4o-mini", shownFirst: "a", verdict: "a", strong: true }],
    }));
    // A second run where gpt-4o-mini answers every other mmlu item differently, for the compare page.
    writeReportStore(file, withLongIds({
      ...FOUR_MODEL_STORE,
      runId: CANDIDATE,
      result: withSecondaryScores((model, suite, i, sample) => {
        const result = FOUR_MODEL_STORE.result(model, suite, i, sample)!;
        return model === "gpt-4o-mini" && suite === "mmlu" && i % 2 === 0 ? { ...result, passed: !(result.passed ?? true) } : result;
      }),
    }));
    for (const language of LANGUAGES) servers.set(language, await startViewServer({ db: openDatabase(file), language, port: 0, log: () => undefined }));
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Every page with a table (the compare page before two runs are chosen is a form alone).
  const dashboardPages = [
    "",
    `runs/${BASELINE}`,
    `runs/${BASELINE}/items`,
    `runs/${BASELINE}/items?model=gpt-4o&model=${MINI}&disagree=1`,
    `runs/${BASELINE}/item?suite=support-ja&id=${itemId("support-ja", 0)}`,
    `compare?base=${BASELINE}&cand=${CANDIDATE}`,
    `pair?run=${BASELINE}&a=gpt-4o&b=${MINI}`,
  ];

  async function tablesCut(url: string, width: number): Promise<string[]> {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url, { waitUntil: "load" });
      // The all-figures table may scroll inside its box, its model column held in view, when whole ids do not leave it
      // room (ja, LONG_IDS: 85 px); the four-model screens check it does not scroll with that fixture's ids.
      const cut = (await tablesWiderThanTheirBox(page)).filter((line) => !line.startsWith("table.leaderboard "));
      expect(await page.locator("table").count()).toBeGreaterThan(0);
      const fonts = await cardLabelFonts(page);
      // On a wide page the break-even table's model ids and the runs list's run ids keep to one line.
      const ids = width > 640 ? [
        ...(await cellsOnSeveralLines(page, "table.break-even-pairs td:nth-child(-n+2)")),
        ...(await cellsOnSeveralLines(page, "table.runs td:first-child")),
      ] : [];
      // The break-even's option names keep their kind whole: "llama-3-8b-instruct (self-|hosted)" broke on a phone.
      const kinds = (await lineBreaks(page, "table.break-even td")).filter((text) => /\([^()|]*\|[^()]*\)/.test(text));
      // No model id breaks at its hyphens, at either width: "gpt-4o-mini-2024-|07-18" reads as two names.
      const broken = await idsBrokenAcrossLines(page, Object.values(LONG_IDS));
      return [...broken, ...kinds, ...cut, ...(await labelsBrokenMidWord(page)), ...(await separatorsStartingALine(page)), ...(await selectsCuttingTheirText(page)), ...(await codeBrokenMidWord(page)), ...(await headingsBrokenMidWord(page)), ...(fonts.length > 1 ? [`card labels in ${fonts.length} typefaces: ${fonts.join(" | ")}`] : []), ...ids];
    } finally {
      await page.close();
    }
  }

  /** The HTML report in the language, written once for both widths. */
  function reportFile(language: ReportLanguage): string {
    const out = path.join(dir, `report-${language}.html`);
    if (!fs.existsSync(out)) {
      const db = openDatabase(file);
      fs.writeFileSync(out, renderReportToString(db, BASELINE, { format: "html", language, itemsPerSuite: 2 }));
      db.close();
    }
    return out;
  }

  for (const language of LANGUAGES) for (const width of WIDTHS) {
    it(`the HTML report (${language}, ${width} px)`, async () => {
      expect(await tablesCut(`file://${reportFile(language)}`, width)).toEqual([]);
    });

    for (const page of dashboardPages) {
      it(`the dashboard's /${page} (${language}, ${width} px)`, async () => {
        expect(await tablesCut(`${servers.get(language)!.url}${page}`, width)).toEqual([]);
      });
    }
  }
});
