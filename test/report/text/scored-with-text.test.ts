import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReport } from "../../../src/report/model/load-report.js";
import { renderReportToString } from "../../../src/report/render-report.js";
import { renderLeaderboardTable } from "../../../src/report/terminal-table.js";
import { scoredWithText } from "../../../src/report/text/scored-with-text.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { FOUR_MODEL_STORE } from "../four-model-store.js";
import { writeReportStore } from "../report-store.js";

const tempDir = useTempDirs();

describe("what a run was scored with", () => {
  it("names each suite's scorers and pairwise judge as kurabe.yaml's flow style, each setting a code span", () => {
    expect(
      scoredWithText([
        { suite: "tone", scorer: { type: "rubric", judge: "gpt", rubric: "polite?" }, pairwise: { judge: "gpt", criteria: "helpful" } },
        { suite: "qa", scorer: ["exact", "contains"] },
      ]),
    ).toBe("tone: `{type: rubric, judge: gpt}` · `pairwise: {judge: gpt}`; qa: `[exact, contains]`");
  });

  it("leaves out a suite whose configuration names no scorer (never `null`), keeping its pairwise judge", () => {
    expect(scoredWithText([{ suite: "mmlu", scorer: null }, { suite: "qa", scorer: "exact" }])).toBe("qa: `exact`");
    expect(scoredWithText([{ suite: "mmlu", scorer: null, pairwise: { judge: "claude" } }])).toBe("mmlu: `pairwise: {judge: claude}`");
  });

  it("is null when no suite names a scorer, so the line is left out", () => {
    expect(scoredWithText([{ suite: "mmlu", scorer: null }, { suite: "gsm8k", scorer: null }])).toBeNull();
  });

  it("the four-model run (built-in suites, no scorer named) prints no scored-with line in any format, no null, no backtick in HTML", () => {
    const file = path.join(tempDir(), "k.db");
    const runId = writeReportStore(file, FOUR_MODEL_STORE);
    const db = openDatabase(file);
    try {
      for (const language of ["en", "ja"] as const) {
        const page = renderReportToString(db, runId, { format: "html", language, itemsPerSuite: 0 });
        const header = /<dl class="run">([^]*?)<\/dl>/.exec(page)![1]!;
        expect(header).not.toMatch(/Scored with|採点方法|null|`/);
        const markdown = renderReportToString(db, runId, { format: "md", language, itemsPerSuite: 0 });
        expect(markdown).not.toMatch(/Scored with|採点方法|`null`/);
      }
      const table = renderLeaderboardTable(loadReport(db, runId));
      expect(table).not.toMatch(/scored with|null/);
    } finally {
      db.close();
    }
  });
});
