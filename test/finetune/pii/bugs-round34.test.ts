import { describe, expect, it } from "vitest";
import { type Finding, NeighbourSpans } from "../../../src/finetune/pii/context/neighbour-spans.js";
import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Bugs and over-masks helpers saw on main (issue 13, round 34): a found name grown over a name added beside it (two
 * masks sharing characters), a surname the dictionary lacks that ends as a department does before a found given name, a
 * place's surname before a station's or an area's word after a space, a securities code, and a count's unit in katakana
 * after digits. Each keeps a person beside it masked, or a look-alike beside it kept.
 */

const person = (start: number, end: number): Finding => ({ start, end, type: "PERSON" });
const shareACharacter = (spans: readonly Finding[]): boolean =>
  spans.some((span, index) => spans.some((other, at) => at !== index && span.start < other.end && other.start < span.end));

describe("NeighbourSpans.growOrAdd", () => {
  // "Gareth Holloway": Holloway found, Gareth added apart (name-halves.ts), then a rule grows Holloway over both.
  it("does not leave a found name grown over a name added before beside it, so no two masks share a character", () => {
    const spans = new NeighbourSpans([person(7, 15)]);
    expect(spans.add({ start: 0, end: 6 })).toBe(true);
    spans.growOrAdd({ start: 0, end: 15 });
    expect(shareACharacter([...spans.taken.list, ...spans.added.list])).toBe(false);
  });

  it("does not, among a table's many rows either (the index's runs)", () => {
    // Twenty rows of 16 characters, a surname found in each: more findings than the index reads one by one.
    const findings = Array.from({ length: 20 }, (_, row) => person(row * 16 + 7, row * 16 + 12));
    const spans = new NeighbourSpans(findings);
    expect(spans.add({ start: 10 * 16, end: 10 * 16 + 6 })).toBe(true);
    spans.growOrAdd({ start: 10 * 16 + 3, end: 10 * 16 + 12 });
    expect(shareACharacter([...spans.taken.list, ...spans.added.list])).toBe(false);
  });

  it("still grows a found name inside the span where nothing was added (真田 [蓮] → 真田 蓮)", () => {
    const findings = [person(3, 4)];
    const spans = new NeighbourSpans(findings);
    spans.growOrAdd({ start: 0, end: 4 });
    expect(findings[0]).toEqual(person(0, 4));
    expect(spans.added.list).toEqual([]);
  });

  it("still adds the span where no finding is inside it", () => {
    const spans = new NeighbourSpans([person(20, 24)]);
    spans.growOrAdd({ start: 0, end: 4 });
    expect(spans.added.list).toEqual([person(0, 4)]);
  });
});

describeMaskingClasses("bugs of round 34", {
  "a surname the dictionary lacks that ends as a department does (財部, 宝部) before a found given name is masked whole": [
    ["財部 千景 様", "[PERSON] 様"],
    ["（宝部 美咲）", "（[PERSON]）"],
    ["患者 財部 清 さん", "患者 [PERSON] さん"],
    ["宛名：宝部 結衣 様 090-1234-5678", "宛名：[PERSON] 様 [PHONE]"],
    ["営業部 結衣 様", "営業部 [PERSON] 様"],
    ["本部 美咲 様", "本部 [PERSON] 様"],
    ["営業部 林 さん", "営業部 [PERSON] さん"],
  ],
  "a place's surname before a station's or an area's word after a space is the place, a station master still a person": [
    ["市ヶ谷 駅前", "市ヶ谷 駅前"],
    ["蒲田 駅前で待ち合わせ", "蒲田 駅前で待ち合わせ"],
    ["高田 駅前のロータリー", "高田 駅前のロータリー"],
    ["大塚 周辺の物件を探しています", "大塚 周辺の物件を探しています"],
    ["市川 駅長が対応", "[PERSON]が対応"],
    ["岩田 陽向が来ました", "[PERSON]が来ました"],
  ],
  "a securities code is a listed firm's stock, kept; a policy's number after 証券 still masked": [
    ["証券コード 7203", "証券コード 7203"],
    ["トヨタ自動車（証券コード：7203）の株", "トヨタ自動車（証券コード：7203）の株"],
    ["証券コード「6758」の決算", "証券コード「6758」の決算"],
    ["保険証券番号 12345678", "保険証券番号 [PERSONAL_ID]"],
    ["証券番号 4455667", "証券番号 [PERSONAL_ID]"],
  ],
  "a katakana count's unit after digits is no surname before です or より, a surname there still masked": [
    ["引き継ぎコードは12ケタです", "引き継ぎコードは12ケタです"],
    ["暗証番号は4ケタです", "暗証番号は4ケタです"],
    ["担当のサトウです", "担当の[PERSON]です"],
    ["本日はタナカが担当します", "本日は[PERSON]が担当します"],
  ],
});
