import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { reportCommand } from "../../src/cli/report.js";
import { configSchema } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { writeTinyLlamaGguf } from "../../src/models/gguf/tiny-llama.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { messagesFor } from "../../src/report/i18n/messages.js";
import { numberFormat } from "../../src/report/i18n/number-format.js";
import type { ReportEntry } from "../../src/report/model/report-types.js";
import { HAS_CHROMIUM, keepScreenshot, launchBrowser, SKIP_REASON, watchPage } from "./browser/browser.js";

const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A run of an API-style model (local server) and the in-process tiny GGUF on several built-in suites. */
async function twoModelRun(dir: string): Promise<{ dbFile: string; runId: string }> {
  server = await startMockServer({ respond: (request) => (request.prompt.includes("答え") ? "(A)" : "The answer is (B).") });
  const gguf = path.join(dir, "tiny.gguf");
  await writeTinyLlamaGguf(gguf, { seed: 5 });
  const config = configSchema.parse({
    models: [
      { id: "api-mock", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "m", price: { input: 0.15, output: 0.6 } },
      { id: "tiny-gguf", provider: "llamacpp", model: gguf, sequences: 2, concurrency: 2, contextSize: 4096, hosting: { hourlyUsd: 1.2 } },
    ],
    suites: [
      { builtin: "mmlu", limit: 8, params: { maxTokens: 8 } },
      { builtin: "jcommonsenseqa", limit: 8, params: { maxTokens: 8 } },
      { builtin: "gsm8k", limit: 4, params: { maxTokens: 16 } },
    ],
  });
  const dbFile = path.join(dir, "k.db");
  const db = openDatabase(dbFile);
  try {
    const outcome = await startRun({ db, config, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
    return { dbFile, runId: outcome.runId };
  } finally {
    db.close();
  }
}

describe("a run of two models (a local server and the tiny GGUF) on several suites", () => {
  it("produces every report format, with the same numbers in each", async () => {
    const dir = tempDir();
    const { dbFile, runId } = await twoModelRun(dir);
    const text: Record<string, string> = {};
    for (const format of ["html", "md", "json", "csv", "junit"]) {
      const out = path.join(dir, `report.${format}`);
      expect(await reportCommand(runId, { db: dbFile, format, out, lang: "en" })).toBe(0);
      text[format] = fs.readFileSync(out, "utf8");
    }
    const json = JSON.parse(text.json!) as { entries: ReportEntry[] } & Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["recommendation", "breakEven"]));
    expect((text.html!.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(3);

    // Every model × suite, in each format: the JSON's figures, raw in the CSV and as the report prints them elsewhere.
    expect(json.entries.map((e) => `${e.modelId}|${e.suite}`).sort()).toEqual(
      ["api-mock", "tiny-gguf"].flatMap((model) => ["gsm8k", "jcommonsenseqa", "mmlu"].map((suite) => `${model}|${suite}`)).sort(),
    );
    const f = numberFormat(messagesFor("en"));
    const [header, ...rows] = text.csv!.trimEnd().split("\r\n").map((line) => line.split(","));
    const column = (name: string) => header!.indexOf(name);
    for (const entry of json.entries) {
      const csv = rows.find((row) => row[column("model")] === entry.modelId && row[column("suite")] === entry.suite)!;
      expect([csv[column("score")], csv[column("n")], csv[column("cost_usd")]].map((cell) => (cell === "" ? null : Number(cell)))).toEqual([
        entry.score,
        entry.n,
        entry.costUsd,
      ]);
      const markdown = text.md!.split("\n").find((line) => line.startsWith(`| ${entry.modelId} | ${entry.suite} |`))!;
      expect(markdown).toContain(`| **${f.percent(entry.score)}** |`);
      expect(markdown).toContain(`| ${f.usd(entry.costUsd)} |`);
      expect(text.html).toContain(f.percent(entry.score));
      expect(text.junit).toContain(`<testcase classname="kurabe.${entry.suite}" name="${entry.modelId}">`);
    }
  });

  it.skipIf(!HAS_CHROMIUM)("opens offline in Chromium with its charts drawn (screenshots kept for people to look at)", async () => {
    const dir = tempDir();
    const { dbFile, runId } = await twoModelRun(dir);
    const out = path.join(dir, "report.html");
    expect(await reportCommand(runId, { db: dbFile, out, lang: "ja" })).toBe(0);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
      const watch = watchPage(page);
      await page.goto(`file://${out}`);
      const charts = await page.locator("svg").evaluateAll((svgs) =>
        svgs.map((svg) => svg.getBoundingClientRect()).filter((box) => box.width > 100 && box.height > 100).length,
      );
      expect(charts).toBeGreaterThanOrEqual(3);
      expect(watch.requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
      await keepScreenshot(page, "two-models-report.png", { fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
if (!HAS_CHROMIUM) console.warn(SKIP_REASON);
