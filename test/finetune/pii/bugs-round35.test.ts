import { describe, expect, it } from "vitest";
import { type Finding, NeighbourSpans } from "../../../src/finetune/pii/context/neighbour-spans.js";
import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks and half-masks helpers saw on main (issue 13, round 35): a tagged name run on into its other writing in
 * brackets, a Portuguese name's last family name that is a city too, a common noun the tagger's lexicon lacks read as
 * a surname, two names joined as one work's title, a city of Vietnam, a brand said twice with its vowel turned, a
 * surname the dictionary lacks in a Markdown cell; and a found name grown over a name added beside it, merged whole.
 */

const person = (start: number, end: number): Finding => ({ start, end, type: "PERSON" });

describe("NeighbourSpans.grow", () => {
  // "Gareth Holloway": Holloway found, Gareth added apart (name-halves.ts), then a rule reads the two words whole.
  it("merges a name added inside the span into the found name it grows, one mask over both", () => {
    const spans = new NeighbourSpans([person(7, 15)]);
    expect(spans.add({ start: 0, end: 6 })).toBe(true);
    spans.growOrAdd({ start: 0, end: 15 });
    expect(spans.taken.list).toEqual([person(0, 15)]);
    expect(spans.added.list).toEqual([]);
  });

  it("reaches over an added name that goes on past the span (a span reaching beyond both masks is masked whole)", () => {
    const spans = new NeighbourSpans([person(10, 14)]);
    expect(spans.add({ start: 2, end: 8 })).toBe(true);
    spans.growOrAdd({ start: 5, end: 14 });
    expect(spans.taken.list).toEqual([person(2, 14)]);
    expect(spans.added.list).toEqual([]);
  });

  it("does so among a table's many rows too (the index's runs), the other rows' names kept", () => {
    const findings = Array.from({ length: 20 }, (_, row) => person(row * 16 + 7, row * 16 + 12));
    const spans = new NeighbourSpans(findings);
    for (let row = 0; row < 20; row++) expect(spans.add({ start: row * 16, end: row * 16 + 6 })).toBe(true);
    spans.growOrAdd({ start: 10 * 16 + 3, end: 10 * 16 + 12 });
    expect(findings[10]).toEqual(person(10 * 16, 10 * 16 + 12));
    expect(spans.added.list).toHaveLength(19);
    expect(spans.added.overlaps({ start: 10 * 16, end: 10 * 16 + 12 })).toBe(false);
    expect(spans.added.overlaps({ start: 9 * 16, end: 9 * 16 + 1 })).toBe(true);
  });

  it("does not grow a found name over another found name", () => {
    const spans = new NeighbourSpans([person(0, 4), person(8, 12)]);
    expect(spans.grow(spans.taken.list[1]!, { start: 2, end: 12 })).toBe(false);
    expect(spans.taken.list).toEqual([person(0, 4), person(8, 12)]);
  });
});

describeMaskingClasses("bugs of round 35", {
  "a tagged name stops at a bracket; a katakana writing there that is no romaji reading is a person's": [
    ["Roberto Nakamura（ホベルト）", "[PERSON]（[PERSON]）"],
    ["Paulo Yamamoto（パウロ）", "[PERSON]（[PERSON]）"],
    ["Fernando Takahashi(フェルナンド)", "[PERSON]([PERSON])"],
    ["Sakura Mochi (サクラモチ)", "Sakura Mochi (サクラモチ)"],
    ["Asahi Kasei（アサヒカセイ）", "Asahi Kasei（アサヒカセイ）"],
    ["Ingrid Solberg(イングリッド) left on 30 November", "[PERSON]([PERSON]) left on 30 November"],
    ["Jean-Luc O'Brien said hi", "[PERSON] said hi"],
  ],
  "a listed family name that is a city too ends a three-word name where the field ends; in a sentence it is the city": [
    ["| Rafael Souza Lima |", "| [PERSON] |"],
    ["| 1 | Ana Souza Lima | 090-1234-5678 |", "| 1 | [PERSON] | [PHONE] |"],
    ["Rafael Souza in Lima", "[PERSON] in Lima"],
    ["| Lima | Peru |", "| Lima | Peru |"],
  ],
  "a common noun the tagger's lexicon lacks (faker's English words hold it) is no unknown surname after a given name": [
    ["I ordered a Big Mac Meal", "I ordered a Big Mac Meal"],
    ["one Big Mac Meal and a Sundae", "one Big Mac Meal and a Sundae"],
    ["Order the Ella Platter", "Order the Ella Platter"],
    ["Hamid Rostami joined", "[PERSON] joined"],
    ["Mateus Carvalho joined", "[PERSON] joined"],
  ],
  "two names joined by and before a verb of one subject are a work's title; two people take another verb": [
    ["Tom and Jerry was on TV", "Tom and Jerry was on TV"],
    ["Romeo and Juliet is on tonight", "Romeo and Juliet is on tonight"],
    ["We watched it. Tom and Jerry was funny", "We watched it. Tom and Jerry was funny"],
    ["Caoimhe and Tadhg asked for leave", "[PERSON] and [PERSON] asked for leave"],
    ["Tom and Jerry were late", "[PERSON] and [PERSON] were late"],
  ],
  "a city or a province of Vietnam written with its tones is the place; a person's cue beside it keeps a person": [
    ["visited Hà Nội last year", "visited Hà Nội last year"],
    ["Greetings from Đà Nẵng!", "Greetings from Đà Nẵng!"],
    ["Greetings from Hội An", "Greetings from Hội An"],
    ["Flight to Đà Nẵng with Nguyễn Văn An", "Flight to Đà Nẵng with [PERSON]"],
    ["I met Hải Phòng さん", "I met [PERSON] さん"],
  ],
  "a word said twice with its vowel turned (i to a or o) is a brand; a person's cue beside it keeps a person": [
    ["Tim Tam", "Tim Tam"],
    ["I love Tim Tam biscuits", "I love Tim Tam biscuits"],
    ["Bought a Kit Kat and a Tic Tac", "Bought a Kit Kat and a Tic Tac"],
    ["Tim Tam said she would call", "[PERSON] said she would call"],
    ["Lin Lan called", "[PERSON] called"],
  ],
  "a surname the dictionary lacks starts a Markdown cell after its bar and a space; an office's word there is kept": [
    ["| 宝部 結衣 様 |", "| [PERSON] 様 |"],
    ["| 財部 千景 さん | 営業 |", "| [PERSON] さん | 営業 |"],
    ["｜ 宝部 美咲 様 ｜", "｜ [PERSON] 様 ｜"],
    ["| 営業部 結衣 様 |", "| 営業部 [PERSON] 様 |"],
  ],
});
