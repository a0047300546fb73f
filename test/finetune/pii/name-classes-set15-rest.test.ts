import { describe, expect, it } from "vitest";
import { maskDocumentSections } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for the rest of what the fifteenth set (a development set) missed (issue 13), each with other
 * values than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("name classes of the fifteenth set's rest", {
  "a listed surname straight before 支配人 or 事務長, whatever follows the title": [
    ["佐久間支配人確認のうえ処理", "[PERSON]支配人確認のうえ処理"],
    ["石原事務長決裁", "[PERSON]事務長決裁"],
    ["本日支配人が対応", "本日支配人が対応"],
    ["総支配人室へ", "総支配人室へ"],
  ],
  "a listed surname between a role and a title that is a place's word too, read whole before a role's rule": [
    ["担当医 新田 医師へ引継ぎ", "担当医 [PERSON] 医師へ引継ぎ"],
    ["医事課 喜屋武 係長に報告", "医事課 [PERSON] 係長に報告"],
    ["内科 外来 医師が不足", "内科 外来 医師が不足"],
    ["総務課 人事 係長会議", "総務課 人事 係長会議"],
  ],
  "a Vietnamese name in katakana after a kanji name and ・, and a listed surname joined by ・ before a found name": [
    ["出動：佐伯・グエン・ヴァン・フン", "出動：[PERSON]・[PERSON]"],
    ["当番 大槻・ﾌｧﾑ ﾃｨ ﾗﾝ。", "当番 [PERSON]・[PERSON]。"],
    ["営業部・グエン・ヴァン・ミン が担当", "営業部・[PERSON] が担当"],
    ["東京・グエン・ヴァン・ミン", "東京・[PERSON]"],
    ["ファン・ミーティング・ツアー", "ファン・ミーティング・ツアー"],
  ],
  "a Korean name's reading in katakana after it, the family name one kana": [
    ["予約者 李 敏浩 様（イ ミンホ）", "予約者 [PERSON] 様（[PERSON]）"],
    ["申込者：呉 志勲（オ ジフン）", "申込者：[PERSON]（[PERSON]）"],
  ],
  "a Chinese or Korean name in kanji, a one-character family name of the list, a space and a given name": [
    ["書類不備。李 明輝", "書類不備。[PERSON]"],
    ["| S25-0101 | 張 偉 | 中国 | 在留更新 |", "| S25-0101 | [PERSON] | 中国 | 在留更新 |"],
    ["朴 敏浩さんと面談", "[PERSON]さんと面談"],
    ["担当は 金 秀賢（キム スヒョン）", "担当は [PERSON]（[PERSON]）"],
    ["呉 駅から徒歩", "呉 駅から徒歩"],
    ["金 曜日の午後", "金 曜日の午後"],
    ["全 社員に通知", "全 社員に通知"],
    ["高 品質な製品", "高 品質な製品"],
    ["料金 一律", "料金 一律"],
  ],
  "a name after a rank written short, masked with its rank": [
    ["Call back SSgt. Maria Lopez tomorrow.", "Call back [PERSON] tomorrow."],
    ["Picked up by Sgt Ramirez at the gate", "Picked up by [PERSON] at the gate"],
    ["Lt. Col. Sarah Kim signed the form", "[PERSON] signed the form"],
    ["Gen Z customers like it", "Gen Z customers like it"],
    ["a Capt. America figure", "a Capt. America figure"],
    ["Maj. League tickets", "Maj. League tickets"],
    ["Cpl. Punishment is banned", "Cpl. Punishment is banned"],
  ],
});

describe("a one-character family name of a found Chinese or Korean name, where it recurs in the document", () => {
  it.each([
    [["From: 劉 建国 <liu@example.com>", "注文番号 A-1 の 劉 です。"], ["From: [PERSON] <[EMAIL]>", "注文番号 A-1 の [PERSON] です。"]],
    [["申込者：崔 秀妍", "崔さんへ返信済み。"], ["申込者：[PERSON]", "[PERSON]さんへ返信済み。"]],
    [["申込者：王 子涵", "王手をかけた一局。"], ["申込者：[PERSON]", "王手をかけた一局。"]],
  ])("masks it before です or an honorific: %j", (sections, expected) => {
    expect(maskDocumentSections(sections).map((result) => result.text)).toEqual(expected);
  });
});
