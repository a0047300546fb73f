import { describe, expect, it } from "vitest";
import { aggregateIfeval, ifevalScorer, parseExtracted } from "../../../src/scoring/ifeval/index.js";
import { devItem, ifevalItems } from "./dev-items.js";
import { detailText } from "../../support/detail-text.js";

const score = ifevalScorer.create(ifevalScorer.options.parse({}));

describe("the ifeval scorer", () => {
  it("scores the share of instructions followed strictly; passed when all are", () => {
    // Item 3069: three bullets, lowercase, and a P.S.; the answer misses the P.S.
    const item = devItem(ifevalItems, 3069);
    const result = score(item, { text: "* zurich: the old town\n* lucerne: the lake\n* bern: the bears and the old bridges" });
    expect(result.value).toBeCloseTo(2 / 3);
    expect(result.passed).toBe(false);
    expect(detailText(result.detail)).toBe("2/3 instructions followed; failed: detectable_content:postscript");
  });

  it("names instructions followed only loosely, and stores both results for the aggregates", () => {
    const item = devItem(ifevalItems, 288);
    const text = "Sure!\nIs ballistics (the study of the motion of projectiles) an actual science?\nYes.";
    const result = score(item, { text });
    expect(result).toMatchObject({ value: 0, passed: false });
    expect(detailText(result.detail)).toBe("0/1 instructions followed; failed: combination:repeat_prompt (loosely followed: combination:repeat_prompt)");
    const stored = parseExtracted(result.extracted);
    expect(stored).toEqual({ ids: ["combination:repeat_prompt"], strict: [false], loose: [true] });
    expect(aggregateIfeval([stored!]).promptLevel).toEqual({ strict: 0, loose: 1 });
  });

  it("passes a response that follows everything", () => {
    const result = score(devItem(ifevalItems, 3536), { text: '"We build tomorrow"' });
    expect(result).toMatchObject({ value: 1, passed: true, detail: { code: "ifeval", followed: 1, total: 1, failed: [], looseOnly: [] } });
    expect(detailText(result.detail)).toBe("1/1 instructions followed");
  });

  it("takes no options", () => {
    expect(ifevalScorer.options.safeParse({ mode: "loose" }).success).toBe(false);
  });
});
