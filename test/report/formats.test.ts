import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ReportLanguage } from "../../src/report/i18n/messages.js";
import type { BreakEvenSeries } from "../../src/report/model/report-types.js";
import { renderReportToString } from "../../src/report/render-report.js";
import type { ReportFormat } from "../../src/report/report-formats.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { checkWellFormedXml, startTags, withoutStyleSheets } from "./markup.js";
import { writeReportStore } from "./report-store.js";
import { STANDARD_STORE } from "./standard-store.js";

const tempDir = useTempDirs();

type RenderOptions = { language?: ReportLanguage; minScore?: number; itemsPerSuite?: number | null; breakEven?: BreakEvenSeries };

function standardStore(): { file: string; runId: string } {
  const file = path.join(tempDir(), "k.db");
  return { file, runId: writeReportStore(file, STANDARD_STORE) };
}

function render(format: ReportFormat, options: RenderOptions = {}, store = standardStore()): string {
  const { file, runId } = store;
  const db = openDatabase(file);
  try {
    return renderReportToString(db, runId, { format, language: options.language ?? "en", ...options });
  } finally {
    db.close();
  }
}

const BREAK_EVEN: BreakEvenSeries = {
  volumeUnit: "requests / month",
  options: ["API", "self-hosted"],
  points: [1e3, 1e4, 1e5, 1e6].map((volume) => ({ volume, monthlyUsd: { API: volume * 0.002, "self-hosted": 600 } })),
};

