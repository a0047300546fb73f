import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import { reportCommand } from "../../src/cli/report.js";
import { configSchema } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { capabilityChart } from "../../src/report/charts/capability-chart.js";
import { renderChartSvg } from "../../src/report/charts/render-chart.js";
import { sanitizeSvg } from "../../src/report/charts/sanitize-svg.js";
import { messagesFor } from "../../src/report/i18n/messages.js";
import type { Report } from "../../src/report/model/report-types.js";
import { renderReportToString } from "../../src/report/render-report.js";
import { REPORT_FORMATS, type ReportFormat } from "../../src/report/report-formats.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";
import { checkWellFormedXml, outsideCodeFences, startTags } from "./markup.js";
import { writeReportStore } from "./report-store.js";

const tempDir = useTempDirs();

/** What a hostile or broken model might write, and what a hostile data file might hold. */
const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[click me](javascript:alert(1))",
  '<a href="javascript:alert(1)">link</a>',
  "]]><x>",
  `"quoted" 'single' & ampersand`,
  "<svg onload=alert(1)><style>@import url(https://evil.example/x.css)</style>",
  "```\n</pre><script>alert(2)</script>\n````",
  "\u0000\u0007\u001b[31m control \u007f",
  "https://evil.example/x.png",
].join("\n");

/** A 1 MB answer with the hostile text in the middle (the part a report cuts). */
const HUGE = `${"A".repeat(500_000)}${HOSTILE}${"Z".repeat(500_000)}`;

const EVIL_MODEL = `evil"<b onmouseover=alert(1)>,=cmd|'/c calc'!A0\n`;
const EVIL_SUITE = "<script>suite</script>]]>";
const EVIL_CATEGORY = "<img src=x onerror=alert(1)>";

function hostileStore(): { file: string; runId: string } {
  const file = path.join(tempDir(), "k.db");
  const runId = writeReportStore(file, {
    description: HOSTILE,
    models: [{ id: "alpha", price: { input: 1, output: 1 }, note: HOSTILE }, { id: EVIL_MODEL, price: { input: 2, output: 2 } }],
    suites: [
      { name: EVIL_SUITE, category: EVIL_CATEGORY, items: 3, input: () => HOSTILE, expected: HOSTILE, choices: [HOSTILE, "B"] },
      { name: "plain", category: "nlu", items: 2 },
      { name: "third", category: "code", items: 2 },
    ],
    result: (model, suite, i) => {
      if (suite !== EVIL_SUITE) return { passed: i === 0 };
      if (i === 2) return { status: "error", errorKind: "server", errorMessage: HOSTILE };
      return {
        text: i === 0 ? HUGE : HOSTILE,
        reasoning: HUGE,
        passed: model === "alpha",
        scores: [
          { scorer: HOSTILE, isPrimary: true, value: 1, passed: true, extracted: HUGE, detail: HOSTILE, evidence: { raw: HUGE, note: HOSTILE } },
          { scorer: "second", isPrimary: false, value: 0, passed: false, extracted: HOSTILE },
        ],
      };
    },
    pairwise: [{ suite: EVIL_SUITE, itemId: `${EVIL_SUITE}-000`, modelA: "alpha", modelB: EVIL_MODEL, shownFirst: "a", verdict: "a", strong: false }],
  });
  return { file, runId };
}

function renderAll(): Record<ReportFormat, string> {
  const { file, runId } = hostileStore();
  const db = openDatabase(file);
  try {
    const out = {} as Record<ReportFormat, string>;
    for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
      out[format] = renderReportToString(db, runId, { format, language: "en", minScore: 0.9 });
    }
    return out;
  } finally {
    db.close();
  }
}

