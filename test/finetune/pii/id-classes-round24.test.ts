import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID classes taken in the round after the twenty-third set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a table's column headed by a person's word cut short with its dot": [
    ["| # | Emp. ID | Amount |\n|---|---|---|\n| A-1 | K220417 | $40 |\n| A-2 | T-33190 | $12 |", "| # | Emp. ID | Amount |\n|---|---|---|\n| A-1 | [PERSONAL_ID] | $40 |\n| A-2 | [PERSONAL_ID] | $12 |"],
    ["| Cust. No. | Plan |\n|---|---|\n| C-48812 | Gold |", "| Cust. No. | Plan |\n|---|---|\n| [PERSONAL_ID] | Gold |"],
    ["| Item | Inv. No. | Qty |\n|---|---|---|\n| Pen | IV-20391 | 3 |", "| Item | Inv. No. | Qty |\n|---|---|---|\n| Pen | IV-20391 | 3 |"],
    ["| Acct. No. | Name |\n|---|---|\n| 4110 | Travel |", "| Acct. No. | Name |\n|---|---|\n| 4110 | Travel |"],
  ],
  "a bank account's number after account, a bank's or a routing number's word before it": [
    ["her bank on file: routing 021000089, account 7730218846.", "her bank on file: routing 021000089, account [PERSONAL_ID]."],
    ["Also my bank is now Metrobank account 3301 7725 0914. Thanks", "Also my bank is now Metrobank account [PERSONAL_ID]. Thanks"],
    ["Bank: Chase, acct. no. 000123456789 (checking)", "Bank: Chase, acct. no. [PERSONAL_ID] (checking)"],
    ["The bank account holds 1500000 yen.", "The bank account holds 1500000 yen."],
    ["Bank fees posted to account 4110 in the ledger.", "Bank fees posted to account 4110 in the ledger."],
    ["bank statement for account ending 4411", "bank statement for account ending 4411"],
    ["bank transfer on account 2026-11-30", "bank transfer on account 2026-11-30"],
    ["Bank order account balance 250000 USD", "Bank order account balance 250000 USD"],
    ["Account 88120455 has no bank details yet.", "Account 88120455 has no bank details yet."],
  ],
  "a Skype ID of a Microsoft account, and a handle after a code host's name": [
    ["Skype ID を登録しました。正しくは live:.cid.9c1e44a0b7d2f316 です。", "Skype ID を登録しました。正しくは [PERSONAL_ID] です。"],
    ["連絡先は live:.cid.0a3b5c7d9e1f2a4b（英会話の先生）", "連絡先は [PERSONAL_ID]（英会話の先生）"],
    ["Skype: live:sato.miho_21 まで", "Skype: [PERSONAL_ID] まで"],
    ["Go live: 20:00 JST, stream live:tomorrow", "Go live: 20:00 JST, stream live:tomorrow"],
    ["GitHub は yuki-t-dev、ポートフォリオあり", "GitHub は [PERSONAL_ID]、ポートフォリオあり"],
    ["GitLab: kobayashi-ren", "GitLab: [PERSONAL_ID]"],
    ["my GitHub is sofia-dev88", "my GitHub is [PERSONAL_ID]"],
    ["GitHub: octo-org/api-server", "GitHub: octo-org/api-server"],
    ["GitLab: v16.4.1 にアップデート", "GitLab: v16.4.1 にアップデート"],
    ["GitHub は main-branch を保護", "GitHub は main-branch を保護"],
    ["GitLab: release-2.4 をタグ付け", "GitLab: release-2.4 をタグ付け"],
    ["GitHub Copilot の利用者 12 名", "GitHub Copilot の利用者 12 名"],
    ["GitHub is down again", "GitHub is down again"],
  ],
  "a passport of France or Germany after 旅券, a pension number later in its sentence, an insured's register number": [
    ["同行 Léa Martin（旅券 19CX44210）", "同行 [PERSON]（旅券 [PERSONAL_ID]）"],
    ["旅券 C01X00T47 を確認", "旅券 [PERSONAL_ID] を確認"],
    ["旅券 2通 を確認。2024年発行", "旅券 2通 を確認。2024年発行"],
    ["前職の年金番号が二つある（4102-338107 と 4102-338170）→ 統合", "前職の年金番号が二つある（[PERSONAL_ID] と [PERSONAL_ID]）→ 統合"],
    ["基礎年金番号が見つかりました: 5120 447391。", "基礎年金番号が見つかりました: [PERSONAL_ID]。"],
    ["年金番号の照会は 2026-110519 の受付番号で", "年金番号の照会は 2026-110519 の受付番号で"],
    ["年金受給額 1,234,567円", "年金受給額 1,234,567円"],
    ["標準報酬 30万円、被保険者整理番号 204", "標準報酬 30万円、被保険者整理番号 [PERSONAL_ID]"],
    ["被保険者整理番号：37 の方", "被保険者整理番号：[PERSONAL_ID] の方"],
    ["被保険者整理番号 3 件を追加", "被保険者整理番号 3 件を追加"],
    ["整理番号 118 でお呼びします", "整理番号 118 でお呼びします"],
  ],
  "a login and its password joined by a slash after a sign-in site's label": [
    ["メーカー発注サイト: nerima-hear02 / Sound-nerima77!。", "メーカー発注サイト: [PERSONAL_ID] / [SECRET]。"],
    ["管理画面：shop_admin7 / Pa55word! で入る", "管理画面：[PERSONAL_ID] / [SECRET] で入る"],
    ["Supplier portal: j.doe-22 / Tr0ub4dor&3", "Supplier portal: [PERSONAL_ID] / [SECRET]"],
    ["対応サイト: tokyo-01 / osaka-02", "対応サイト: tokyo-01 / osaka-02"],
    ["サイト: example-shop.jp / shop2.example.com", "サイト: example-shop.jp / shop2.example.com"],
    ["Site: plant-a / Line-B2", "Site: plant-a / Line-B2"],
    ["ポータル: 2024-11 / 2025-03 の資料", "ポータル: 2024-11 / 2025-03 の資料"],
  ],
  "a My Number named in English earlier in the sentence": [
    ["Mr. Ono's My Number for the return, which he typed into the comment field: 3301-8820-4417. Purged.", "Mr. Ono's My Number for the return, which he typed into the comment field: [MY_NUMBER]. Purged."],
    ["Her My Number was pasted in the notes field as 3301 8820 4417 by mistake", "Her My Number was pasted in the notes field as [MY_NUMBER] by mistake"],
    ["My Number card arrived; tracking 4411 2290 1183 at the post office", "My Number card arrived; tracking 4411 2290 1183 at the post office"],
  ],
  "a key box's codes as they change, and where a spare key is hidden": [
    ["裏口キーボックス: 今月 5-2-8-1 → 12/1 から 0-6-4-9", "裏口キーボックス: 今月 [SECRET] → 12/1 から [SECRET]"],
    ["keybox: now 4417 -> from Dec 1: 0926", "keybox: now [SECRET] -> from Dec 1: [SECRET]"],
    ["キーボックス: 今月 2 個 → 来月 3 個", "キーボックス: 今月 2 個 → 来月 3 個"],
    ["キーボックス 1000円 → 12/1 から 1200円", "キーボックス 1000円 → 12/1 から 1200円"],
    ["合鍵の置き場所（ご本人了承済み）: 物置の青いバケツの中。", "合鍵の置き場所（ご本人了承済み）: [SECRET]。"],
    ["スペアキーの隠し場所：勝手口の植木鉢の下", "スペアキーの隠し場所：[SECRET]"],
    ["Spare key location: under the blue flowerpot.", "Spare key location: [SECRET]."],
    ["予備の鍵の保管場所: 未定", "予備の鍵の保管場所: 未定"],
    ["合鍵の置き場所: ご家族に確認中。", "合鍵の置き場所: ご家族に確認中。"],
    ["合鍵の作成は駅前の店で。", "合鍵の作成は駅前の店で。"],
  ],
  "a benefit's voucher or decision numbered 第…号, the office's short name before 第": [
    ["日常生活用具 給付券 市障第 2025-1142 号を受領", "日常生活用具 給付券 市障第 [PERSONAL_ID] 号を受領"],
    ["自立支援医療 受給者証 第 0412-3381 号", "自立支援医療 受給者証 第 [PERSONAL_ID] 号"],
    ["支給決定通知書 練福第 4417 号 を送付", "支給決定通知書 練福第 [PERSONAL_ID] 号 を送付"],
    ["商品券 第 2026-0001 号", "商品券 第 2026-0001 号"],
    ["支給券 第3号 を参照", "支給券 第3号 を参照"],
  ],
};

describeMaskingClasses("ID classes after the twenty-third set", classes);
