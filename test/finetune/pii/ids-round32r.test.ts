import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID and phone classes taken after the thirty-second set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a pet's microchip in its reader's groups, or after チップ alone": [
    ["犬 柴「コロ」<br>チップ 392 1411 0250 7731", "犬 柴「コロ」<br>チップ [PERSONAL_ID]"],
    ["猫「ミケ」 チップ 392145000118820", "猫「ミケ」 チップ [PERSONAL_ID]"],
    ["Microchip number 985 1120 0033 4471, registered", "Microchip number [PERSONAL_ID], registered"],
    ["マイクロチップ　900　0641　0022　7815（登録済）", "マイクロチップ　[PERSONAL_ID]（登録済）"],
    ["チップ 1000円 を渡した", "チップ 1000円 を渡した"],
    ["ポテトチップ 4901330 5012 増量", "ポテトチップ 4901330 5012 増量"],
  ],
  "a landline with its last four as two pairs": [
    ["<td>山本 かおり</td><td>052-771-38-16</td>", "<td>[PERSON]</td><td>[PHONE]</td>"],
    ["送付先 村井 宛て、0263-12-34-56", "送付先 [PERSON] 宛て、[PHONE]"],
    ["電話番号：06-6123-45-67", "電話番号：[PHONE]"],
    ["注文番号 045-561-29-08", "注文番号 045-561-29-08"],
    ["品番 052-771-38-16", "品番 052-771-38-16"],
  ],
  "a number dialled without its area code, right after a phone's word": [
    ["電話は ３４－７７１２（市外局番なし）", "電話は [PHONE]（市外局番なし）"],
    ["TEL 341-0872 まで", "TEL [PHONE] まで"],
    ["電話：2-5519", "電話：[PHONE]"],
    ["電話 12-3456件", "電話 12-3456件"],
    ["電話対応 2026-1103 号室", "電話対応 2026-1103 号室"],
    ["部屋 341-0872 の鍵", "部屋 341-0872 の鍵"],
  ],
  "a handle or a user's ID after a word that says it is one": [
    ["投稿者のアカウント @yoga_snap_kt、削除依頼済み", "投稿者のアカウント [PERSONAL_ID]、削除依頼済み"],
    ["| Priya Nair (handle `@7bitpriya`) | High |", "| [PERSON] (handle `[PERSONAL_ID]`) | High |"],
    ["reported by Intigriti user id ig_5501923", "reported by Intigriti user id [PERSONAL_ID]"],
    ["登録名 mofu_cos88、本名は別", "登録名 [PERSONAL_ID]、本名は別"],
    ["we handle it_2 today", "we handle it_2 today"],
    ["アカウント数 12 件", "アカウント数 12 件"],
    ["登録名 未定", "登録名 未定"],
  ],
  "a login right before the password given with it": [
    ["ログイン jimu_kanda02、パスワード Rk8-vv21q", "ログイン [PERSONAL_ID]、パスワード [SECRET]"],
    ["login: m_okada7, password Pw-1129xq", "login: [PERSONAL_ID], password [SECRET]"],
    ["ログイン画面、パスワード変更の手順", "ログイン画面、パスワード変更の手順"],
    ["ログイン admin、パスワードは別紙", "ログイン admin、パスワードは別紙"],
  ],
  "a driving licence by 免許番号 alone, or its twelve digits after 運転免許 in a row": [
    ["韓国の運転免許。免許番号 22-05-118204-31", "韓国の運転免許。免許番号 [PERSONAL_ID]"],
    ["| 4 | 個人申込 | 運転免許 441905518820 |", "| 4 | 個人申込 | 運転免許 [PERSONAL_ID] |"],
    ["運転免許 2026年3月 更新", "運転免許 2026年3月 更新"],
    ["免許番号 2026-04", "免許番号 2026-04"],
  ],
  "a contract its label calls a person's, whatever firm's work the sentence names": [
    ["年間保守契約（個人）番号 MT-2025-11042 の口座を変更", "年間保守契約（個人）番号 [PERSONAL_ID] の口座を変更"],
    ["リース 個人契約番号 LS-88120 を解約", "リース 個人契約番号 [PERSONAL_ID] を解約"],
    ["保守業務の委託（契約番号 HK-2024-00871）", "保守業務の委託（契約番号 HK-2024-00871）"],
  ],
};

describeMaskingClasses("IDs and phones after the thirty-second set", classes);
