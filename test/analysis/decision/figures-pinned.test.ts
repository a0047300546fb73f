import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { STATISTICS_REVISION } from "../../../src/analysis/decision/statistics-memo.js";
import { decisionFigures } from "./figure-cases.js";

/**
 * The decision statistics are pinned to the figures the plain implementation (commit c2bc0f7, before the bootstrap was
 * made fast) gave for the same seeds: a faster resampling loop must draw the same items in the same order and add
 * them up the same way, so every interval, p-value and verdict stays identical to the last bit.
 */
const pinned = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/decision/figures.json"), "utf8")) as {
  figures: ReturnType<typeof decisionFigures>;
};

describe("decision figures are the pinned ones, bit for bit", () => {
  const figures = decisionFigures();

  it("every score interval", () => {
    expect(figures.intervals).toHaveLength(13);
    expect(figures.intervals).toEqual(pinned.figures.intervals);
  });

  it("every paired difference, per suite, mirrored and stratified", () => {
    expect(figures.pairs).toHaveLength(14);
    expect(figures.pairs).toEqual(pinned.figures.pairs);
    // The cases cover both verdicts.
    const verdicts = new Set(figures.pairs.map((p: { result: { significant: boolean } }) => p.result.significant));
    expect(verdicts).toEqual(new Set([true, false]));
  });
});

describe("the store's kept statistics", () => {
  it("change revision whenever the pinned figures are re-recorded", () => {
    // Stores keep statistics under STATISTICS_REVISION: figures re-recorded for a new method without raising it would
    // let every existing store show the old method's intervals. Raise it and record the new digest here together.
    const digest = createHash("sha256").update(JSON.stringify(pinned.figures)).digest("hex");
    expect({ revision: STATISTICS_REVISION, figures: digest }).toEqual({
      revision: 2,
      figures: "8fcec9ab7037664cd309e8cf6f2e8e2d745ba7305e6bd5dd9a4e7ac8cd32ecac",
    });
  });
});
