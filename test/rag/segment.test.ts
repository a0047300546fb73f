import { describe, expect, it } from "vitest";
import { KB_DOCUMENTS } from "../../src/cli/examples/kb-documents.js";
import { segment } from "../../src/rag/segment.js";
import { loadTokenizer } from "../../src/scoring/ifeval/japanese-morphology.js";
import { seededRandom } from "../../src/seeded-random.js";

const ours = (text: string) => {
  const morphemes: string[] = [];
  segment(text, (surface, pos) => morphemes.push(`${surface}/${pos}`));
  return morphemes;
};
const kuromojis = (text: string) => loadTokenizer().tokenize(text).map((token) => `${token.surface_form}/${token.pos}`);

/** Texts that reach every branch of kuromoji's lattice: known words, unknown runs that group, ones that do not, surrogates. */
const TEXTS = [
  "有給休暇の申請方法を教えてください。",
  "返品は30日以内にＳＡＰで申請、レシートをお持ちください。",
  "Refunds are processed within 14 days to the original payment method.",
  "スマートフォンアプリ「カンタン精算Plus」でQRコード読み取り→完了！！",
  "絵文字😀😀と𠮷野家、ｶﾀｶﾅ半角、ⅢやⅣ、①②③、〜〜〜",
  // A lone surrogate pair before another class: kuromoji measures it as one character, a grouped run in UTF-16 units.
  "😀と",
  "𠮷野家",
  "漢字😀漢字",
  "a😀b",
  "😀😀😀と",
  "東京都千代田区丸の内1-2-3 ○○ビル5F 電話03-1234-5678 user@example.co.jp",
  "ああああああああああああああああああああああああああああああああああああ",
  "   \n\n\t",
  "",
  "。。、、",
];

describe("segment: kuromoji's morphemes without its token objects", () => {
  it.each(TEXTS)("cuts %j exactly as kuromoji.tokenize does", (text) => {
    expect(ours(text)).toEqual(kuromojis(text));
  });

  it("cuts 300 random strings of mixed scripts, symbols and surrogate pairs exactly as kuromoji.tokenize does", () => {
    const alphabet = [..."あいうのはをがでしたカタナーアイスＡＢａｂ漢字東京都申請返品abcXYZ019０１、。！？・「」()- \n😀𠮷🎉ｶﾀﾅⅢ①〜"];
    const random = seededRandom(14);
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]!).join("");
      expect(ours(text), text).toEqual(kuromojis(text));
    }
  });

  it("cuts every page of the knowledge-base example exactly as kuromoji.tokenize does", () => {
    for (const text of Object.values(KB_DOCUMENTS)) expect(ours(text)).toEqual(kuromojis(text));
  });
});
