import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReportToString } from "../../../src/report/render-report.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { writeReportStore } from "../report-store.js";

const tempDir = useTempDirs();

describe("an item's collapsed line in the HTML report", () => {
  it("previews the question's start, ending in … when the question is longer than the preview", () => {
    const file = path.join(tempDir(), "k.db");
    const long = `Statement 1 | ${"every element of a group generates a cyclic subgroup ".repeat(4)}`;
    const runId = writeReportStore(file, {
      models: [{ id: "a", price: { input: 1, output: 1 } }],
      suites: [{ name: "mmlu", category: "nlu", items: 2, input: (i) => (i === 0 ? long : "short question?") }],
      result: () => ({ passed: true }),
    });
    const db = openDatabase(file);
    try {
      const page = renderReportToString(db, runId, { format: "html", language: "en", itemsPerSuite: null });
      const previews = [...page.matchAll(/<span class="preview">([^<]*)<\/span>/g)].map((match) => match[1]!);
      expect(previews).toEqual([`${long.slice(0, 139)}…`, "short question?"]);
    } finally {
      db.close();
    }
  });
});
