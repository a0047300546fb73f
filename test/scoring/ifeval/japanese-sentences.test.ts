import { describe, expect, it } from "vitest";
import { normalizeNeologd, splitJapaneseSentences } from "../../../src/scoring/ifeval/japanese-sentences.js";

// Expected segments from ja_sentence_segmenter's pipeline as M-IFEval builds it (normalize, split_newline,
// concatenate lines ending in の, split_punctuation("。!?")), run in Python on these texts.
const cases: Array<[name: string, text: string, sentences: string[]]> = [
  ["。！？ end sentences", "今日は晴れです。明日は雨でしょう！本当？", ["今日は晴れです。", "明日は雨でしょう!", "本当?"]],
  ["punctuation inside 「」 does not split", "「こんにちは。元気？」と彼は言った。そして去った。", ["「こんにちは。元気?」と彼は言った。", "そして去った。"]],
  ["punctuation inside （） does not split", "結果（速報。暫定）を発表します。以上です。", ["結果(速報。暫定)を発表します。", "以上です。"]],
  ["line breaks split, a line ending in の runs on", "吾輩は\"猫\"で\nある\n\n名前はまだない\n", ["吾輩は\"猫\"で", "ある", "名前はまだない"]],
  ["の at a line end joins the next line", "日本の\n首都は東京です。", ["日本の首都は東京です。"]],
  ["full-width letters and ！？ are normalised first", "ＡＢＣ１２３！？ テスト　です。", ["ABC123!", "?", "テストです。"]],
  ["surrounding spaces are stripped", "  先頭と末尾の空白。  ", ["先頭と末尾の空白。"]],
  ["full-width digits with ．", "１．最初\n２．次\n", ["1.最初", "2.次"]],
  ["list lines are sentences", "箇条書き\n・りんご\n・みかん", ["箇条書き", "・りんご", "・みかん"]],
  ["half-width ｡ is a 。", "｡半角句点｡ｶﾀｶﾅ｡", ["。", "半角句点。", "カタカナ。"]],
  ["blank lines after the end are not sentences", "終わり。\n\n\n", ["終わり。"]],
  ["ASCII . does not split", "Hello. This is English! OK?", ["Hello.This is English!", "OK?"]],
];

describe("M-IFEval ja sentence splitting", () => {
  it.each(cases)("%s", (_name, text, sentences) => {
    expect(splitJapaneseSentences(text)).toEqual(sentences);
  });

  it("normalises like mecab-ipadic-neologd: half-width kana widened, ASCII punctuation kept narrow", () => {
    expect(normalizeNeologd("ﾊﾝｶｸｶﾅ　と　ＡＢＣ！")).toBe("ハンカクカナとABC!");
  });
});
