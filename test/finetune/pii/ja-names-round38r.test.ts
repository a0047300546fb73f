import { describe, expect, it } from "vitest";
import { maskDocumentSections, maskInquiryRows } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-script name classes taken after the thirty-seventh set (issue 13, round 38r), each with the look-alikes
 * beside it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a kanji given name alone after a kin's word, set apart by spaces before a particle; a common noun there kept": [
    ["主人の 勇 が入院しました。", "主人の [PERSON] が入院しました。"],
    ["| 妻 和美 は欠席、代理で出席 |", "| 妻 [PERSON] は欠席、代理で出席 |"],
    ["[10:02] 会員: 息子の 健太 も参加します", "[10:02] 会員: 息子の [PERSON] も参加します"],
    ["母の 実家 が遠いので", "母の 実家 が遠いので"],
    ["父 会社 を休みます", "父 会社 を休みます"],
    ["妻の 誕生日 は 5/3", "妻の 誕生日 は 5/3"],
  ],
  "a hiragana given name in brackets after a kin's word, before another writing of the name; a kin's reading kept": [
    ["「娘（みさき、山内 美咲）の写真が載っていた」", "「娘（[PERSON]、[PERSON]）の写真が載っていた」"],
    ["息子（そうま、小2）", "息子（[PERSON]、小2）"],
    ["家内（かない）です", "家内（かない）です"],
    ["息子（むすこ）の部屋", "息子（むすこ）の部屋"],
  ],
  "a found name's surname read alone in brackets as some surname reads, not as the dictionary reads this one; a word kept": [
    ["スタッフ応募：仁平 ゆう（にへい）、12/29", "スタッフ応募：[PERSON]（[PERSON]）、12/29"],
    ["| 笹生 和子 様（ささお） | 090 |", "| [PERSON] 様（[PERSON]） | 090 |"],
    ["佐藤 健 様（ごほんにん）", "[PERSON] 様（ごほんにん）"],
    ["佐藤 健 様（ほか）", "[PERSON] 様（ほか）"],
  ],
  "a posthumous Buddhist name after 戒名 or 法名, ending in its rank or starting 釋; the word alone as a service's kept": [
    ["- 墓誌：故 大林 トメ（俗名）、戒名 蓮光院妙照慈雲大姉。", "- 墓誌：故 [PERSON]（俗名）、戒名 [PERSON]。"],
    ["| 位牌 | 戒名：清風道明居士 | 12/3 |", "| 位牌 | 戒名：[PERSON] | 12/3 |"],
    ["法名は 釋浄信 です", "法名は [PERSON] です"],
    ["墓石の彫刻（戒名追加 1名）を依頼", "墓石の彫刻（戒名追加 1名）を依頼"],
    ["### No.8-1203　戒名追加彫刻（至急）", "### No.8-1203　戒名追加彫刻（至急）"],
    ["あの人は一言居士だ", "あの人は一言居士だ"],
  ],
  "a chat turn's speaker in kana decorated by an emoji or a symbol between parts, one a name; a menu's or a notice's words kept": [
    ["[21:05] しろうさ🐰みほ: ハムスターでも大丈夫ですか", "[21:05] [PERSON]: ハムスターでも大丈夫ですか"],
    ["09:12 ユキ♪タナカ：了解です", "09:12 [PERSON]：了解です"],
    ["[2026-11-03 08:40] はなこ🌸ママ: 明日休みます", "[2026-11-03 08:40] [PERSON]: 明日休みます"],
    ["[10:00] おしらせ★メニュー: 本日の日替わり", "[10:00] おしらせ★メニュー: 本日の日替わり"],
    ["[12:30] ランチ🍱セット: 800円", "[12:30] ランチ🍱セット: 800円"],
  ],
  "a chat speaker the dictionary lacks: a full name after a desk or a post, a surname after a post": [
    ["[2026-12-05 09:40] IT 鳰川 澪: 再発行しました。", "[2026-12-05 09:40] IT [PERSON]: 再発行しました。"],
    ["[2026-12-07 08:30] マネージャー 百済: 了解。", "[2026-12-07 08:30] マネージャー [PERSON]: 了解。"],
    ["[10:30] 店長: 了解", "[10:30] 店長: 了解"],
    ["[10:30] 定期便（沼津）: 到着", "[10:30] 定期便（沼津）: 到着"],
    ["[2026-12-07 08:30] IT 部門: 障害対応中", "[2026-12-07 08:30] IT 部門: 障害対応中"],
  ],
};

