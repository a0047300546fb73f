import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { useTempDirs } from "../support/temp-dir.js";
import { fourModelReportFigures } from "./report-figures.js";

/**
 * The four-model report's intervals, paired differences, overview and recommendation (verdict texts included) are
 * pinned to what the plain implementation (commit c2bc0f7) computed: making the report fast changed no figure. (The
 * overall intervals, and the overall verdict that now quotes one, were added after; every other figure is c2bc0f7's.)
 */
const pinned = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/decision/four-model-report.json"), "utf8"),
) as { figures: ReturnType<typeof fourModelReportFigures> };

const tempDir = useTempDirs();

describe("the four-model report's figures are the pinned ones, bit for bit", () => {
  it("intervals, comparisons (per suite and overall), overview and recommendation", () => {
    const figures = fourModelReportFigures(tempDir());
    expect(figures.intervals).toHaveLength(20);
    expect(figures.comparisons).toHaveLength(30);
    expect(figures.overallComparisons).toHaveLength(6);
    expect(figures.intervals).toEqual(pinned.figures.intervals);
    expect(figures.comparisons).toEqual(pinned.figures.comparisons);
    expect(figures.overallComparisons).toEqual(pinned.figures.overallComparisons);
    expect(figures.overview).toEqual(pinned.figures.overview);
    expect(figures.recommendation).toEqual(pinned.figures.recommendation);
  });
});
