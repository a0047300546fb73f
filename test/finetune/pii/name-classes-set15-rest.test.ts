import { describe, expect, it } from "vitest";
import { maskDocumentSections, maskInquiryRows } from "../../../src/finetune/pii/mask-pii.js";
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
    // An order's number stamped by day before the name is the matter the person raised, not their code.
    ["査定に不満。AB-20261102-07 李 明輝（イ ミョンフィ）", "査定に不満。AB-20261102-07 [PERSON]（[PERSON]）"],
    ["呉 駅から徒歩", "呉 駅から徒歩"],
    ["金 曜日の午後", "金 曜日の午後"],
    ["全 社員に通知", "全 社員に通知"],
    ["高 品質な製品", "高 品質な製品"],
    ["料金 一律", "料金 一律"],
    ["孫 誕生のお祝い", "孫 誕生のお祝い"],
  ],
  "a Latin family name written first, a comma and a given name no list holds, or ending a Japanese line": [
    ["当番：佐藤 ／ Sharma, Vikram（研修中）", "当番：[PERSON] ／ [PERSON]（研修中）"],
    ["VPN のみ。— 本社IT Gupta, Arjun", "VPN のみ。— 本社IT [PERSON]"],
    ["来週は Tokyo, Japan", "来週は Tokyo, Japan"],
    ["出張先 Lyon, France", "出張先 Lyon, France"],
  ],
  "a staff sign-off with スタッフ and a space": [
    ["受付でお伝えください。スタッフ 新田", "受付でお伝えください。スタッフ [PERSON]"],
    ["スタッフ：山本", "スタッフ：[PERSON]"],
    ["スタッフ全員で対応", "スタッフ全員で対応"],
    ["スタッフ向けの案内", "スタッフ向けの案内"],
    ["スタッフ 募集中", "スタッフ 募集中"],
  ],
  "a Japanese name in romaji after a staff member's English job word": [
    ["Appraisal on Dec 2. Staff Haruto Ishiguro.", "Appraisal on Dec 2. Staff [PERSON]."],
    ["Clerk Yuki Morimoto called back", "Clerk [PERSON] called back"],
    ["Staff Only Area", "Staff Only Area"],
    ["Staff Room Key", "Staff Room Key"],
  ],
  "a full Latin name before a Japanese word for the person's post": [
    ["ビストロ（Pierre Martin オーナー）から連絡", "ビストロ（[PERSON] オーナー）から連絡"],
    ["Marco Rossi 店長に確認", "[PERSON] 店長に確認"],
    ["Santa Monica 店長", "Santa Monica 店長"],
    ["Blue Bottle オーナー", "Blue Bottle オーナー"],
  ],
  "a Vietnamese family name alone in a Japanese sentence": [
    ["返金済み。対応 Nguyen。", "返金済み。対応 [PERSON]。"],
    ["案内書を持参（Hoang）。", "案内書を持参（[PERSON]）。"],
    ["Tran 通り沿い", "Tran 通り沿い"],
    ["Phantom の設定", "Phantom の設定"],
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

describe("a found name's parts where they recur in the document", () => {
  it.each([
    // A one-character family name of a Chinese or Korean name, before です or an honorific.
    [["From: 劉 建国 <liu@example.com>", "注文番号 A-1 の 劉 です。"], ["From: [PERSON] <[EMAIL]>", "注文番号 A-1 の [PERSON] です。"]],
    [["申込者：崔 秀妍", "崔さんへ返信済み。"], ["申込者：[PERSON]", "[PERSON]さんへ返信済み。"]],
    [["申込者：王 子涵", "王手をかけた一局。"], ["申込者：[PERSON]", "王手をかけた一局。"]],
    // A Vietnamese family name in katakana, and the given names after a family name in capitals.
    [["出動隊員：佐伯・ファム・ヴァン・ロン", "現着（ファム）。"], ["出動隊員：[PERSON]・[PERSON]", "現着（[PERSON]）。"]],
    [["出動隊員：佐伯・ファム・ヴァン・ロン", "ファミリー向けの救命ブイ"], ["出動隊員：[PERSON]・[PERSON]", "ファミリー向けの救命ブイ"]],
    [["申請者：TRAN Minh Khoa", "student Minh Khoa was late again."], ["申請者：[PERSON]", "student [PERSON] was late again."]],
  ])("masks them: %j", (sections, expected) => {
    expect(maskDocumentSections(sections).map((result) => result.text)).toEqual(expected);
  });
});

describe("a Japanese surname in romaji of a full name found in one row, in another row", () => {
  it.each([
    [[["Reply from Ren Nakabayashi, community manager. お問い合わせ担当: Ren Nakabayashi"], ["ロッカーの件 Nakabayashi"]], "ロッカーの件 [PERSON]"],
    [[["Reply from Ren Nakabayashi, community manager. お問い合わせ担当: Ren Nakabayashi"], ["Toyota の件"]], "Toyota の件"],
  ])("masks it: %j", (rows, expected) => {
    expect(maskInquiryRows(rows).at(-1)![0]!.text).toBe(expected);
  });
});
