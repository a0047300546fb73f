import { describe, expect, it } from "vitest";
import { ReportEntries } from "../../src/finetune/report-entries.js";
import { renderReportMarkdown, reportJsonlLines, type BuildReport, type ReportEntry } from "../../src/finetune/report.js";

function reportWith(entries: ReportEntry[]): BuildReport {
  return {
    settings: { tool: "kurabe 0.0.0" },
    counts: {
      inquiryRows: entries.length,
      documentChunks: 0,
      examplesIn: entries.length,
      kept: entries.length,
      train: entries.length,
      validation: 0,
      dropped: {},
      flagged: {},
      truncated: 0,
      maskedExamples: entries.length,
      masked: { EMAIL: entries.length },
      languages: { ja: entries.length, en: 0, other: 0 },
      categories: {},
      tokens: { total: 0, max: 0, mean: 0 },
    },
    entries: ReportEntries.of(entries),
    inputs: [],
    pii: { byFile: { "log.csv": { EMAIL: entries.length } }, excerpts: [], companyKinds: [] },
    residual: [],
  };
}

const maskedRow = (line: number): ReportEntry => ({ id: `log.csv:${line}`, action: "masked", reason: "pii", detail: "[EMAIL]×1", pii: { EMAIL: 1 } });

describe("the build report", () => {
  it("lists the first 100 changes of a kind in report.md and counts the rest; report.jsonl holds every one", () => {
    const rows = Array.from({ length: 250 }, (_, index) => maskedRow(index + 2));
    const report = reportWith(rows);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("## Masked (250)");
    expect(markdown).toContain("The first 100; report.jsonl lists all 250, one JSON line each.");
    expect(markdown).toContain("- `log.csv:101` — pii: [EMAIL]×1");
    expect(markdown).not.toContain("`log.csv:102`");
    expect(markdown).toContain("- … and 150 more");
    expect(markdown).toMatch(/\| \[EMAIL\] \| 250 \|/);

    const lines = [...reportJsonlLines(report)];
    expect(lines).toHaveLength(251);
    expect(lines.every((line) => line.endsWith("\n"))).toBe(true);
    expect(JSON.parse(lines[0]!)).toHaveProperty("summary.counts.maskedExamples", 250);
    expect(lines.slice(1).map((line) => (JSON.parse(line) as ReportEntry).id)).toEqual(rows.map((entry) => entry.id));
  });

  it("lists a short list whole, without a pointer", () => {
    const markdown = renderReportMarkdown(reportWith([maskedRow(2), maskedRow(3)]));
    expect(markdown).toContain("## Masked (2)");
    expect(markdown).toContain("- `log.csv:3` — pii: [EMAIL]×1");
    expect(markdown).not.toContain("more");
  });
});
