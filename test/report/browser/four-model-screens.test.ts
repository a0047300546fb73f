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
import { FOUR_MODEL_LATER_STORE, FOUR_MODEL_STORE } from "../four-model-store.js";
import { itemId, writeReportStore } from "../report-store.js";
import { HAS_CHROMIUM, labelsCrossedByLines, launchBrowser, SCREENSHOTS, lineBreaks, SKIP_REASON, TAKE_SCREENSHOTS, type Browser } from "./browser.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const WIDTHS = [1280, 390] as const;
const LANGUAGES: ReportLanguage[] = ["en", "ja"];

/** What a page shows at a width: how wide it is, its first screen's text, what is cut off, where its parts begin. */
interface Shot {
  scrollWidth: number;
  firstScreen: string;
  cut: string[];
  tops: { recommendation: number | null; runDetails: number | null; filter: number | null };
  /** Chart labels a line runs through unreadably (labelsCrossedByLines). */
  crossedLabels: string[];
  /** Boxes that scroll sideways (a table's wrapper, a <pre>, the page itself): "div.table-wrap in details.all-figures: 1,412 > 1,216 px". */
  sideways: string[];
  /** The all-figures table's token cells that take two lines, "|" where they break (lineBreaks). */
  tokensOnTwoLines: string[];
  /** The item list's question cells, and how many of them show no text (a phone's card once hid them). */
  questions: { shown: number; hidden: number };
}

/**
 * A phone opens on the recommendation, right under the title, before the run's details and the filter; a laptop keeps
 * the page's order (details, filter, then the recommendation, all on its first screen).
 */
function expectRecommendationPlaced(shot: Shot, width: number): void {
  const { recommendation, runDetails, filter } = shot.tops;
  const rest = [runDetails!, ...(filter === null ? [] : [filter])];
  if (width < 640) {
    expect(recommendation!).toBeLessThan(Math.min(...rest));
    expect(recommendation!).toBeLessThan(150);
  } else {
    expect(recommendation!).toBeGreaterThan(Math.max(...rest));
    expect(recommendation!).toBeLessThan(900);
  }
}

/**
 * The decision-maker's view of the four-model fixture (two priced API models, two self-hosted), as a CTO would open
 * it: the HTML report and the dashboard's pages (run, items, item, two models item by item, the runs list, two runs
 * compared) at a laptop's 1,280 px and a phone's 390 px, in English and Japanese. The screenshots are kept in test/report/browser/.screenshots/ for people to look at.
 */
const LATER = FOUR_MODEL_LATER_STORE.runId;

/** Both orders of the first `items` gsm8k items judged between two models, the verdict of each from `verdictOf`. */
function gsm8kVerdicts(modelA: string, modelB: string, items: number, verdictOf: (i: number) => "a" | "b" | "tie") {
  return Array.from({ length: items }, (_, i) => i).flatMap((i) =>
    (["a", "b"] as const).map((shownFirst) => ({ suite: "gsm8k", itemId: itemId("gsm8k", i), modelA, modelB, shownFirst, verdict: verdictOf(i), strong: false })),
  );
}