describeMaskingClasses("Japanese-script names after the thirty-seventh set", classes);

const inDocument = (...sections: string[]) => maskDocumentSections(sections).map((result) => result.text);

/** Sections of one document and what masking must make of each. */
const documentCases: [name: string, sections: string[], expected: string[]][] = [
  [
    "a found kanji name's hiragana given name where it recurs as a word of its own",
    ["台帳入力 上村 かえで（店主の娘）", "- 住所の誤りを指摘（かえで 対応）。", "| 12/3 | かえでさん確認 |"],
    ["台帳入力 [PERSON]（店主の娘）", "- 住所の誤りを指摘（[PERSON] 対応）。", "| 12/3 | [PERSON]さん確認 |"],
  ],
  ["the same kana inside a longer run of kana kept", ["担当 上村 かえで（店主の娘）", "庭のかえでもみじが色づいた。かえでかな"], ["担当 [PERSON]（店主の娘）", "庭のかえでもみじが色づいた。かえでかな"]],
  ["the kana kept where no one of that name was found", ["庭の木（かえで 対応）", "かえで の葉"], ["庭の木（かえで 対応）", "かえで の葉"]],
  ["the kana kept before a class's or a list's word, after a firm's", ["担当 上村 かえで（店主の娘）", "かえで組の連絡網", "ケアプランかえで 様"], ["担当 [PERSON]（店主の娘）", "かえで組の連絡網", "ケアプランかえで 様"]],
  [
    "a found name's one-kanji surname the dictionary lacks, set apart before a closing bracket, a spaced honorific or alone in a cell",
    ["作成：蓑 晴美 様（営業二課）", "受付：11/04 電話（担当 蓑）", "ログインは 蓑 さん用", "| 11/25 | 蓑 | 紛失届 |"],
    ["作成：[PERSON] 様（営業二課）", "受付：11/04 電話（担当 [PERSON]）", "ログインは [PERSON] さん用", "| 11/25 | [PERSON] | 紛失届 |"],
  ],
  ["a kin's kanji before a given name kept", ["母 晴美 様（保護者）", "母の日のプレゼント（母）"], ["母 [PERSON] 様（保護者）", "母の日のプレゼント（母）"]],
  ["the one kanji inside a word kept", ["作成：蓑 晴美 様（営業二課）", "蓑虫の観察。"], ["作成：[PERSON] 様（営業二課）", "蓑虫の観察。"]],
];

describe("a found name's parts where a document repeats them (round 38r)", () => {
  it.each(documentCases)("%s", (_name, sections, expected) => expect(inDocument(...sections)).toEqual(expected));
});

const inLog = (...rows: string[][]) => maskInquiryRows(rows).map((row) => row.map((result) => result.text));

describe("a found katakana name whose words ・ joins, where a log's other rows repeat it (round 38r)", () => {
  it("masks the name in another row, a chat line's or a CSV cell's, whatever stands around it there", () => {
    expect(inLog(["アルバイト応募。ドルジ・バトエルデネ です（モンゴル出身）。", "面接 7/28"], ["採用決定：ドルジ・バトエルデネ さん。", "給与担当へ"])).toEqual([
      ["アルバイト応募。[PERSON] です（モンゴル出身）。", "面接 7/28"],
      ["採用決定：[PERSON] さん。", "給与担当へ"],
    ]);
    expect(inLog(["[10:02] 受付: ナランゲレル・ガンバト さん 来店"], ["[11:40] スタッフ: ナランゲレル・ガンバト の書類 OK"])).toEqual([
      ["[10:02] 受付: [PERSON] さん 来店"],
      ["[11:40] スタッフ: [PERSON] の書類 OK"],
    ]);
  });

  it("leaves a name of the dictionary's katakana words, a firm's or a work's, where it is not found", () => {
    expect(inLog(["ソニー・ミュージック さん から電話"], ["商品 ソニー・ミュージック の件"])[1]).toEqual(["商品 ソニー・ミュージック の件"]);
  });
});
