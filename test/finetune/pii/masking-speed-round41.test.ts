import { describe, expect, it } from "vitest";
import { matchesBeforeCue, matchesOf } from "../../../src/finetune/pii/detector.js";
import { ENGLISH_PERSON_TAGGER } from "../../../src/finetune/pii/names/english-person-tagger.js";
import { SpanIndex } from "../../../src/finetune/pii/span-index.js";
import { HELD_OUT_35_DIR, readBlindCorpus } from "../support/blind-pii-corpus/read-corpus.js";

/** The main corpus' texts whole and a held-out set's lines: every layout the corpora hold. */
function corpusTexts(): string[] {
  const utf8 = (dir?: string): string[] => [...readBlindCorpus(dir).files].filter(([file]) => !file.includes(".sjis.")).map(([, content]) => content.toString("utf8"));
  return [...utf8(), ...utf8(HELD_OUT_35_DIR).flatMap((text) => text.split("\n"))];
}

/** What a test compares of a match: where it is, what it took, and its groups' offsets. */
const shown = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, match[0], JSON.stringify(match.indices?.groups ?? match.indices)]);

/** A label's word read greedily before its suffix, then a value: the shape matchesBeforeCue is for (wrapped-id-values.ts). */
const LABELLED = /(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{1,12})[ 　]?(?<suffix>番号|ナンバー|コード|No\.?|NO\.?)[ \t　]*(?:は|:|：)?[ \t　]*(?<value>[A-Za-z]{0,3}-?\d{4,})/dgu;
const labelled = matchesBeforeCue(LABELLED, /番号|ナンバー|コード|No|NO/, 25);

describe("matchesBeforeCue tries a pattern only before its cue", () => {
  it("finds the matches matchesOf finds, in Japanese and English lines, tables, CSV cells and chat", () => {
    const texts = [
      "会員番号 12345678 と顧客コード：A-00123 をご確認ください",
      "| 加入者番号 | 00481237 |",
      "顧客,会員番号 4410927,東京",
      "[10:02] 佐藤: 受験番号は 10482 です。受付番号 77 は別",
      "社員No.5521 / 職員NO 88120451 / Member No 1234",
      // A label of astral kanji (two code units each): twelve of them and a space before the suffix.
      "𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋 番号 99887766",
      "𠀋番号1234 番号番号番号 5678",
      // Cues one after the other, overlapping matches' windows, and a cue with no match.
      "番号番号12345番号67890 ナンバーコード 1111",
      "注文番号 2026-04-01 の件、受付番号のみ",
    ];
    let found = 0;
    for (const text of [...texts, ...corpusTexts()]) {
      const matches = labelled(text);
      expect(shown(matches), text.slice(0, 80)).toEqual(shown(matchesOf(LABELLED, text)));
      found += matches.length;
    }
    expect(found).toBeGreaterThan(texts.length);
  });

  it("leaves look-alikes without a cue unread and its pattern as it was", () => {
    for (const text of ["注文 2026-0417 の件", "Order ABC-12345 shipped", "型番 XJ-2000, version 4.2.1"]) expect(labelled(text)).toEqual([]);
    expect(LABELLED.lastIndex).toBe(0);
  });

  it("reads a global pattern and a cue of literals only", () => {
    expect(() => matchesBeforeCue(/番号\d+/u, /番号/, 4)).toThrow(RangeError);
    expect(() => matchesBeforeCue(/番号\d+/gu, /番号/u, 4)).toThrow(RangeError);
  });
});

describe("the English person tagger reads a recurring sentence once", () => {
  it("finds the same names in a sentence however often it recurs, in prose, a table row and a chat line", () => {
    for (const text of ["Gavin said the parcel was late.", "| 2026-03-02 | Ingrid Solberg left on 30 November |", "[09:14] Fiona asked about the refund."]) {
      const first = ENGLISH_PERSON_TAGGER.find(text);
      expect(first.length).toBeGreaterThan(0);
      expect(ENGLISH_PERSON_TAGGER.find(text)).toEqual(first);
      expect(ENGLISH_PERSON_TAGGER.find(`Thanks. ${text}`)).toEqual(first.map(({ start, end }) => ({ start: start + 8, end: end + 8 })));
    }
  });

  it("still skips a sentence whose first name a detector before it took, and keeps a product's name", () => {
    const text = "Gavin said the parcel was late.";
    expect(ENGLISH_PERSON_TAGGER.find(text).length).toBeGreaterThan(0);
    expect(ENGLISH_PERSON_TAGGER.find(text, new SpanIndex([{ start: 0, end: 5 }]))).toEqual([]);
    for (const lookAlike of ["Grace Premium Blend is back in stock.", "Hey Alexa, play the news."]) {
      expect(ENGLISH_PERSON_TAGGER.find(lookAlike)).toEqual([]);
      expect(ENGLISH_PERSON_TAGGER.find(lookAlike)).toEqual([]);
    }
  });
});
