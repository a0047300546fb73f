import { describe, expect, it } from "vitest";
import { extractChoice, type ChoicePick, type ChoiceSpace } from "../../src/scoring/choice-extraction.js";

const letters: ChoiceSpace = { labels: ["A", "B", "C", "D"], indexBase: 1 };
const hotel: ChoiceSpace = {
  labels: ["A", "B", "C", "D", "E"],
  choices: ["部屋", "机", "座敷", "ロビー", "応接間"],
  indexBase: 1,
};
const numbers: ChoiceSpace = { labels: ["A", "B", "C", "D"], choices: ["0", "3", "12", "30"], indexBase: 1 };

const picked = (index: number): Partial<ChoicePick> => ({ kind: "picked", index });

describe("extractChoice", () => {
  it.each([
    ["B", 1],
    ["B.", 1],
    ["(B)", 1],
    ["（Ｂ）", 1],
    ["**(C)**", 2],
    ["**C**", 2],
    ["[D]", 3],
    ["The answer is C.", 2],
    ["The correct answer is **B**.", 1],
    ["Answer: (D) 4", 3],
    ["**Answer:** A", 0],
    ["Answer:\n\nB", 1],
    ["I would choose D because the others are wrong.", 3],
    ["B) False, False", 1],
    ["C. It is a field", 2],
    ["- **A.** all of them", 0],
    ["Option B is the right one.", 1],
    ["答えは (C) です", 2],
    ["正解はB", 1],
    ["答えは、Cです", 2],
    ["Answer: The correct option is B.", 1],
    ["正解は「A」です。", 0],
    ["Cです。", 2],
    ["Bが正解です", 1],
    ["選択肢3", 2],
    ["選択肢3です。", 2],
    ["正解は選択肢4です", 3],
    ["2番", 1],
    ["3", 2],
    ["最終的な答え：D", 3],
  ])("reads %j as option %i", (answer, index) => {
    expect(extractChoice(answer, letters)).toMatchObject(picked(index));
  });

  it.each([
    ["「ロビー」です", 3],
    ["ロビー", 3],
    ["答えはロビーです。", 3],
    ["The answer is 座敷.", 2],
    ["ホテルの待ち合いに使うのは応接間ではなく… 答えはロビー", 3],
  ])("reads the option text in %j as option %i", (answer, index) => {
    expect(extractChoice(answer, hotel)).toMatchObject(picked(index));
  });

  it("prefers the longest option text where one option's text holds another's", () => {
    const stereo: ChoiceSpace = { labels: ["A", "B"], choices: ["カーステレオ", "ステレオ"], indexBase: 1 };
    expect(extractChoice("「カーステレオ」です", stereo)).toMatchObject(picked(0));
    expect(extractChoice("ステレオです", stereo)).toMatchObject(picked(1));
  });

  it("reads bare numbers as option texts when the options are numbers", () => {
    expect(extractChoice("0", numbers)).toMatchObject(picked(0));
    expect(extractChoice("The answer is 3.", numbers)).toMatchObject(picked(1));
    expect(extractChoice("The characteristic is 30", numbers)).toMatchObject(picked(3));
    expect(extractChoice("選択肢3", numbers)).toMatchObject(picked(2));
  });

  it("tells options apart that differ only by a decimal point", () => {
    const volumes: ChoiceSpace = { labels: ["A", "B"], choices: ["1.0 mL", "10 mL"], indexBase: 1 };
    expect(extractChoice("It takes 1.0 mL.", volumes)).toMatchObject(picked(0));
    expect(extractChoice("It takes 10 mL.", volumes)).toMatchObject(picked(1));
  });

  it("does not read a number inside a longer number as an option text", () => {
    expect(extractChoice("It is 300", numbers)).toEqual({ kind: "none" });
  });

  it("honours indexBase for answers by position", () => {
    expect(extractChoice("選択肢0", { ...letters, indexBase: 0 })).toMatchObject(picked(0));
    expect(extractChoice("選択肢0", letters)).toEqual({ kind: "none" });
    expect(extractChoice("選択肢9", letters)).toEqual({ kind: "none" });
  });

  it("uses custom labels such as katakana", () => {
    const kana: ChoiceSpace = { labels: ["ア", "イ", "ウ", "エ"], indexBase: 1 };
    expect(extractChoice("答えはウです", kana)).toMatchObject(picked(2));
    expect(extractChoice("(エ)", kana)).toMatchObject(picked(3));
    expect(extractChoice("アイスクリーム", kana)).toEqual({ kind: "none" });
  });

  it.each([
    ["A or C", "(A) or (C)", [0, 2]],
    ["two bold letters", "**A** and **C** both look right", [0, 2]],
    ["two option lines", "A) 部屋 is wrong\nD) ロビー is right", [0, 3]],
    ["two option texts", "部屋かロビーのどちらか", [0, 3]],
  ])("calls %s ambiguous", (_, answer, indices) => {
    expect(extractChoice(answer, hotel)).toEqual({ kind: "ambiguous", indices });
  });

  it("lets a final answer phrase settle an answer that discusses several options", () => {
    const cot = "(A) 部屋 is private. (B) 机 is furniture. (D) ロビー is where people wait.\nSo the answer is D.";
    expect(extractChoice(cot, hotel)).toMatchObject({ kind: "picked", index: 3, via: "answer phrase" });
  });

  it("takes the last answer phrase when the model corrects itself", () => {
    expect(extractChoice("The answer is A. Wait, no: the answer is C.", letters)).toMatchObject(picked(2));
  });

  it.each([
    ["an empty answer", ""],
    ["an answer without any option", "I am not sure about this one."],
    ["the article A in a sentence", "A cyclic group is abelian."],
    ["a letter inside a word", "Because of this, the choice is hard"],
    ["an out-of-range label", "(F)"],
  ])("finds nothing in %s", (_, answer) => {
    expect(extractChoice(answer, letters)).toEqual({ kind: "none" });
  });
});
