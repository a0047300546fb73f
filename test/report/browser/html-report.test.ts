// In-page callbacks (page.evaluate) run in Chromium and use the DOM; src/ is still built without it (tsconfig.build.json).
/// <reference lib="dom" />
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCommand } from "../../../src/cli/report.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { atWidth, chartLabelsOutOfPlace, expectInertPage, HAS_CHROMIUM, inspectPage, launchBrowser, keepScreenshot, poke, SKIP_REASON, watchPage, type Browser } from "./browser.js";
import { buildHostileStore, HOSTILE, HUGE_ANSWER, PAYLOADS } from "./hostile-store.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.skipIf(!HAS_CHROMIUM)("the HTML report in Chromium, over hostile model output", () => {
  const tempDir = useTempDirs();
  let browser: Browser;
  let dir: string;
  let reportFile: string;
  /** The report's text: its first test's folder is gone (useTempDirs) by the time the others run. */
  let reportHtml: string;

  beforeAll(async () => {
    dir = tempDir();
    const store = await buildHostileStore(dir);
    reportFile = path.join(dir, "report.html");
    const status = await reportCommand(store.baseline, { db: store.dbFile, out: reportFile, lang: "ja", items: "all" });
    expect(status).toBe(0);
    reportHtml = fs.readFileSync(reportFile, "utf8");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens offline: runs no payload, fires no dialog, attempts no request, logs no error", async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    const blocked: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const url = pathToFileURL(reportFile).href;
    await page.goto(url, { waitUntil: "load" });
    await poke(page);
    // Open every collapsed item, reasoning trace and evidence: hostile text inside <details> is rendered too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
    await poke(page);

    const findings = await inspectPage(page);
    expectInertPage(findings, watch);
    expect(watch.consoleErrors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(watch.requests.filter((request) => request !== url)).toEqual([]);

    expect(findings.headings).toEqual(expect.arrayContaining(["kurabe レポート", "結果一覧", "グラフ", "回答の並列比較"]));
    expect(await page.locator("table.leaderboard tbody tr").count()).toBe(12);
    expect(await page.locator("#charts .chart.wide svg").count()).toBe(3);
    // The payloads are there, as text.
    for (const payload of PAYLOADS) expect(await page.getByText(payload, { exact: false }).count()).toBeGreaterThan(0);
    // The 2 MB answer is cut to its head and tail.
    expect(fs.statSync(reportFile).size).toBeLessThan(HUGE_ANSWER.length);
    expect(await page.locator(".cut").count()).toBeGreaterThan(0);

    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.removeAttribute("open")));
    await page.evaluate(() => window.scrollTo(0, 0));
    await keepScreenshot(page, "report-top.png");
    await keepScreenshot(page.locator("#charts"), "report-charts.png");
    await page.close();
  });

  // A 38-character model id that is markup ran over the next legend entry at 1,280 px and off a phone's chart's edge.
  for (const width of [1280, 390]) {
    it(`its charts keep every label whole and clear of the others and of the legend's chips (${width} px)`, async () => {
      const file = path.join(tempDir(), "report.html");
      fs.writeFileSync(file, reportHtml);
      const out = await atWidth(browser, pathToFileURL(file).href, width, async (page) => {
        await keepScreenshot(page.locator("#charts"), `report-charts-${width}.png`);
        return chartLabelsOutOfPlace(page);
      });
      expect(out).toEqual([]);
    });
  }

  it("would notice a payload that was not escaped (a control for the checks above)", async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.setContent(`<!DOCTYPE html><html><body><p>${HOSTILE}</p></body></html>`);
    await poke(page);
    const findings = await inspectPage(page);
    expect(findings.pwned).toBe(1);
    expect(findings.handlers.length).toBeGreaterThan(0);
    expect(findings.scriptUrls.length).toBeGreaterThan(0);
    expect(findings.foreignElements.length).toBeGreaterThan(0);
    expect(findings.bodyVisible).toBe(false);
    expect(watch.dialogs).toEqual([]);
    await page.close();
  });
});