describe("the HTML report", () => {
  it("is one self-contained page: inline style and SVG charts, no script, no external reference", () => {
    const page = render("html");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toMatch(/<\/html>\n$/);
    expect(page.match(/<svg/g)!.length).toBeGreaterThanOrEqual(3);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(withoutStyleSheets(page)).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/url\(\s*['"]?(?!#)/);
    for (const tag of startTags(page)) {
      for (const [name, value] of tag.attributes) {
        expect(name, `<${tag.name} ${name}>`).not.toMatch(/^on/);
        if (name === "href") expect(value).toMatch(/^#[\w-]+$/);
        expect(name).not.toMatch(/^(src|xlink:href|action|formaction)$/);
      }
    }
    expect(page).toContain(`content="default-src &#39;none&#39;`);
  });

  it("shows the leaderboard with intervals, the pairwise table with significance marked, ratings and IFEval", () => {
    const page = render("html");
    expect(page).toContain("<strong>90.0%</strong>");
    expect(page).toMatch(/<strong>33\.9%<\/strong>/); // gamma on qa: 20 of 59 answered
    expect(page).toContain("59 / 60");
    expect(page).toMatch(/\d+\.\d–\d+\.\d%<span class="ci"/);
    expect(page).toMatch(/<span class="badge noise">not significant<\/span>/);
    expect(page).toMatch(/<span class="badge real">alpha is better<\/span>/);
    expect(page).toContain("Pairwise judge ratings (Bradley–Terry)");
    // A rating interval's bounds apart by " … ", as the differences' are: "−245–1,000" read as one figure.
    const ratingIntervals = page.match(/<table class="ratings[^"]*">[^]*?<\/table>/)![0].match(/<td class="num" data-label="95% CI">[^<]*<\/td>\s*<\/tr>/g)!;
    expect(ratingIntervals.length).toBeGreaterThan(0);
    for (const cell of ratingIntervals) expect(cell).toMatch(/^<td class="num" data-label="95% CI">−?[\d,]+ … −?[\d,]+<\/td>/);
    expect(page).toContain("IFEval accuracies");
    expect(page).toContain("pass@4 50.0%");
    expect(page).toContain("* gamma: smoke-test model: its scores mean nothing");
    expect(page).toContain("Unpriced: gamma (neither <code>price:</code> nor <code>hosting:</code>). To price it, add <code>price:</code>");
    expect(render("md")).toContain("Unpriced: gamma \\(neither `price:` nor `hosting:`\\). To price it, add `price:`");
  });

  it("draws the capability radar, quality versus cost with its Pareto set, and latency boxes", () => {
    const page = render("html");
    expect(page).toContain("Capability by category");
    expect(page).toContain("Quality versus cost");
    expect(page).toContain("Not plotted (no known price): gamma.");
    expect(page).toContain("Latency per answer");
    // Each chart twice: at its own width and at a phone's, the style sheet showing one.
    const wide = page.match(/<div class="chart wide"><svg width="(?!360")[^]*?<\/svg>/g)!;
    const narrow = page.match(/<div class="chart narrow"><svg width="360"[^]*?<\/svg>/g)!;
    expect(wide).toHaveLength(3);
    expect(narrow).toHaveLength(3);
    // Radar axis labels are the categories; the Pareto legend names the front.
    for (const svgs of [wide, narrow]) {
      expect(svgs[0]).toContain("Understanding");
      expect(svgs[1]).toContain("Pareto set");
      expect(svgs[2]).toContain("gamma");
    }
    expect(page).not.toContain("Break-even");
  });

  it("renders the break-even section when the cost model supplies a series", () => {
    const page = render("html", { breakEven: BREAK_EVEN });
    expect(page).toContain("Break-even: monthly cost by volume");
    expect(page.match(/<svg/g)!.length).toBe(8);
    expect(page).toMatch(
      /<td data-label="Tokens per month">1K – 1M<\/td><td data-label="Cheapest option">API<\/td><\/tr>\s*<tr><td data-label="Tokens per month">1M – 1M<\/td><td data-label="Cheapest option">self-hosted<\/td>/,
    );
  });

  it("puts every item's answers side by side in <details>, with reasoning traces and scorer output", () => {
    const page = render("html");
    expect(page.match(/<details class="item">/g)).toHaveLength(60 + 30 + 10 + 10);
    expect(page).toContain("<summary>Reasoning trace</summary><pre>thinking about 1</pre>");
    expect(page).toContain("unsupported: the model takes no image input");
    expect(page).toContain("rate_limit: 429 Too Many Requests");
    const limited = render("html", { itemsPerSuite: 5 });
    expect(limited.match(/<details class="item">/g)).toHaveLength(20);
    expect(limited).toContain("Showing 5 of 60 items");
  });

  it("speaks Japanese with --lang ja", () => {
    const page = render("html", { language: "ja" });
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain("結果一覧");
    expect(page).toContain("有意差なし");
    expect(page).toContain("言語理解");
    expect(page).toContain("推論過程");
  });
});

describe("what judging cost", () => {
  it("has its own section in HTML and Markdown, in English and Japanese, from the verdicts' stored spend", () => {
    // The fixture's 20 pairwise verdicts each cost one fresh request of 300 + 40 tokens, by a judge without a price.
    const page = render("html");
    expect(page).toContain('<section id="judging"><h2>What judging cost</h2>');
    expect(page).toMatch(/<tr><td data-label="Judge"><span class="id">judge<\/span><\/td><td class="num" data-label="Verdicts">20<\/td>\s*<td class="num" data-label="Requests \(from cache\)">20 \(0\)<\/td><td class="num" data-label="Tokens in\u00a0\/ out">6,000 \/ 800<\/td>/);
    expect(render("md")).toMatch(/## What judging cost\n\n[^#]*\| judge \| 20 \| 20 \(0\) \| 6,000 \/ 800 \| – \|/);
    expect(render("html", { language: "ja" })).toContain('<section id="judging"><h2>ジャッジのコスト</h2>');
  });
});

describe("the Markdown report", () => {
  it("has the leaderboard, comparisons and items with the store's numbers", () => {
    const md = render("md");
    expect(md).toMatch(/^# kurabe report · 20260101-000000-test\n/);
    expect(md).toMatch(/\| alpha \| qa \| Understanding \| \*\*90\.0%\*\* \| \d+\.\d–\d+\.\d% \| 60 \|/);
    expect(md).toMatch(/\| gamma \\\* \| qa \|[^\n]*\| 59 \/ 60 \| 1 \|/);
    expect(md).toMatch(/\| alpha \| beta \| 60 \| \+1\.7 pt \|[^\n]*\| \*not significant\* \|/);
    expect(md).toContain("## Answers side by side");
    expect(md).toContain("#### qa-000\n");
  });
});

describe("the JSON report", () => {
  it("is the report model with a stable key order, then every item", () => {
    const store = standardStore();
    const json = render("json", {}, store);
    const parsed = JSON.parse(json) as Record<string, unknown> & { entries: Array<Record<string, unknown>>; items: unknown[] };
    expect(Object.keys(parsed)).toEqual([
      "formatVersion", "run", "models", "suites", "categories", "entries", "overview", "comparisons", "overallComparisons", "ratings", "breakEven", "judging", "knowledgeBase", "prompts",
      "recommendation", "settings", "items",
    ]);
    expect(parsed.items).toHaveLength(110);
    expect(Object.keys(parsed.entries[0]!)).toEqual([
      "modelId", "suite", "category", "score", "interval", "n", "planned", "errors", "skipped", "correct", "cached", "latencyP50Ms",
      "latencyP95Ms", "ttftP50Ms", "outputTokensPerSecond", "inputTokens", "outputTokens", "costUsd", "costPerAnswerUsd", "cacheSavingsUsd", "costPerCorrectUsd", "passAtK",
      "secondary", "ifeval",
    ]);
    expect(parsed.entries[0]).toMatchObject({ modelId: "alpha", suite: "qa", score: 0.9, n: 60, correct: 54 });
    expect(render("json", {}, store)).toBe(json);
  });
});

describe("the CSV report", () => {
  it("has one RFC 4180 row per model × suite with raw numbers", () => {
    const csv = render("csv");
    expect(csv.split("\r\n")).toHaveLength(1 + 12 + 1);
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(12);
    const alphaQa = rows.find((r) => r.model === "alpha" && r.suite === "qa")!;
    expect(Number(alphaQa.score)).toBeCloseTo(0.9, 12);
    expect(Number(alphaQa.ci_low)).toBeLessThan(0.9);
    expect(Number(alphaQa.ci_high)).toBeGreaterThan(0.9);
    expect(alphaQa).toMatchObject({ n: "60", correct: "54", infra_errors: "0" });
    expect(rows.find((r) => r.model === "gamma" && r.suite === "qa")).toMatchObject({ cost_usd: "", infra_errors: "1", n: "59" });
    expect(rows.find((r) => r.model === "alpha" && r.suite === "code")).toMatchObject({ "pass@4": "0.5" });
    expect(rows.find((r) => r.model === "beta" && r.suite === "follow")).toMatchObject({ ifeval_prompt_strict: "0.5" });
  });
});

describe("the JUnit report", () => {
  it("has one testsuite per suite and one testcase per model, failing those below --min-score", () => {
    const xml = render("junit", { minScore: 0.5 });
    checkWellFormedXml(xml);
    expect(xml.match(/<testsuite /g)).toHaveLength(4);
    expect(xml.match(/<testcase /g)).toHaveLength(12);
    expect(xml).toMatch(/<testcase classname="kurabe\.qa" name="gamma">\n\s*<failure type="min-score" message="score 33\.9% is below the minimum 50\.0%"\/>/);
    expect(xml).toMatch(/<testcase classname="kurabe\.qa" name="alpha">\n\s*<system-out>/);
    expect(xml).toMatch(/<testsuites name="kurabe 20260101-000000-test" tests="12" failures="4" errors="0" skipped="0">/);
  });

  it("passes everything without a minimum", () => {
    const xml = render("junit");
    checkWellFormedXml(xml);
    expect(xml).not.toContain("<failure");
  });
});
