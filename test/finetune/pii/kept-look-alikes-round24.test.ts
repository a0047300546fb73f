import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes the twenty-third held-out set lost (issue 13, round 24), each as a class: a firm named after its founder by
 * a trade's word, a product ending in a device's word, the places a route's code lists, a firm's contract, a filing's
 * number, a post or a team where a name column or a name's cue expects a person, a parcel's number, and a firm's or a
 * delivery round's vehicles. The person beside each stays masked.
 */
describeMaskingClasses("look-alikes kept in round 24", {
  "a firm named after its founder by its trade's word": [
    ["Dinner at Ruth Okafor Seafood on Friday was $220.", "Dinner at Ruth Okafor Seafood on Friday was $220."],
    ["We met Mr. Daniel Brennan of Brennan Automotive; he replied from home.", "We met Mr. [PERSON] of Brennan Automotive; he replied from home."],
    ["Lunch at Hayes Steakhouse, and Mr. Tom Hayes paid.", "Lunch at Hayes Steakhouse, and Mr. [PERSON] paid."],
    ["Paid Kowalski Auto Repair $310 (Contact: Peter Kowalski).", "Paid Kowalski Auto Repair $310 (Contact: [PERSON])."],
  ],
  "a product ending in a device's word": [
    ["ワイデックス MOMENT 440、FMシステム Roger Touchscreen Mic を貸出", "ワイデックス MOMENT 440、FMシステム Roger Touchscreen Mic を貸出"],
    ["Bought a Jabra Evolve Headset and a Logitech Brio Webcam.", "Bought a Jabra Evolve Headset and a Logitech Brio Webcam."],
    ["Call Roger Touchscreen tomorrow about the mic.", "Call [PERSON] tomorrow about the mic."],
  ],
  "the places a route's code lists in brackets": [
    ["| B-1（落合・鶴牧） | ドルジ さん | 19 |", "| B-1（落合・鶴牧） | [PERSON] さん | 19 |"],
    ["ルート 2-B（中町・本町・和田）を回る", "ルート 2-B（中町・本町・和田）を回る"],
    ["R12（落合、鶴牧、岩田）が今週の担当", "R12（落合、鶴牧、岩田）が今週の担当"],
    ["担当（佐藤・鈴木）に連絡", "担当（[PERSON]・[PERSON]）に連絡"],
    ["B-1（落合）に連絡", "B-1（[PERSON]）に連絡"],
  ],
  "a firm's own contract": [
    ["今泉様、3名分の法人アカウントを発行しました（契約番号 CORP-2026-0187）。", "[PERSON]様、3名分の法人アカウントを発行しました（契約番号 CORP-2026-0187）。"],
    ["法人プランの契約番号 HJ-2025-00412 で請求します", "法人プランの契約番号 HJ-2025-00412 で請求します"],
    ["ご契約番号 CORP-2026-0187 をご確認ください", "ご契約番号 [PERSONAL_ID] をご確認ください"],
    ["個人・法人どちらも可。契約番号 K-2025-00412 をお知らせください", "個人・法人どちらも可。契約番号 [PERSONAL_ID] をお知らせください"],
  ],
  "a filing's number": [
    ["届出番号 M130041822（住宅宿泊事業者: 阿久津 静香）", "届出番号 M130041822（住宅宿泊事業者: [PERSON]）"],
    ["住宅宿泊事業 届出番号: M270018833", "住宅宿泊事業 届出番号: M270018833"],
    ["届出番号 K-4411-20 の製品", "届出番号 K-4411-20 の製品"],
    ["届出人番号 A1234567", "届出人番号 [PERSONAL_ID]"],
  ],
  "a post or a team where a person is expected": [
    ["| Owner | Action | Due |\n|---|---|---|\n| Internal Audit | Interview staff | Oct 20 |\n| Kyle Petrosyan | Delete the sheet | Oct 13 |\n| IT | Purge fields | Oct 31 |\n| CFO | Decide on claw-back | Nov 3 |", "| Owner | Action | Due |\n|---|---|---|\n| Internal Audit | Interview staff | Oct 20 |\n| [PERSON] | Delete the sheet | Oct 13 |\n| IT | Purge fields | Oct 31 |\n| CFO | Decide on claw-back | Nov 3 |"],
    ["| 氏名 | 件 |\n|---|---|\n| SATO | 2 |\n| HR | 1 |", "| 氏名 | 件 |\n|---|---|\n| [PERSON] | 2 |\n| HR | 1 |"],
    ["先方 PMO の Mr. Gallagher に連絡済。", "先方 PMO の Mr. [PERSON] に連絡済。"],
    ["担当: CTO に確認、先方 CISO から返信", "担当: CTO に確認、先方 CISO から返信"],
    ["先方 Smith の件、担当: Emma Stone", "先方 [PERSON] の件、担当: [PERSON]"],
  ],
  "a parcel's number after its carrier's service": [
    ["レターパック 3417-2206-9813 で発送済。", "レターパック 3417-2206-9813 で発送済。"],
    ["ゆうパック（お問い合わせ 1234-5678-9018）", "ゆうパック（お問い合わせ 1234-5678-9018）"],
    ["書留 1234 5678 9018 で送付", "書留 1234 5678 9018 で送付"],
    ["マイナンバー 1234-5678-9018", "マイナンバー [MY_NUMBER]"],
  ],
  "a delivery round's or a firm's counted vehicles": [
    ["## 今週の配達ルート\n| A-3 | 浅利 | 軽バン 多摩 480 あ 12-64 |", "## 今週の配達ルート\n| A-3 | [PERSON] | 軽バン 多摩 480 あ 12-64 |"],
    ["配送コース表：2t 練馬 100 さ 31-08 で北回り", "配送コース表：2t 練馬 100 さ 31-08 で北回り"],
    ["| 車両祓（法人） | 株式会社 葛城運輸 代表取締役 葛城 剛 殿 | トラック3台 相模 100 か 22-19 ほか |", "| 車両祓（法人） | 株式会社 葛城運輸 代表取締役 [PERSON] 殿 | トラック3台 相模 100 か 22-19 ほか |"],
    ["有限会社 丸山工務店 ダンプ 2台 品川 100 さ 12-34", "有限会社 丸山工務店 ダンプ 2台 品川 100 さ 12-34"],
  ],
  "a private person's car stays masked": [
    ["| 車両祓 | 葛城 大輔 様 | 車両 相模 300 ね 41-07（新車） |", "| 車両祓 | [PERSON] 様 | 車両 [PERSONAL_ID]（新車） |"],
    ["葛城 大輔 様、車両2台 相模 300 ね 41-07 ほか", "[PERSON] 様、車両2台 [PERSONAL_ID] ほか"],
    ["軽 品川 580 あ 12-34 が月極に無断駐車", "軽 [PERSONAL_ID] が月極に無断駐車"],
  ],
});
