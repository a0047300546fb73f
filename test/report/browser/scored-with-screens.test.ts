// In-page callbacks (page.evaluate) run in Chromium and use the DOM; src/ is still built without it (tsconfig.build.json).
/// <reference lib="dom" />
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockRequest } from "../../../src/mock-server/types.js";
import type { ReportLanguage } from "../../../src/report/i18n/messages.js";
import { renderReportToString } from "../../../src/report/render-report.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { showScoringRevision } from "../../../src/store/show-revision.js";
import { runCli } from "../../support/cli.js";
import { useMockServers } from "../../support/judge-project.js";
import { writeJsonl } from "../../support/temp-dir.js";
import { atWidth, HAS_CHROMIUM, keepScreenshot, openScreens, SKIP_REASON, type Screens } from "./browser.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const WIDTHS = [1280, 390] as const;
const LANGUAGES: ReportLanguage[] = ["en", "ja"];
const startServer = useMockServers();

/** Candidates echo the question; the judge always prefers the answer shown first. */
function answer(request: MockRequest): string {
  return request.model === "judge-model" ? JSON.stringify({ winner: "A", strong: false, reason: "first" }) : request.prompt;
}

/**
 * What a report says a scoring revision was scored with (each suite's scorers and pairwise judge), in the HTML
 * report's and the dashboard's run header at 1,280 and 390 px in English and Japanese; screenshots of the header are
 * kept in test/report/browser/.screenshots/ for people to look at.
 */
describe.skipIf(!HAS_CHROMIUM)("the scored-with line in Chromium, 1,280 and 390 px, en and ja", () => {
  let screens: Screens;
  let dir: string;
  let runId: string;

  beforeAll(async () => {
    const server = await startServer({ respond: answer });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-scored-with-"));
    writeJsonl(path.join(dir, "items.jsonl"), Array.from({ length: 4 }, (_, i) => ({ id: `q${i}`, input: `question ${i}`, expected: `question ${i}` })));
    const config = (criteria: string) =>
      fs.writeFileSync(
        path.join(dir, "kurabe.yaml"),
        `db: kurabe.db
models:
  - { id: openai:gpt-4o-mini, provider: openai-compatible, baseURL: "${server.url}/v1", model: mini }
  - { id: llama-3.1-8b-instruct, provider: openai-compatible, baseURL: "${server.url}/v1", model: llama }
  - { id: claude-judge, provider: openai-compatible, baseURL: "${server.url}/v1", model: judge-model, judgeOnly: true }
suites:
  - name: customer-support-answers
    path: items.jsonl
    scorer: [contains, { type: regex, pattern: "question \\\\d" }, exact]
    pairwise: { judge: claude-judge, criteria: "${criteria}" }
  - { name: sums, path: items.jsonl, scorer: exact }
`,
      );
    config("helpfulness");
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    config("brevity");
    const rescore = await runCli(["rescore", "--suite", "customer-support-answers"], { cwd: dir });
    expect(rescore.code, rescore.stderr).toBe(0);
    runId = /run (\S+):/.exec(rescore.stderr)![1]!;
    screens = await openScreens(path.join(dir, "kurabe.db"), LANGUAGES);
  }, 180_000);
  afterAll(async () => {
    await screens?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The run header at the width: its screenshot kept, its text, what joins a label to its value, and whether the page scrolls sideways. */
  async function shoot(url: string, width: number, name: string): Promise<{ pageWidth: number; text: string; colon: string }> {
    return atWidth(screens.browser, url, width, async (page) => {
      await keepScreenshot(page.locator("dl.run"), `${name}.png`);
      return await page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        text: document.querySelector("dl.run")!.textContent ?? "",
        colon: getComputedStyle(document.querySelector("dl.run dt")!, "::after").content,
      }));
    });
  }

  const settings = "customer-support-answers: [contains, {type: regex}, exact] · pairwise: {judge: claude-judge}; sums: exact";
  for (const language of LANGUAGES) {
    const label = language === "en" ? "Scored with" : "採点方法";
    // Japanese joins a label to its value with the full-width colon, as the rest of its pages do.
    const colon = language === "en" ? '":"' : '"："';
    for (const width of WIDTHS) {
      it(`the HTML report at revision 1 (${language}, ${width} px) says what it was scored with`, async () => {
        const out = path.join(dir, `report-${language}.html`);
        if (!fs.existsSync(out)) {
          const db = openDatabase(path.join(dir, "kurabe.db"));
          showScoringRevision(db, [{ runId, revision: 1 }]);
          fs.writeFileSync(out, renderReportToString(db, runId, { format: "html", language, itemsPerSuite: 1 }));
          db.close();
        }
        const shot = await shoot(`file://${out}`, width, `scored-with-report-${language}-${width}`);
        expect(shot.pageWidth).toBeLessThanOrEqual(width);
        expect(shot.text).toContain(`${label}${settings}`);
        expect(shot.colon).toBe(colon);
      });

      it(`the dashboard's run page (${language}, ${width} px) says it for the latest revision`, async () => {
        const shot = await shoot(`${screens.views.get(language)!.url}runs/${runId}`, width, `scored-with-dashboard-${language}-${width}`);
        expect(shot.pageWidth).toBeLessThanOrEqual(width);
        expect(shot.text).toContain(`${label}${settings}`);
        expect(shot.colon).toBe(colon);
      });

      it(`the dashboard's run page at revision 1 (${language}, ${width} px) says which it shows and links the latest`, async () => {
        const url = `${screens.views.get(language)!.url}runs/${runId}?revision=1`;
        const shot = await atWidth(screens.browser, url, width, async (page) => {
          // The run header down to the revision links, as one picture.
          const clip = await page.evaluate(() => {
            const top = document.querySelector("dl.run")!.getBoundingClientRect().top + window.scrollY;
            const bottom = document.querySelector("p.revisions")!.getBoundingClientRect().bottom + window.scrollY;
            return { x: 0, y: top, width: document.documentElement.clientWidth, height: bottom - top };
          });
          await keepScreenshot(page, `revision-dashboard-${language}-${width}.png`, { clip, fullPage: true });
          return await page.evaluate(() => ({
            pageWidth: document.documentElement.scrollWidth,
            header: document.querySelector("dl.run")!.textContent ?? "",
            links: document.querySelector("p.revisions")!.textContent ?? "",
          }));
        });
        expect(shot.pageWidth).toBeLessThanOrEqual(width);
        expect(shot.header).toContain(language === "en" ? "Scoring revision1 (as run)" : "採点リビジョン1（実行時の採点）");
        expect(shot.links).toBe(language === "en" ? "Show scoring revision: 1\u00a0· 2 (latest)" : "表示する採点リビジョン：1\u00a0· 2（最新）");
      });
    }
  }
});
