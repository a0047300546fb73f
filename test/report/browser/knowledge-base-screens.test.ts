// In-page callbacks (page.evaluate) run in Chromium and use the DOM; src/ is still built without it (tsconfig.build.json).
/// <reference lib="dom" />
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportLanguage } from "../../../src/report/i18n/messages.js";
import { renderReportToString } from "../../../src/report/render-report.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { kbStore } from "../kb-store.js";
import { atWidth, HAS_CHROMIUM, openScreens, screenshotPath, SKIP_REASON, type Screens } from "./browser.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const WIDTHS = [1280, 390] as const;
const LANGUAGES: ReportLanguage[] = ["en", "ja"];

/** What each language must show: the index's one-time cost in the table and, the same figure, in the recommendation. */
const EXPECTED: Record<ReportLanguage, { section: string[]; recommendation: string }> = {
  en: { section: ["Knowledge-base chatbot", "Index, one-time", "$0.08 · 4,000 tok.", "nothing embedded (BM25)", "Recommended, by the report's rule: tuned-rag."], recommendation: "tuned-rag $0.08 (4,000 embedding tokens)" },
  ja: { section: ["ナレッジベース・チャットボット", "索引（初回のみ）", "$0.08・4,000 トークン", "埋め込みなし（BM25）", "レポート共通の基準による推奨：tuned-rag。"], recommendation: "tuned-rag は $0.08（埋め込み 4,000 トークン）" },
};

/**
 * The knowledge-base chatbot section (four systems: plain, plain-rag, tuned, tuned-rag) in the HTML report and on the
 * dashboard's run page, at 1,280 and 390 px in English and Japanese; its screenshots, and the recommendation's that
 * states the index's one-time cost, are kept in test/report/browser/.screenshots/ for people to look at.
 */
describe.skipIf(!HAS_CHROMIUM)("the knowledge-base section in Chromium, 1,280 and 390 px, en and ja", () => {
  let screens: Screens;
  let dir: string;
  let store: { file: string; runId: string };

  beforeAll(async () => {
    // Kept for every test of the file (a per-test temporary folder would be gone after the first).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-kb-screens-"));
    store = kbStore(dir);
    screens = await openScreens(store.file, LANGUAGES);
  }, 120_000);
  afterAll(async () => {
    await screens?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The section and the recommendation at the width: screenshots kept, their text, and whether anything scrolls sideways. */
  async function shoot(url: string, width: number, name: string): Promise<{ pageWidth: number; tableCut: boolean; section: string; recommendation: string }> {
    return atWidth(screens.browser, url, width, async (page) => {
      await page.locator("section#knowledge-base").screenshot({ path: screenshotPath(`${name}.png`) });
      await page.locator("section#recommendation").screenshot({ path: screenshotPath(`${name}-recommendation.png`) });
      return await page.evaluate(() => {
        const wrap = document.querySelector("section#knowledge-base .table-wrap")!;
        return {
          pageWidth: document.documentElement.scrollWidth,
          tableCut: wrap.scrollWidth > wrap.clientWidth + 1,
          section: document.querySelector("section#knowledge-base")!.textContent ?? "",
          recommendation: document.querySelector("section#recommendation")!.textContent ?? "",
        };
      });
    });
  }

  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      it(`the HTML report (${language}, ${width} px) sets the four systems side by side, the index cost apart and in the recommendation`, async () => {
        const out = path.join(dir, `report-${language}.html`);
        if (!fs.existsSync(out)) {
          const db = openDatabase(store.file);
          fs.writeFileSync(out, renderReportToString(db, store.runId, { format: "html", language, itemsPerSuite: 1 }));
          db.close();
        }
        const shot = await shoot(`file://${out}`, width, `knowledge-base-report-${language}-${width}`);
        expect(shot.pageWidth).toBeLessThanOrEqual(width);
        expect(shot.tableCut).toBe(false);
        for (const words of [...EXPECTED[language].section, "plain", "plain-rag", "tuned", "tuned-rag"]) expect(shot.section).toContain(words);
        expect(shot.recommendation).toContain(EXPECTED[language].recommendation);
      });

      it(`the dashboard's run page (${language}, ${width} px) shows the same section and recommendation`, async () => {
        const shot = await shoot(`${screens.views.get(language)!.url}runs/${store.runId}`, width, `knowledge-base-dashboard-${language}-${width}`);
        expect(shot.pageWidth).toBeLessThanOrEqual(width);
        expect(shot.tableCut).toBe(false);
        for (const words of EXPECTED[language].section) expect(shot.section).toContain(words);
        expect(shot.recommendation).toContain(EXPECTED[language].recommendation);
      });
    }
  }
});
