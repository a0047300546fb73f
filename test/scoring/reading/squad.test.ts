import { describe, expect, it } from "vitest";
import { extractAnswerSpan } from "../../../src/scoring/reading/answer-span.js";
import { goldAnswers } from "../../../src/scoring/reading/extractive-qa.js";
import { squadScorer } from "../../../src/scoring/reading/squad.js";
import { normalizeSquadAnswer, squadExactMatch, squadF1 } from "../../../src/scoring/reading/squad-metric.js";
import { makeItem } from "../make-item.js";
import { detailText } from "../../support/detail-text.js";

// Expected values are worked by hand from evaluate-v1.1.py (and were checked against the script itself).
describe("SQuAD v1.1 metric", () => {
  it.each([
    ["The Denver Broncos", "denver broncos"],
    ["  Denver,   Broncos! ", "denver broncos"],
    ["An apple a day", "apple day"],
    ["theater", "theater"], // an article only as a whole word
    ["Saint-Denis", "saintdenis"], // punctuation is removed, not replaced by a space
    ["Ｃａｆé", "ｃａｆé"], // no NFKC, and only ASCII punctuation goes
  ])("normalizes %j to %j", (text, normalized) => {
    expect(normalizeSquadAnswer(text)).toBe(normalized);
  });

  it("counts 'the Denver Broncos' and 'Denver Broncos' as an exact match", () => {
    expect(squadExactMatch("Denver Broncos", "the Denver Broncos")).toBe(true);
    expect(squadF1("Denver Broncos", "the Denver Broncos")).toBe(1);
  });

  it.each([
    // [gold, prediction, F1]: P = common/|pred|, R = common/|gold|, F1 = 2PR/(P+R)
    ["Denver Broncos", "Denver Broncos won", 0.8], // P 2/3, R 1
    ["the Denver Broncos", "Broncos", 2 / 3], // P 1, R 1/2
    ["New York", "New York New York", 2 / 3], // common counts once per gold token: P 2/4, R 1
    ["Denver Broncos", "The answer is Denver Broncos.", 2 / 3], // P 2/4 (answer, is), R 1
    ["Saint Denis", "Saint-Denis", 0], // "saintdenis" shares no token with "saint", "denis"
    ["Denver Broncos", "", 0],
  ])("gold %j, prediction %j → F1 %d", (gold, prediction, f1) => {
    expect(squadF1(gold, prediction)).toBeCloseTo(f1, 12);
    expect(squadExactMatch(gold, prediction)).toBe(false);
  });
});

describe("squad scorer", () => {
  const squad = squadScorer.create(squadScorer.options.parse({}));
  const raw = squadScorer.create(squadScorer.options.parse({ cleanAnswer: false }));
  const item = makeItem({ expected: ["Denver Broncos", "Broncos"] });

  it("scores value = F1 and passed = exact match, best over the gold answers", () => {
    expect(squad(item, { text: "the Broncos" })).toMatchObject({ value: 1, passed: true, extracted: "the Broncos" });
    expect(squad(item, { text: "Denver Broncos won" })).toMatchObject({ value: 0.8, passed: false });
    expect(squad(item, { text: "Carolina Panthers" })).toMatchObject({ value: 0, passed: false });
  });

  it("shows EM and F1 in the detail", () => {
    expect(detailText(squad(item, { text: "Denver Broncos won" }).detail)).toBe("EM 0, F1 0.800");
  });

  it.each([
    "The answer is Denver Broncos.",
    "Answer: **Denver Broncos**",
    'Final answer: "Denver Broncos"',
    "Based on the passage, the answer is:\n\nDenver Broncos",
  ])("scores the span inside the chat wrapper %j", (text) => {
    const score = squad(item, { text });
    expect(score).toMatchObject({ value: 1, passed: true, extracted: "Denver Broncos" });
    expect(detailText(score.detail)).toMatch(/^EM 1, F1 1\.000; cleaned span \(raw answer: EM 0, F1 0\.\d{3}\)$/);
  });

  it("with cleanAnswer off, scores the raw answer as the reference script would", () => {
    const score = raw(makeItem({ expected: "Denver Broncos" }), { text: "The answer is Denver Broncos." });
    expect(score.passed).toBe(false);
    expect(score.value).toBeCloseTo(2 / 3, 12);
  });

  it("keeps the raw answer when cleaning would lose the match", () => {
    const quoted = makeItem({ expected: "“Hey Jude”" });
    // Quotes are punctuation to SQuAD only when ASCII; the curly ones are part of the gold.
    const score = squad(quoted, { text: "“Hey Jude”" });
    expect(score).toMatchObject({ value: 1, passed: true, extracted: "“Hey Jude”" });
  });

  it("accepts the SQuAD answer shapes as expected", () => {
    expect(goldAnswers({ text: ["a", "b"], answer_start: [1, 2] })).toEqual(["a", "b"]);
    expect(goldAnswers([{ text: "a", answer_start: 1 }])).toEqual(["a"]);
    expect(goldAnswers(1907)).toEqual(["1907"]);
    expect(goldAnswers({ label: 1 })).toBeUndefined();
    expect(squad(makeItem({ expected: undefined }), { text: "x" }).passed).toBe(false);
  });
});

describe("extractAnswerSpan", () => {
  it.each([
    ["Denver Broncos", "Denver Broncos"],
    ["The answer is Denver Broncos.", "Denver Broncos"],
    ["The final answer is (Denver Broncos).", "Denver Broncos"],
    ["**Answer:** `Denver Broncos`", "Denver Broncos"],
    ["答えは「スタンリー・ミラー」です。", "スタンリー・ミラー"],
    ["正解：『小林良雄』", "小林良雄"],
    ["答えは132議席です。", "132議席"],
    ["「職場支部」と「居住支部」", "「職場支部」と「居住支部」"],
    ["U.S. Army", "U.S. Army"],
  ])("%j → %j", (text, span) => {
    expect(extractAnswerSpan(text)).toBe(span);
  });
});