describe.skipIf(!HAS_CHROMIUM)("the four-model report and dashboard in Chromium, 1,280 and 390 px, en and ja", () => {
  let browser: Browser;
  const servers = new Map<ReportLanguage, ViewServer>();
  let file: string;
  let runId: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-four-"));
    file = path.join(dir, "k.db");
    runId = writeReportStore(file, {
      ...FOUR_MODEL_STORE,
      // A judge's verdicts on the FAQ suite, for the page of two models item by item; on gsm8k, the two llamas beat the
      // two gpts in every verdict between them (mixed inside each pair), for the ratings table of models split into groups.
      pairwise: [
        ...[0, 1].flatMap((i) => [
          { suite: "support-ja", itemId: itemId("support-ja", i), modelA: "gpt-4o", modelB: "gpt-4o-mini", shownFirst: "a" as const, verdict: "a" as const, strong: true },
          { suite: "support-ja", itemId: itemId("support-ja", i), modelA: "gpt-4o", modelB: "gpt-4o-mini", shownFirst: "b" as const, verdict: "tie" as const, strong: false },
        ]),
        ...gsm8kVerdicts("llama-3-70b-instruct", "llama-3-8b-instruct", 8, (i) => (i < 5 ? "a" : i < 7 ? "b" : "tie")),
        ...gsm8kVerdicts("gpt-4o", "gpt-4o-mini", 8, (i) => (i < 4 ? "a" : "b")),
        ...gsm8kVerdicts("llama-3-70b-instruct", "gpt-4o", 4, () => "a"),
        ...gsm8kVerdicts("gpt-4o-mini", "llama-3-8b-instruct", 4, () => "b"),
      ],
    });
    // A later run where gpt-4o-mini answers every other mmlu item differently, for the runs list and the compare page.
    writeReportStore(file, FOUR_MODEL_LATER_STORE);
    for (const language of LANGUAGES) servers.set(language, await startViewServer({ db: openDatabase(file), language, port: 0, log: () => undefined }));
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The HTML report in the language, written once. */
  function reportFile(language: ReportLanguage): string {
    const out = path.join(dir, `report-${language}.html`);
    if (!fs.existsSync(out)) {
      const db = openDatabase(file);
      fs.writeFileSync(out, renderReportToString(db, runId, { format: "html", language, itemsPerSuite: 2 }));
      db.close();
    }
    return out;
  }

  /**
   * Opens the page at the width, keeps a full-page screenshot, and returns how wide the document is, its first screen's
   * text, and what is cut off: a shown chart wider than the window, or a table that scrolls sideways. `opened`: every
   * collapsed section (<details>) is opened first, and only the full page is kept (as NAME-open.png).
   */
  async function shoot(url: string, width: number, name: string, opened = false): Promise<Shot> {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await page.goto(url, { waitUntil: "load" });
      if (opened) {
        await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
        if (TAKE_SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-open.png`), fullPage: true });
      } else if (TAKE_SCREENSHOTS) {
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-first-screen.png`) });
        // Each decision section on its own, so a reader can check it at full size.
        for (const id of ["matrix", "break-even", "charts", "ratings"]) {
          const section = page.locator(`section#${id}`);
          if ((await section.count()) > 0) await section.screenshot({ path: path.join(SCREENSHOTS, `${name}-${id}.png`) });
        }
      }
      const crossedLabels = await labelsCrossedByLines(page);
      const tokensOnTwoLines = opened ? await lineBreaks(page, "td.tokens") : [];
      const read = await page.evaluate((height) => {
        // Positions on the page (the section screenshots scrolled it).
        const pageTop = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
        const visible = [...document.querySelectorAll("h1, h2, h3, th, td, li, p")].filter((el) => pageTop(el) < height);
        const cut = [
          ...[...document.querySelectorAll("figure svg")]
            .filter((svg) => svg.getClientRects().length > 0 && svg.getBoundingClientRect().right > window.innerWidth)
            .map((svg) => `chart "${svg.closest("figure")?.querySelector("h3")?.textContent}"`),
          // The "all figures" table is a detail table that may scroll; the decision tables must not.
          ...[...document.querySelectorAll(".table-wrap")]
            .filter((wrap) => !wrap.closest("details") && wrap.scrollWidth > wrap.clientWidth + 1)
            .map((wrap) => `table.${wrap.querySelector("table")?.className}`),
        ];
        const top = (selector: string) => {
          const element = document.querySelector(selector);
          return element ? pageTop(element) : null;
        };
        const sideways = [...document.querySelectorAll("body *")]
          .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(el).overflowX))
          .map((el) => {
            const where = el.closest("details")?.className ?? el.closest("section[id]")?.id ?? "page";
            return `${el.tagName.toLowerCase()}.${el.className} in ${where}: ${el.scrollWidth} > ${el.clientWidth} px`;
          });
        return {
          scrollWidth: document.documentElement.scrollWidth,
          firstScreen: visible.map((el) => el.textContent ?? "").join(" "),
          cut,
          sideways,
          tops: { recommendation: top("#recommendation"), runDetails: top("dl.run"), filter: top("form.filters") },
          questions: (() => {
            const cells = [...document.querySelectorAll(".item-list td.preview-cell")];
            const hidden = cells.filter((cell) => cell.getBoundingClientRect().height < 1).length;
            return { shown: cells.length - hidden, hidden };
          })(),
        };
      }, width > 500 ? 900 : 844);
      return { ...read, crossedLabels, tokensOnTwoLines };
    } finally {
      await page.close();
    }
  }

  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      it(`the HTML report (${language}, ${width} px) fits the width and opens on the recommendation`, async () => {
        const shot = await shoot(`file://${reportFile(language)}`, width, `four-models-report-${language}-${width}`);
        expect(shot.scrollWidth).toBeLessThanOrEqual(width);
        expect(shot.cut).toEqual([]);
        expect(shot.firstScreen).toContain(language === "en" ? "All suites gpt-4o 88.7%" : "全スイート gpt-4o 88.7%");
        expectRecommendationPlaced(shot, width);
        expect(shot.crossedLabels).toEqual([]);
      });

      it(`the HTML report with every collapsed section opened (${language}, ${width} px) scrolls nowhere sideways`, async () => {
        const shot = await shoot(`file://${reportFile(language)}`, width, `four-models-report-${language}-${width}`, true);
        expect(shot.scrollWidth).toBeLessThanOrEqual(width);
        expect(shot.sideways).toEqual([]);
        // A phone's card has room for the tokens in and out on one line.
        if (width < 640) expect(shot.tokensOnTwoLines).toEqual([]);
      });

      it(`the dashboard's run page with every collapsed section opened (${language}, ${width} px) scrolls nowhere sideways`, async () => {
        const shot = await shoot(`${servers.get(language)!.url}runs/${runId}`, width, `four-models-dashboard-${language}-${width}`, true);
        expect(shot.scrollWidth).toBeLessThanOrEqual(width);
        expect(shot.sideways).toEqual([]);
        // A phone's card has room for the tokens in and out on one line.
        if (width < 640) expect(shot.tokensOnTwoLines).toEqual([]);
      });

      it(`the dashboard's page of two models item by item (${language}, ${width} px) fits the width`, async () => {
        const url = `${servers.get(language)!.url}pair?run=${runId}&a=gpt-4o&b=gpt-4o-mini&page=3`;
        const shot = await shoot(url, width, `four-models-pair-${language}-${width}`);
        expect(shot.scrollWidth).toBeLessThanOrEqual(width);
        expect(shot.cut).toEqual([]);
      });

      it(`the dashboard's items where the models disagree (${language}, ${width} px) fit the width, the filter kept in the form`, async () => {
        const url = `${servers.get(language)!.url}runs/${runId}/items?model=gpt-4o&model=gpt-4o-mini&disagree=1`;
        const shot = await shoot(url, width, `four-models-items-${language}-${width}`);
        expect(shot.scrollWidth).toBeLessThanOrEqual(width);
        expect(shot.cut).toEqual([]);
        // Each row (a card on a phone) shows the start of its question.
        expect(shot.questions).toEqual({ shown: 11, hidden: 0 });
      });

      it.each([
        ["runs", ""],
        ["compare", `compare?base=${FOUR_MODEL_STORE.runId}&cand=${LATER}`],
        ["item", `runs/${FOUR_MODEL_STORE.runId}/item?suite=support-ja&id=${itemId("support-ja", 0)}`],
      ])(`the dashboard's %s page (${language}, ${width} px) fits the width`, async (name, page) => {
        const shot = await shoot(`${servers.get(language)!.url}${page}`, width, `four-models-${name}-${language}-${width}`);
        expect(shot.scrollWidth).toBeLessThanOrEqual(width);
        expect(shot.cut).toEqual([]);
      });

      it(`the dashboard's run page (${language}, ${width} px) fits the width and shows the recommendation`, async () => {
        const shot = await shoot(`${servers.get(language)!.url}runs/${runId}`, width, `four-models-dashboard-${language}-${width}`);
        expect(shot.scrollWidth).toBeLessThanOrEqual(width);
        expect(shot.cut).toEqual([]);
        expect(shot.firstScreen).toContain(language === "en" ? "All suites gpt-4o 88.7%" : "全スイート gpt-4o 88.7%");
        expectRecommendationPlaced(shot, width);
        expect(shot.tops.filter).not.toBeNull();
        expect(shot.crossedLabels).toEqual([]);
      });
    }
  }
});
