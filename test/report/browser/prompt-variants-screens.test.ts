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
import { runCli } from "../../support/cli.js";
import { useMockServers } from "../../support/judge-project.js";
import { writeJsonl } from "../../support/temp-dir.js";
import { atWidth, codeBrokenMidWord, HAS_CHROMIUM, keepScreenshot, openScreens, SKIP_REASON, type Screens } from "./browser.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const WIDTHS = [1280, 390] as const;
const LANGUAGES: ReportLanguage[] = ["en", "ja"];
const startServer = useMockServers();

/** gpt-4o-mini sums right only when told to give the number alone; llama sums right two items in three, however asked. */
function answer(request: MockRequest): string {
  const system = request.messages.find((message) => message.role === "system")?.content.map((part) => (part.type === "text" ? part.text : "")).join("");
  const [a, b] = (request.prompt.match(/(\d+) \+ (\d+)/) ?? []).slice(1).map(Number);
  const sum = String(a! + b!);
  if (request.model === "llama") return a! % 3 === 0 ? "?" : sum;
  return system?.includes("number only") || a! % 2 === 0 ? sum : request.prompt;
}

/**
 * The prompt-variants section of a run made through `kurabe run` (two models × three prompts), in the HTML report and
 * on the dashboard's run page, at 1,280 and 390 px in English and Japanese; the section's screenshots are kept in
 * test/report/browser/.screenshots/ for people to look at.
 */
describe.skipIf(!HAS_CHROMIUM)("the prompt variants section in Chromium, 1,280 and 390 px, en and ja", () => {
  let screens: Screens;
  let dir: string;
  let runId: string;

  beforeAll(async () => {
    const server = await startServer({ respond: answer });
    // Kept for every test of the file (a per-test temporary folder would be gone after the first).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-prompts-"));
    writeJsonl(path.join(dir, "items.jsonl"), Array.from({ length: 24 }, (_, i) => ({ id: `q${i}`, input: `${i} + ${i + 1}`, expected: String(2 * i + 1) })));
    fs.writeFileSync(
      path.join(dir, "kurabe.yaml"),
      `models:
  - { id: openai:gpt-4o-mini, provider: openai-compatible, baseURL: "${server.url}/v1", model: mini }
  - { id: llama-3.1-8b-instruct, provider: openai-compatible, baseURL: "${server.url}/v1", model: llama }
prompts:
  - id: plain
  - id: terse
    system: Reply with the number only.
    template: "Sum: {{input}}"
  - id: step-by-step
    system: Work it out, then give the number only.
suites:
  - { name: sums, path: items.jsonl }
`,
    );
    const run = await runCli(["run", "--db", "kurabe.db"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    runId = /run (\S+)\)/.exec(run.stdout + run.stderr)![1]!;
    screens = await openScreens(path.join(dir, "kurabe.db"), LANGUAGES);
  }, 120_000);
  afterAll(async () => {
    await screens?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * The section at the width: its screenshot kept, its text, whether its table or the page scroll sideways, and its
   * code spans broken mid-word (the note's `モデル@プロンプト` broke before its last character).
   */
  async function shoot(url: string, width: number, name: string): Promise<{ pageWidth: number; tableCut: boolean; text: string; codeBroken: string[] }> {
    return atWidth(screens.browser, url, width, async (page) => {
      await keepScreenshot(page.locator("section#prompts"), `${name}.png`);
      const codeBroken = await codeBrokenMidWord(page);
      return await page.evaluate((codeBroken) => {
        const wrap = document.querySelector("section#prompts .table-wrap")!;
        return {
          pageWidth: document.documentElement.scrollWidth,
          tableCut: wrap.scrollWidth > wrap.clientWidth + 1,
          text: document.querySelector("section#prompts")!.textContent ?? "",
          codeBroken,
        };
      }, codeBroken);
    });
  }

  for (const language of LANGUAGES) {
    // The intro lists the prompts as the language lists: "plain, terse" / "plain、terse".
    const expected =
      language === "en"
        ? ["plain (baseline)", "significantly better", "not significant", "(plain, terse, step-by-step)"]
        : ["plain（基準）", "有意に高い", "有意差なし", "（plain、terse、step-by-step）"];
    for (const width of WIDTHS) {
      it(`the HTML report (${language}, ${width} px) sets each model's prompts side by side with the verdict against the first`, async () => {
        const out = path.join(dir, `report-${language}.html`);
        if (!fs.existsSync(out)) {
          const db = openDatabase(path.join(dir, "kurabe.db"));
          fs.writeFileSync(out, renderReportToString(db, runId, { format: "html", language, itemsPerSuite: 1 }));
          db.close();
        }
        const shot = await shoot(`file://${out}`, width, `prompt-variants-report-${language}-${width}`);
        expect(shot.pageWidth).toBeLessThanOrEqual(width);
        expect(shot.tableCut).toBe(false);
        expect(shot.codeBroken).toEqual([]);
        for (const words of expected) expect(shot.text).toContain(words);
      });

      it(`the dashboard's run page (${language}, ${width} px) shows the same section`, async () => {
        const shot = await shoot(`${screens.views.get(language)!.url}runs/${runId}`, width, `prompt-variants-dashboard-${language}-${width}`);
        expect(shot.pageWidth).toBeLessThanOrEqual(width);
        expect(shot.tableCut).toBe(false);
        expect(shot.codeBroken).toEqual([]);
        for (const words of expected) expect(shot.text).toContain(words);
      });
    }
  }
});
