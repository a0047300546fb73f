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
};

describeMaskingClasses("ID classes after the twenty-third set", classes);
