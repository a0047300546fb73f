// In-page callbacks (page.evaluate) run in Chromium and use the DOM; src/ is still built without it (tsconfig.build.json).
/// <reference lib="dom" />
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCommand } from "../../../src/cli/report.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { expectInertPage, HAS_CHROMIUM, inspectPage, launchBrowser, poke, screenshotPath, SKIP_REASON, watchPage, type Browser } from "./browser.js";
import { buildHostileStore, HOSTILE, HUGE_ANSWER, PAYLOADS } from "./hostile-store.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.skipIf(!HAS_CHROMIUM)("the HTML report in Chromium, over hostile model output", () => {
  const tempDir = useTempDirs();
  let browser: Browser;
  let dir: string;
  let reportFile: string;

  beforeAll(async () => {
    dir = tempDir();
    const store = await buildHostileStore(dir);
    reportFile = path.join(dir, "report.html");
    const status = await reportCommand(store.baseline, { db: store.dbFile, out: reportFile, lang: "ja", items: "all" });
    expect(status).toBe(0);
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
    await page.screenshot({ path: screenshotPath("report-top.png") });
    await page.locator("#charts").screenshot({ path: screenshotPath("report-charts.png") });
    await page.close();
  });

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
