// In-page callbacks (page.evaluate) run in Chromium and use the DOM; src/ is still built without it (tsconfig.build.json).
/// <reference lib="dom" />
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor, type ReportLanguage } from "../../../src/report/i18n/messages.js";
import { renderReportToString } from "../../../src/report/render-report.js";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { MockServer } from "../../../src/mock-server/types.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { runKbExample } from "../../support/kb-example.js";
import { atWidth, HAS_CHROMIUM, labelsCrossedByLines, keepScreenshot, openScreens, SKIP_REASON, type Screens } from "./browser.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const WIDTHS = [1280, 390] as const;
const LANGUAGES: ReportLanguage[] = ["en", "ja"];
const SYSTEMS = ["plain", "plain-rag", "tuned", "tuned-rag"];
/** Each RAG system and the same model without retrieval. */
const TWINS = [
  ["plain-rag", "plain"],
  ["tuned-rag", "tuned"],
] as const;

/** What the section shows, read off the page: each row's model and cells (in the head's order), and its texts. */
interface Shot {
  pageWidth: number;
  tableCut: boolean;
  head: string[];
  rows: Array<{ model: string; cells: string[] }>;
  section: string;
  recommendation: string;
  /** The page's chart labels a line runs through unreadably (labelsCrossedByLines): the systems' names are longer. */
  crossedLabels: string[];
}

/**
 * The knowledge-base chatbot section of a real run — `kurabe init --example kb`, `dataset build`, `run` with the
 * built CLI against the mock server (plain, its embeddings, the judge), the tiny GGUF with its LoRA (tuned) and
 * retrieval — in the HTML report and on the dashboard's run page, at 1,280 and 390 px in English and Japanese. Its
 * screenshots, and the recommendation's that states the index's one-time cost, are kept in
 * test/report/browser/.screenshots/ for people to look at. No figure is fixed here (the run makes them); what must
 * hold is: faithfulness a figure for the RAG systems and "–" (not applicable) for the others, each RAG system paying
 * more per 1,000 inquiries than its twin without retrieval (the passages are input tokens), and the recommendation
 * stating the index cost the table shows.
 */
describe.skipIf(!HAS_CHROMIUM)("the knowledge-base section of the kb example's run in Chromium, 1,280 and 390 px, en and ja", () => {
  let screens: Screens;
  let dir: string;
  let server: MockServer;
  let store: { file: string; runId: string };

  beforeAll(async () => {
    // Kept for every test of the file (a per-test temporary folder would be gone after the first).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-kb-screens-"));
    server = await startMockServer({});
    const example = await runKbExample(dir, server.url);
    const file = path.join(example.dir, ".kurabe", "kurabe.db");
    const db = openDatabase(file);
    const { id } = db.prepare("SELECT id FROM runs").get() as { id: string };
    db.close();
    store = { file, runId: id };
    screens = await openScreens(store.file, LANGUAGES);
  }, 600_000);
  afterAll(async () => {
    await screens?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The section and the recommendation at the width: screenshots kept, what they show, whether anything scrolls sideways. */
  async function shoot(url: string, width: number, name: string): Promise<Shot> {
    return atWidth(screens.browser, url, width, async (page) => {
      await keepScreenshot(page.locator("section#knowledge-base"), `${name}.png`);
      await keepScreenshot(page.locator("section#recommendation"), `${name}-recommendation.png`);
      const crossedLabels = await labelsCrossedByLines(page);
      const read = await page.evaluate(() => {
        const section = document.querySelector("section#knowledge-base")!;
        const wrap = section.querySelector(".table-wrap")!;
        const text = (element: Element) => element.textContent?.trim() ?? "";
        return {
          pageWidth: document.documentElement.scrollWidth,
          tableCut: wrap.scrollWidth > wrap.clientWidth + 1,
          head: [...section.querySelectorAll("thead th")].map(text),
          rows: [...section.querySelectorAll("tbody tr")].map((row) => ({ model: text(row.querySelector("th")!), cells: [...row.querySelectorAll("td")].map(text) })),
          section: text(section),
          recommendation: text(document.querySelector("section#recommendation")!),
        };
      });
      return { ...read, crossedLabels };
    });
  }

  /** What must hold of the section, whichever page shows it. */
  function expectSection(shot: Shot, language: ReportLanguage, width: number): void {
    const k = messagesFor(language).knowledgeBase;
    const r = messagesFor(language).recommendation;
    expect(shot.pageWidth).toBeLessThanOrEqual(width);
    expect(shot.tableCut).toBe(false);
    expect(shot.crossedLabels).toEqual([]);
    expect(shot.rows.map((row) => row.model)).toEqual(SYSTEMS);
    const cell = (model: string, column: string) => shot.rows.find((row) => row.model === model)!.cells[shot.head.indexOf(column) - 1]!;
    // Faithfulness: the judge's figure where passages were retrieved; "–" (not applicable) without them, never 0.0 %.
    for (const [rag, plain] of TWINS) {
      expect(cell(rag, k.metrics.faithfulness)).toMatch(/^\d+\.\d%$/);
      expect(cell(plain, k.metrics.faithfulness)).toBe("–");
    }
    // Every system priced; each RAG system pays for its passages' input tokens (and its question's embedding).
    const cost = (model: string) => Number(/^\$([\d.,]+)$/.exec(cell(model, k.costPer1k))![1]!.replaceAll(",", ""));
    for (const [rag, plain] of TWINS) expect(cost(rag)).toBeGreaterThan(cost(plain));
    // The recommendation is the report's, and it states the recommended system's index cost as the table shows it.
    const choice = SYSTEMS.find((model) => shot.section.includes(k.choice(model)));
    expect(choice).toBeDefined();
    const index = /^(?:(\$[\d.,]+)[ ·・]+)?([\d,]+) (?:tok\.|トークン)$/.exec(cell(choice!, k.index));
    if (choice!.endsWith("-rag")) expect(index, "a RAG system's index cost").not.toBeNull();
    if (index) expect(shot.recommendation).toContain(r.indexCost(choice!, index[1] ?? null, index[2]!));
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
        expectSection(await shoot(`file://${out}`, width, `knowledge-base-report-${language}-${width}`), language, width);
      });

      it(`the dashboard's run page (${language}, ${width} px) shows the same section and recommendation`, async () => {
        expectSection(await shoot(`${screens.views.get(language)!.url}runs/${store.runId}`, width, `knowledge-base-dashboard-${language}-${width}`), language, width);
      });
    }
  }
});
