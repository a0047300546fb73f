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
    ["見学担当は不在、代わりに 鳰野 健吾 杜氏が案内。", "見学担当は不在、代わりに [PERSON] 杜氏が案内。"],
    ["今年の 杜氏 会議", "今年の 杜氏 会議"],
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
  "a spaced full name after a relative's 嫁 or 婿, its given name a noun too after a surname that is none; a bride's word kept": [
    ["| 3 | 090-1111-2222 | 嫁 鳰野 大地 082-000-1111 | 免除 |", "| 3 | [PHONE] | 嫁 [PERSON] [PHONE] | 免除 |"],
    ["緊急連絡先：婿 鴫先 健吾（同居）", "緊急連絡先：婿 [PERSON]（同居）"],
    ["嫁 入り道具の相談", "嫁 入り道具の相談"],
  ],
  "a name after the word for who did the work or who sells, and a space; the work's or the hours' word kept": [
    ["交換、部品代 9,800円。作業 今井 楓、伝票 S-1", "交換、部品代 9,800円。作業 [PERSON]、伝票 S-1"],
    ["| 紹介元 | 株式会社 北斗住建 営業 沢井湊 |", "| 紹介元 | 株式会社 北斗住建 営業 [PERSON] |"],
    ["作業 開始 10:00", "作業 開始 10:00"],
    ["営業 時間 10時〜", "営業 時間 10時〜"],
  ],
  "a firm's person after the firm named by its legal form and の, closing the line or the sentence; the firm's things kept": [
    ["会社支給のスマホです。有限会社 北斗電機の鳰野佳代", "会社支給のスマホです。有限会社 北斗電機の[PERSON]"],
    ["| 使用者 | 東西物産株式会社の鴫先 亨 |", "| 使用者 | 東西物産株式会社の[PERSON] |"],
    ["[10:05] 客: 東西物産株式会社の鴫先 亨。端末の件です", "[10:05] 客: 東西物産株式会社の[PERSON]。端末の件です"],
    ["株式会社 北斗の新商品", "株式会社 北斗の新商品"],
    ["株式会社 北斗の本社営業。", "株式会社 北斗の本社営業。"],
  ],
  "a name alone ending a line or its first sentence before a line opening on 〒; a desk's or an office's words kept": [
    ["郵送での申込み。今井　楓\n〒100-0001 東京都千代田区千代田1-1", "郵送での申込み。[PERSON]\n〒[POSTAL_CODE] [ADDRESS]"],
    ["郵送での申込み。ハミド・ラフマン\n〒100-0001 東京都千代田区千代田1-1", "郵送での申込み。[PERSON]\n〒[POSTAL_CODE] [ADDRESS]"],
    ["鴫先 亨\n〒100-0001 東京都千代田区千代田1-1", "[PERSON]\n〒[POSTAL_CODE] [ADDRESS]"],
    ["カスタマー・センター\n〒100-0001 東京都千代田区千代田1-1", "カスタマー・センター\n〒[POSTAL_CODE] [ADDRESS]"],
    ["本社 総務\n〒100-0001 東京都千代田区千代田1-1", "本社 総務\n〒[POSTAL_CODE] [ADDRESS]"],
  ],
  "a found surname's given name that is a noun too, before an honorific in kana or in romaji; the noun after a name kept": [
    ["- Local fixer 鶴岡 大地-san, mobile 070-0000-1111.", "- Local fixer [PERSON]-san, mobile [PHONE]."],
    ["Our guide 佐々木 大地-san will call.", "Our guide [PERSON]-san will call."],
    ["| 連絡 | 伊集院 大地 さん |", "| 連絡 | [PERSON] さん |"],
    ["佐藤 商店 さん", "佐藤 商店 さん"],
  ],
  "a found name's katakana writing in brackets ending at a slash before yet another writing; things in brackets kept": [
    ["### 受付 12-01　朴 恵珍 様（パク・ヘジン／박혜진）", "### 受付 12-01　[PERSON] 様（[PERSON]／[PERSON]）"],
    ["| 1 | 朴 恵珍 様（パク・ヘジン/박혜진） |", "| 1 | [PERSON] 様（[PERSON]/[PERSON]） |"],
    ["山田 太郎 様（ホテル／旅館）の予約", "[PERSON] 様（ホテル／旅館）の予約"],
    ["佐藤 花子 様（カード/現金）", "[PERSON] 様（カード/現金）"],
  ],
  "a kanji surname and a katakana given name written together before 方, a household's addressee; 方 after other words kept": [
    ["  鳰野トメ 方　電話 0291-00-0000", "  [PERSON] 方　電話 [PHONE]"],
    ["| 送り先 | 増井キヨ方、裏口 |", "| 送り先 | [PERSON]方、裏口 |"],
    ["この方の担当", "この方の担当"],
    ["大阪センター 方面", "大阪センター 方面"],
    ["会社のデータ方式", "会社のデータ方式"],
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