/** No tag from data: no script element, no event handler, no link or resource leaving the page. */
function expectInertHtml(page: string): void {
  expect(page).not.toMatch(/<script/i);
  expect(page).not.toMatch(/<(img|iframe|object|embed|link|foreignObject|image|use|form|base|meta http-equiv="refresh")\b/i);
  for (const tag of startTags(page)) {
    for (const [name, value] of tag.attributes) {
      expect(name, `<${tag.name} ${name}=...>`).not.toMatch(/^on/);
      expect(name).not.toMatch(/^(src|srcset|xlink:href|action|formaction|background|poster)$/);
      if (name === "href") expect(value).toMatch(/^#[\w-]+$/);
      expect(value.toLowerCase()).not.toMatch(/javascript:|https?:\/\//);
    }
  }
  // Text may mention a URL; only an attribute or a style sheet could load one.
  for (const sheet of page.match(/<style\b[^>]*>[^]*?<\/style>/gi) ?? []) expect(sheet).not.toMatch(/https?:|url\(|@import/i);
  expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
}

describe("hostile model output and data", () => {
  const rendered = renderAll();

  it("come out of the HTML report as text: no script, no handler, no link, no external reference", () => {
    const page = rendered.html;
    expectInertHtml(page);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain("[click me](javascript:alert(1))"); // text, not a link
    expect(page).toContain("&lt;a href=&quot;javascript:alert(1)&quot;&gt;");
    expect(page).toContain("\u2400\u2407\u241b[31m control \u2421"); // control characters shown as pictures
  });

  it("are escaped inside the SVG charts too", () => {
    const page = rendered.html;
    const svgs = page.match(/<svg[^]*?<\/svg>/g)!;
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    expect(svgs.join("")).toContain("&lt;img src=x onerror=alert(1)&gt;"); // the category on the radar
    expect(svgs.join("")).toContain("evil&quot;&lt;b onmouseover=alert(1)&gt;"); // the model in a legend
    for (const svg of svgs) expectInertHtml(svg);
  });

  it("are capped in every format that shows them, keeping head and tail and saying how much was cut", () => {
    expect(rendered.html.length).toBeLessThan(400_000);
    expect(rendered.md.length).toBeLessThan(400_000);
    expect(rendered.json.length).toBeLessThan(400_000);
    expect(rendered.html).toMatch(/AAAA<span class="cut"> … \[\d{3},\d{3} characters cut\] … <\/span>ZZZZ/);
    expect(rendered.md).toMatch(/AAAA … \[\d{3},\d{3} characters cut\] … ZZZZ/);
    const json = JSON.parse(rendered.json) as { items: Array<{ answers: Array<{ text: { head: string; tail: string; cut: number } }> }> };
    const answer = json.items[0]!.answers[0]!.text;
    expect(answer.head.length + answer.tail.length + answer.cut).toBe(HUGE.length);
    expect(answer.head.length + answer.tail.length).toBeLessThan(10_000);
    expect(answer.head.startsWith("AAAA") && answer.tail.endsWith("ZZZZ")).toBe(true);
  });

  it("stay inside code blocks or escaped in Markdown: no raw HTML, no link", () => {
    const text = outsideCodeFences(rendered.md);
    expect(text).not.toMatch(/<[A-Za-z/!]/);
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    expect(text).not.toMatch(/(?<!\\)!\[/);
    expect(text).toContain("&lt;script&gt;suite&lt;/script&gt;");
    // The answer's own ``` and ```` cannot close the fence around it.
    expect(rendered.md).toContain("`````text\n");
  });

  it("stay data in JSON: it parses back to the stored strings and holds no raw <, > or &", () => {
    expect(rendered.json).not.toMatch(/[<>&]/);
    const json = JSON.parse(rendered.json) as { run: { description: string }; items: Array<{ input: { head: string } }> };
    expect(json.run.description).toBe(HOSTILE);
    expect(json.items[0]!.input.head).toBe(HOSTILE);
  });

  it("round-trip through CSV quoting, with formula-like text defused", () => {
    const rows = parse(rendered.csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.model)).toContain(EVIL_MODEL);
    expect(rows.map((r) => r.suite)).toContain(EVIL_SUITE);
    expect(rows.map((r) => r.category)).toContain(EVIL_CATEGORY);
    expect(rendered.csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it("leave JUnit XML well formed, with names escaped", () => {
    checkWellFormedXml(rendered.junit);
    expect(rendered.junit).not.toMatch(/<script|<b |]]>/);
    expect(rendered.junit).toContain('<testsuite name="&lt;script&gt;suite&lt;/script&gt;]]&gt;"');
    expect(rendered.junit).toContain('name="evil&quot;&lt;b onmouseover=alert(1)&gt;,=cmd|&apos;/c calc&apos;!A0\n"');
  });
});

describe("chart SVG", () => {
  const report = {
    models: [{ modelId: EVIL_MODEL }],
    categories: ["nlu", EVIL_CATEGORY, "</text><script>alert(1)</script>"],
    overview: [{ modelId: EVIL_MODEL, quality: 0.5, categoryScores: { nlu: 0.5, [EVIL_CATEGORY]: 0.2, "</text><script>alert(1)</script>": 1 } }],
  } as unknown as Report;

  it("escapes labels from the store in ECharts' server-side output", () => {
    const chart = capabilityChart(report, messagesFor("en"))!;
    const svg = renderChartSvg(chart.option, chart.size);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expectInertHtml(svg);
    expect(svg).not.toContain("xmlns");
  });

  it("is reduced to allowlisted drawing markup: handlers, links and external URLs go, unknown elements are refused", () => {
    const svg = sanitizeSvg(
      `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="10"><path d="M0 0" onclick="x()" fill="url(https://evil/x)" stroke="url(#grad)"></path>` +
        `<text style="background:url(http://evil/x)" x="1">a &gt; b &lt;c&gt;</text><style><![CDATA[.a{}]]></style></svg>`,
    );
    expect(svg).toBe(`<svg width="10"><path d="M0 0" stroke="url(#grad)"></path><text x="1">a &gt; b &lt;c&gt;</text></svg>`);
    expect(() => sanitizeSvg(`<svg><script>alert(1)</script></svg>`)).toThrow(/<script>/);
    expect(() => sanitizeSvg(`<svg><a href="javascript:alert(1)">x</a></svg>`)).toThrow(/<a>/);
    expect(() => sanitizeSvg(`<svg><foreignObject></foreignObject></svg>`)).toThrow(/foreignObject/);
    expect(() => sanitizeSvg(`<svg><path d='M0'/></svg>`)).toThrow(/cannot read/);
  });
});

describe("kurabe report on a run of the real engine", () => {
  let server: MockServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("writes every format from what a hostile model answered over HTTP", async () => {
    server = await startMockServer({ respond: (request) => (request.prompt.includes("big") ? HUGE : { text: HOSTILE, reasoning: HOSTILE }) });
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [
      { id: "a", input: "small <b>question</b>", expected: "x" },
      { id: "b", input: "big question", expected: "x" },
    ]);
    const config = configSchema.parse({
      models: [
        { id: "m1", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "mock", price: { input: 1, output: 1 } },
        { id: "m2", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "mock" },
      ],
      suites: [{ name: "s", path: path.join(dir, "items.jsonl"), scorer: "contains" }],
    });
    const dbFile = path.join(dir, "k.db");
    const db = openDatabase(dbFile);
    await startRun({ db, config, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
    db.close();
    for (const format of Object.keys(REPORT_FORMATS)) {
      const out = path.join(dir, `report.${format}`);
      await expect(reportCommand(undefined, { db: dbFile, format, lang: "ja", out, minScore: "50%" })).resolves.toBe(0);
    }
    const page = fs.readFileSync(path.join(dir, "report.html"), "utf8");
    expectInertHtml(page);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toMatch(/文字省略/);
    expect(page).toContain("推論過程");
    checkWellFormedXml(fs.readFileSync(path.join(dir, "report.junit"), "utf8"));
    expect((JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")) as { items: unknown[] }).items).toHaveLength(2);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses an unknown format, language, minimum score or item count with an input error", async () => {
    const { file } = hostileStore();
    await expect(reportCommand(undefined, { db: file, format: "pdf" })).rejects.toMatchObject({ code: "input" });
    await expect(reportCommand(undefined, { db: file, lang: "fr" })).rejects.toMatchObject({ code: "input" });
    await expect(reportCommand(undefined, { db: file, minScore: "150%" })).rejects.toMatchObject({ code: "input" });
    await expect(reportCommand(undefined, { db: file, items: "-1" })).rejects.toMatchObject({ code: "input" });
  });
});
