import { describe, expect, it } from "vitest";
import { defaultNormalization, normalizeText } from "../../src/scoring/normalize.js";

describe("normalizeText", () => {
  it.each([
    ["folds full-width letters, digits and brackets (NFKC)", "ＡＢＣ１２３（テスト）", "abc123テスト"],
    ["folds half-width katakana (NFKC)", "ﾛﾋﾞｰ", "ロビー"],
    ["folds case, including ß", "Straße PARIS", "strasse paris"],
    ["collapses and trims whitespace", "  the \n\t answer  ", "the answer"],
    ["removes ASCII punctuation", "Paris, France!", "paris france"],
    ["removes Japanese punctuation", "「スタンリー・ミラー」です。", "スタンリーミラーです"],
    ["removes 『』【】、！？", "『答え』【は】、東京！？", "答えは東京"],
    ["keeps the long-vowel mark", "ロビー", "ロビー"],
    ["strips Markdown emphasis", "**Paris** is _the_ `capital`", "paris is the capital"],
    ["drops spaces between Japanese characters", "東京 タワー です", "東京タワーです"],
    ["keeps spaces between Latin words", "New  York", "new york"],
    ["keeps a decimal point but drops thousands separators", "1,450.50 and 1.0 mL.", "1450.50 and 1.0 ml"],
  ])("%s", (_, input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it("turns each step off on its own", () => {
    const input = "  **Ｐａｒｉｓ**,  Ｆｒａｎｃｅ  ";
    const off = (step: keyof typeof defaultNormalization) => normalizeText(input, { ...defaultNormalization, [step]: false });
    expect(off("nfkc")).toBe("ｐａｒｉｓ ｆｒａｎｃｅ");
    expect(off("caseFold")).toBe("Paris France");
    expect(off("punctuation")).toBe("paris, france");
    expect(off("whitespace")).toBe("  paris  france  ");
  });

  it("strips Markdown even with punctuation kept, but leaves snake_case alone", () => {
    const keepPunctuation = { ...defaultNormalization, punctuation: false };
    expect(normalizeText("**B** and __c__ and ~~d~~", keepPunctuation)).toBe("b and c and d");
    expect(normalizeText("snake_case_name", keepPunctuation)).toBe("snake_case_name");
    expect(normalizeText("**B**", { ...keepPunctuation, markdown: false })).toBe("**b**");
  });
});
