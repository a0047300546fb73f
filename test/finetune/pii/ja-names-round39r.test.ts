import { describe, expect, it } from "vitest";
import { maskInquiryRows } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-script name classes taken after the thirty-eighth set (issue 13, round 39r), each with the look-alikes
 * beside it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a spaced full name whose surname the dictionary lacks or reads as a place, before a post set apart or in brackets; a place and a post kept": [
    ["承認は 彦根 健吾 社長の判断です", "承認は [PERSON] 社長の判断です"],
    ["| 11/02 | 舞鶴 拓也 部長 | 出張 |", "| 11/02 | [PERSON] 部長 | 出張 |"],
    ["鴫先 亨（工場長）より：来週から夜勤なし", "[PERSON]（工場長）より：来週から夜勤なし"],
    ["\"11/30\",\"彦根 茂 工場長より連絡\"", "\"11/30\",\"[PERSON] 工場長より連絡\""],
    ["大阪 本社 社長室に届ける", "大阪 本社 社長室に届ける"],
    ["舞鶴 工場 工場長 宛", "舞鶴 工場 工場長 宛"],
    ["取引先 修理 担当者に確認", "取引先 修理 担当者に確認"],
  ],
  "a listed surname before a post set apart by spaces, whatever follows; a thing's word kept": [
    ["- 本部の 増井 部長 直通 03-5555-0142", "- 本部の [PERSON] 部長 直通 [PHONE]"],
    ["Reply from 増井 課長 宛 (Tokyo)", "Reply from [PERSON] 課長 宛 (Tokyo)"],
    ["営業 部長 会議は 10 時から", "営業 部長 会議は 10 時から"],
  ],
  "three kanji before an honorific whose last two the dictionary lists as a surname: the whole word, not after a role's or a prefix's kanji": [
    ["浦戸根様にお詫びの電話", "[PERSON]様にお詫びの電話"],
    ["| 栄八坂 様 | 返金済 |", "| [PERSON] 様 | 返金済 |"],
    ["[14:02] 店員: 長加藤さん、お待たせしました", "[14:02] 店員: [PERSON]さん、お待たせしました"],
    ["故田中様のご葬儀", "故[PERSON]様のご葬儀"],
    ["課田中様", "課[PERSON]様"],
  ],
  "who handles a kind of matter, a listed surname after the desk's word and a colon closing the sentence; a status kept": [
    ["講師は大学の先生。英語対応：増井。", "講師は大学の先生。英語対応：[PERSON]。"],
    ["| 電話担当: 杉浦 | 11/3 |", "| 電話担当: [PERSON] | 11/3 |"],
    ["- 夜間担当：杉浦", "- 夜間担当：[PERSON]"],
    ["英語対応：可能。", "英語対応：可能。"],
    ["電話対応：終了", "電話対応：終了"],
  ],
  "who took a call, the last word after its time and 受; a common noun kept": [
    ["10:42 受 鳰野\n梱包の破損について", "10:42 受 [PERSON]\n梱包の破損について"],
    ["\"8:05 受 鳰野\",\"注文\"", "\"8:05 受 [PERSON]\",\"注文\""],
    ["10:42 受 電話\n梱包の破損について", "10:42 受 電話\n梱包の破損について"],
    ["10:42 受 済", "10:42 受 済"],
  ],
};

describeMaskingClasses("Japanese-script names after the thirty-eighth set", classes);

describe("a found full name's surname the dictionary lacks, with a one-kanji given name, where another text of the row repeats it (round 39r)", () => {
  const masked = (rows: string[][]) => maskInquiryRows(rows).map((row) => row.map((result) => result.text));
  it("masks the surname alone in the row's answer", () =>
    expect(masked([["鴫先 亨（工場長）より：来週から夜勤なし", "シフト表は 鴫先さん管理。"]])).toEqual([["[PERSON]（工場長）より：来週から夜勤なし", "シフト表は [PERSON]さん管理。"]]));
  it("keeps a town named by the surname", () =>
    expect(masked([["鴫先 亨（工場長）より：来週から夜勤なし", "鴫先町の倉庫に納品。"]])).toEqual([["[PERSON]（工場長）より：来週から夜勤なし", "鴫先町の倉庫に納品。"]]));
});
