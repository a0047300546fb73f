import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID, key and plate classes taken after the thirty-first set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a column whose ID label follows a word saying what it is of, a space between": [
    [
      "| 氏名 | 海外旅行保険 証券番号 |\n| --- | --- |\n| 石田 大輝 | TP-88-2210457 |",
      "| 氏名 | 海外旅行保険 証券番号 |\n| --- | --- |\n| [PERSON] | [PERSONAL_ID] |",
    ],
    ["| 選手 | 傷害保険 証券番号 | 学年 |\n| --- | --- | --- |\n| Kim Minji | AX40918832 | 2 |", "| 選手 | 傷害保険 証券番号 | 学年 |\n| --- | --- | --- |\n| [PERSON] | [PERSONAL_ID] | 2 |"],
    ["| 品名 | 商品 管理番号 |\n| --- | --- |\n| 折りたたみ椅子 | KM-20417 |", "| 品名 | 商品 管理番号 |\n| --- | --- |\n| 折りたたみ椅子 | KM-20417 |"],
    ["| 車種 | 車両 登録番号 |\n| --- | --- |\n| ハイエース | TR-5512-08 |", "| 車種 | 車両 登録番号 |\n| --- | --- |\n| ハイエース | TR-5512-08 |"],
  ],
  "a camp's or an outing's application number beside its participants kept as an order's": [
    ["| 申込番号 | 参加者（学年） | 保護者 |\n| --- | --- | --- |\n| S27-108 | 小4 | — |", "| 申込番号 | 参加者（学年） | 保護者 |\n| --- | --- | --- |\n| S27-108 | 小4 | — |"],
    ["| 申込番号 | 参加者 | 配慮事項 |\n| --- | --- | --- |\n| CAMP-2207 | 森田 すず | なし |", "| 申込番号 | 参加者 | 配慮事項 |\n| --- | --- | --- |\n| CAMP-2207 | [PERSON] | なし |"],
    ["| 申込番号 | 受講者 | コース |\n| --- | --- | --- |\n| KT-26-1582 | — | 数学 |", "| 申込番号 | 受講者 | コース |\n| --- | --- | --- |\n| [PERSONAL_ID] | — | 数学 |"],
  ],
  "a firm's bus or coach by its body's ownership after the plate, or the firm's name before it": [
    ["協力企業の移動献血バス（足立 200 あ 33-19、センター所有車）で巡回", "協力企業の移動献血バス（足立 200 あ 33-19、センター所有車）で巡回"],
    ["送迎：ひかり交通株式会社（練馬 230 か 51-22、大型）", "送迎：ひかり交通株式会社（練馬 230 か 51-22、大型）"],
    ["迎えは 品川 300 ね 41-77（協会所有）", "迎えは 品川 300 ね 41-77（協会所有）"],
    ["父の車（多摩 330 さ 12-34、個人の車）で送迎", "父の車（[PERSONAL_ID]、個人の車）で送迎"],
  ],
  "a shared cloud document's ID in its link": [
    ["回答シート：https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde/edit", "回答シート：https://docs.google.com/spreadsheets/d/[API_KEY]/edit"],
    ["Slides: https://drive.google.com/file/d/1Zx9YwVuTsRqPoNmLkJiHgFeDcBa87654/view?usp=sharing", "Slides: https://drive.google.com/file/d/[API_KEY]/view?usp=sharing"],
    ["Form for anyone: https://docs.google.com/forms/d/e/1FAIpQLSe-AbCdEfGh/viewform", "Form for anyone: https://docs.google.com/forms/d/e/1FAIpQLSe-AbCdEfGh/viewform"],
    ["See https://docs.google.com/document/d/short/edit", "See https://docs.google.com/document/d/short/edit"],
  ],
  "a health card's 記号 and 番号 under the paragraph's heading, or written with a hyphen after 記号・番号": [
    ["保険証（写し）\n\n松井 陸：記号 2207 番号 44180", "保険証（写し）\n\n[PERSON]：[PERSONAL_ID]"],
    ["国保 記号・番号 横青 41-0882", "国保 [PERSONAL_ID]"],
    ["部品表\n\n記号 A-12 番号 3301", "部品表\n\n記号 A-12 番号 3301"],
  ],
  "a document's numbers after a plural label, joined by and or a comma": [
    ["Passport nos. K4471902 and K5520318 for the visa office.", "Passport nos. [PERSONAL_ID] and [PERSONAL_ID] for the visa office."],
    ["旅券 TK1204417、TK1204425 を確認。", "旅券 [PERSONAL_ID]、[PERSONAL_ID] を確認。"],
    ["Order AB123456 and AB123457 shipped.", "Order AB123456 and AB123457 shipped."],
  ],
  "an event's badge number, and its reprint with the mark": [
    ["Press badge MED-27-00412 misprinted; reprinted as MED-27-00412-R.", "Press badge [PERSONAL_ID] misprinted; reprinted as [PERSONAL_ID]."],
    ["Badge no. ACC-2025-04417 collected at the desk.", "Badge no. [PERSONAL_ID] collected at the desk."],
    ["Sent 40 more badges. Badge 2026 design approved; template BT-2026.", "Sent 40 more badges. Badge 2026 design approved; template BT-2026."],
  ],
  "a card's new number after an arrow": [
    ["カード番号 5120-3378-11 → 新番号 5120-4409-27 に切替", "カード番号 [PERSONAL_ID] → 新番号 [PERSONAL_ID] に切替"],
    ["member no. M-20417 → new M-20988", "member no. [PERSONAL_ID] → new [PERSONAL_ID]"],
    ["会員番号 A-10294 → 2026-12-01 に更新", "会員番号 [PERSONAL_ID] → 2026-12-01 に更新"],
  ],
  "a driving licence's number on a list item's wrapped line": [
    ["- 本人確認は運転免許証\n  （番号 第 301904418827 号 を控えた）", "- 本人確認は運転免許証\n  （番号 第 [PERSONAL_ID] 号 を控えた）"],
    ["- 本人確認は運転免許証\n- 受付 301904418827 件目", "- 本人確認は運転免許証\n- 受付 301904418827 件目"],
  ],
  "a number's label, its issuer's short name, then the code": [
    ["（受講番号 千食協 R6-20417）", "（受講番号 千食協 [PERSONAL_ID]）"],
    ["会員番号 東京支部 TK-20417", "会員番号 東京支部 [PERSONAL_ID]"],
    ["受付番号 東京 AB-1234", "受付番号 東京 AB-1234"],
  ],
  "a person's licence as its register's entry, the prefecture before it": [
    ["Hakone Trails · Guide licence 神奈川県 第 2021-0318 号", "Hakone Trails · Guide licence 神奈川県 第 [PERSONAL_ID] 号"],
    ["Tour guide license 京都府 第 3312 号", "Tour guide license 京都府 第 [PERSONAL_ID] 号"],
    ["宅建業免許 国土交通大臣（3）第 8812 号", "宅建業免許 国土交通大臣（3）第 8812 号"],
    ["MIT License 第 2 版", "MIT License 第 2 版"],
  ],
  "a device rental's number kept as an order's, a rental contract's masked": [
    ["レンタル番号 WF-55120871 のルーター", "レンタル番号 WF-55120871 のルーター"],
    ["レンタル契約番号 RC-2026-0041", "レンタル契約番号 [PERSONAL_ID]"],
  ],
};

describeMaskingClasses("ID, key and plate classes after the thirty-first set", classes);
