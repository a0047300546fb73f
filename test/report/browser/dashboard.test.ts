// In-page callbacks (page.evaluate) run in Chromium and use the DOM; src/ is still built without it (tsconfig.build.json).
/// <reference lib="dom" />
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewCommand } from "../../../src/cli/view.js";
import type { ViewServer } from "../../../src/view/view-server.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { expectInertPage, HAS_CHROMIUM, headingsBrokenMidWord, inspectPage, launchBrowser, keepScreenshot, poke, SKIP_REASON, watchPage, type Browser } from "./browser.js";
import { buildHostileStore, HOSTILE_ITEM, HOSTILE_MODEL, PAYLOADS, type HostileStore } from "./hostile-store.js";

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.skipIf(!HAS_CHROMIUM)("kurabe view in Chromium, over hostile model output", () => {
  const tempDir = useTempDirs();
  let browser: Browser;
  let store: HostileStore;
  let server: ViewServer;
  let stopped: Promise<number>;
  const stop = new AbortController();

  beforeAll(async () => {
    store = await buildHostileStore(tempDir());
    const listening = new Promise<ViewServer>((resolve) => {
      stopped = viewCommand(
        { db: store.dbFile, port: "0", lang: "en" },
        { signal: stop.signal, onListening: resolve, stdout: devNull(), stderr: devNull() },
      );
    });
    server = await listening;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    stop.abort();
    expect(await stopped).toBe(0);
  });

  /**
   * Opens a dashboard page with every request leaving the dashboard aborted, pokes it, and checks it ran nothing,
   * asked for nothing, and logged nothing. Returns the page for page-specific checks.
   */
  async function openSafely(path: string, act?: (page: Page) => Promise<void>, status = 200): Promise<Page> {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    const origin = server.url.replace(/\/$/, "");
    const foreign: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) && route.request().isNavigationRequest()) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: "load" });
    expect(response?.status()).toBe(status);
    if (act) await act(page);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
    await poke(page);
    const findings = await inspectPage(page);
    expectInertPage(findings, watch);
    // Chromium logs the status of a page that is an error page; that one message is expected.
    const expected = status === 200 ? [] : [`Failed to load resource: the server responded with a status of ${status} (Not Found)`];
    expect(watch.consoleErrors).toEqual(expected);
    expect(foreign).toEqual([]);
    return page;
  }

  it("lists the runs", async () => {
    const page = await openSafely("/");
    expect((await inspectPage(page)).headings).toEqual(["Runs", "Compare runs"]);
    expect(await page.locator("table.runs tbody tr").count()).toBe(2);
    expect(await page.getByText(PAYLOADS[0]!, { exact: false }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("shows a run's leaderboard with intervals and charts, and filters it through its form", async () => {
    const page = await openSafely(`/runs/${store.baseline}`);
    expect((await inspectPage(page)).headings).toEqual(
      expect.arrayContaining(["kurabe report", "Leaderboard", "Charts", "Is the gap real? Paired comparisons"]),
    );
    expect(await page.locator("table.leaderboard tbody tr").count()).toBe(12);
    expect(await page.locator(".ci").count()).toBe(12);
    expect(await page.locator("#charts .chart.wide svg").count()).toBe(3);
    await keepScreenshot(page, "dashboard-leaderboard.png");
    await keepScreenshot(page.locator("#charts"), "dashboard-charts.png");
    // The 40-character model id narrows the comparisons' other columns: their headings still break between words.
    expect(await headingsBrokenMidWord(page)).toEqual([]);
    await page.close();

    const filtered = await openSafely(`/runs/${store.baseline}`, async (p) => {
      await p.selectOption("select[name=model]", HOSTILE_MODEL);
      await p.selectOption("select[name=category]", "nlu");
      await Promise.all([p.waitForURL(/model=/), p.click("form.filters button[type=submit]")]);
    });
    const url = new URL(filtered.url());
    expect(url.searchParams.get("model")).toBe(HOSTILE_MODEL);
    expect(url.searchParams.get("category")).toBe("nlu");
    const rows = filtered.locator("table.leaderboard tbody tr");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator("td").nth(1).textContent()).toBe("qaUnderstanding"); // the suite, its category under it
    await filtered.close();
  });

  it("pages through the items and drills down to one, a hostile id included", async () => {
    const list = await openSafely(`/runs/${store.baseline}/items?suite=qa`);
    expect((await inspectPage(list)).headings).toEqual(["Items"]);
    expect(await list.locator("table.item-list tbody tr").count()).toBe(9);
    await list.close();

    const item = await openSafely(`/runs/${store.baseline}/items?suite=qa`, async (p) => {
      await Promise.all([p.waitForURL(/\/item\?/), p.getByRole("link", { name: HOSTILE_ITEM }).click()]);
    });
    expect(new URL(item.url()).searchParams.get("id")).toBe(HOSTILE_ITEM);
    expect((await inspectPage(item)).headings).toEqual([`qa\u00a0· ${HOSTILE_ITEM}`]);
    expect(await item.locator("section.answer").count()).toBe(4);
    await item.close();

    // The item whose alpha answer is 2 MB: cut to head and tail, every model's answer, reasoning and scores.
    const big = await openSafely(`/runs/${store.baseline}/item?suite=qa&id=qa-3`);
    expect(await big.locator("section.answer").count()).toBe(4);
    expect(await big.locator(".cut").count()).toBeGreaterThan(0);
    expect(await big.locator("table.scores").count()).toBe(4);
    expect(await big.getByText("Reasoning trace").count()).toBe(1);
    await big.evaluate(() => window.scrollTo(0, 0));
    await keepScreenshot(big, "item-drilldown.png");
    await big.close();

    const failures = await openSafely(`/runs/${store.baseline}/items?model=alpha&outcome=fail`);
    expect(await failures.locator("table.item-list thead th").count()).toBe(4); // suite, item, alpha, question
    expect(await failures.locator("table.item-list tbody tr").count()).toBeGreaterThan(0);
    await failures.close();
  });

  it("compares two runs per suite with significance", async () => {
    const page = await openSafely(`/compare?base=${store.baseline}&cand=${store.candidate}`);
    expect((await inspectPage(page)).headings).toEqual(
      expect.arrayContaining(["Compare runs", "alpha: baseline → candidate", `${HOSTILE_MODEL}: baseline → candidate`]),
    );
    expect(await page.locator("table.run-comparison").count()).toBe(4);
    expect(await page.locator("table.run-comparison tbody tr").count()).toBe(12);
    await keepScreenshot(page, "comparison.png", { fullPage: true });
    await page.close();
  });

  it("says what was not found, as text", async () => {
    const page = await openSafely(`/runs/${encodeURIComponent(PAYLOADS[1]!)}`, undefined, 404);
    expect((await inspectPage(page)).headings).toEqual(["Not found"]);
    expect(await page.getByText(PAYLOADS[1]!, { exact: false }).count()).toBe(1);
    await page.close();
  });
});

function devNull(): NodeJS.WritableStream {
  return { write: () => true } as unknown as NodeJS.WritableStream;
}
