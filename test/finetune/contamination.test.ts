import { describe, expect, it } from "vitest";
import { indexEvalItems, overlapTokens } from "../../src/finetune/contamination.js";

describe("overlapTokens", () => {
  it("lower-cases English, drops punctuation and splits on whitespace (GPT-3, Appendix C)", () => {
    expect(overlapTokens("Hello, World! It's 2024.")).toEqual(["hello", "world", "it", "s", "2024"]);
  });

  it("makes every kanji and kana a token, since Japanese has no spaces", () => {
    expect(overlapTokens("返品は、30日以内。")).toEqual(["返", "品", "は", "30", "日", "以", "内"]);
  });

  it("folds full-width letters and digits (NFKC)", () => {
    expect(overlapTokens("ＡＢＣ１２３")).toEqual(["abc123"]);
  });
});

const english = {
  suite: "mmlu",
  itemId: "q1",
  text: "Which of the following best describes the primary function of the mitochondria in eukaryotic cells?",
};
const japanese = { suite: "jcommonsenseqa", itemId: "663", text: "ホテルのエントランス付近にある待ち合いなどに使う場所は？" };
const short = { suite: "jcommonsenseqa", itemId: "short", text: "対策として行うのは？" }; // 9 tokens
const tiny = { suite: "s", itemId: "tiny", text: "はい" };

describe("indexEvalItems", () => {
  const index = indexEvalItems([english, japanese, short, tiny]);

  it("finds 13 consecutive English words, whatever the case and punctuation around them", () => {
    const hits = index.check("Quiz: which of the following BEST describes the primary function of the mitochondria... in plants?");
    expect(hits).toEqual([
      { suite: "mmlu", itemId: "q1", ngram: "which of the following best describes the primary function of the mitochondria in" },
    ]);
  });

  it("does not flag 12 shared words", () => {
    expect(index.check("Of the following, best describes the primary function of the mitochondria in")).toEqual([]);
  });

  it("finds 13 consecutive Japanese characters inside a longer text", () => {
    expect(index.check("お客様から「ホテルのエントランス付近」の質問").map((hit) => hit.itemId)).toEqual([]); // 12 characters
    expect(index.check("先日、ホテルのエントランス付近にある椅子").map((hit) => hit.itemId)).toEqual(["663"]);
  });

  it("matches an item of 8–12 tokens only whole", () => {
    expect(index.check("対策として行うのは？").map((hit) => hit.itemId)).toEqual(["short"]);
    expect(index.check("対策として行う").map((hit) => hit.itemId)).toEqual([]);
  });

  it("answers whether a text overlaps any item as check does, without listing the items", () => {
    for (const text of ["先日、ホテルのエントランス付近にある椅子", "お客様から「ホテルのエントランス付近」の質問", "対策として行うのは？", "はい"]) {
      expect(index.overlaps(text)).toBe(index.check(text).length > 0);
    }
    expect(index.overlaps("先日、ホテルのエントランス付近にある椅子")).toBe(true);
  });

  it("skips items too short to check, and says which", () => {
    expect(index.skippedItems).toEqual([tiny]);
    expect(index.check("はい")).toEqual([]);
  });
});
