import { describe, expect, it } from "vitest";
import { maskDocumentSections } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID and key classes taken after the twenty-ninth set (issue 13), each with the look-alikes beside it that must stay.
 * Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a Dropbox access token whole, its sl. prefix too": [
    ["Dropbox token: sl.Ab3xQ9mZ7pLt2WcR8yNv4KfE0uHs6JdG1oTiYbVn", "Dropbox token: [API_KEY]"],
    ["DROPBOX_TOKEN=sl.u.Kp4Qz8Lm2Wx7Rt1Yc9Nb3Vf6Hd0Gs5Ja", "DROPBOX_TOKEN=[API_KEY]"],
    ["See sl.no 12 in the table, and slide sl.3 of the deck.", "See sl.no 12 in the table, and slide sl.3 of the deck."],
  ],
  "a registrant's ID under 登録ID or after 旧登録ID": [
    ["| 登録ID | 氏名 | 判定 |\n| --- | --- | --- |\n| MON-25-1182 | 佐伯 光 | 適格 |", "| 登録ID | 氏名 | 判定 |\n| --- | --- | --- |\n| [PERSONAL_ID] | [PERSON] | 適格 |"],
    ["元会員から問い合わせ。旧登録ID TRL-23-0419 で照会。", "元会員から問い合わせ。旧登録ID [PERSONAL_ID] で照会。"],
    ["| 登録番号 | 品名 | 数量 |\n| --- | --- | --- |\n| T1234567890123 | 工具セット | 2 |", "| 登録番号 | 品名 | 数量 |\n| --- | --- | --- |\n| T1234567890123 | 工具セット | 2 |"],
  ],
  "a student number with a letter inside it, of a series a table gave": [
    [
      "| 氏名 | 学籍番号 |\n|---|---|\n| 森 一花 | K23T1102 |\n\n保護者から電話（娘、K24M0315）。",
      "| 氏名 | 学籍番号 |\n|---|---|\n| [PERSON] | [PERSONAL_ID] |\n\n保護者から電話（娘、[PERSONAL_ID]）。",
    ],
    ["| 氏名 | 学籍番号 |\n|---|---|\n| 森 一花 | K23T1102 |\n\n型番 RX23T11 と KX24M0315 は別。", "| 氏名 | 学籍番号 |\n|---|---|\n| [PERSON] | [PERSONAL_ID] |\n\n型番 RX23T11 と KX24M0315 は別。"],
  ],
  "an exam's candidate number after the exam's name, wrapped in 第…号": [
    ["英検の検定試験受験番号 第3308-11920号 を控えた", "英検の検定試験受験番号 第[PERSONAL_ID]号 を控えた"],
    ["公務員試験受験番号：第1207-55031号", "公務員試験受験番号：第[PERSONAL_ID]号"],
    ["試験番号 第2026-0412号 の問題用紙", "試験番号 第2026-0412号 の問題用紙"],
  ],
  "a pension's or a policy's certificate number (証書番号)": [
    ["母の年金の証書番号 4410-228173 を書く欄", "母の年金の証書番号 [PERSONAL_ID] を書く欄"],
    ["保険の証書番号：7720-558104", "保険の証書番号：[PERSONAL_ID]"],
    ["保証書番号 2211-448803 は製品の箱に", "保証書番号 2211-448803 は製品の箱に"],
  ],
  "a bicycle's 防犯登録 with its prefecture's kanji and a space": [
    ["防犯登録番号は 千 22-418830 です。", "防犯登録番号は [PERSONAL_ID] です。"],
    ["防犯登録：神 07-551902（青い自転車）", "防犯登録：[PERSONAL_ID]（青い自転車）"],
    ["防犯登録 2026-11-02 に実施", "防犯登録 2026-11-02 に実施"],
  ],
  "a video call's personal meeting ID": [
    ["Zoom の個人ミーティングID 712 4408 3391 で待機", "Zoom の個人ミーティングID [PERSONAL_ID] で待機"],
    ["Personal Meeting ID: 553-210-8847 (my own room)", "Personal Meeting ID: [PERSONAL_ID] (my own room)"],
    ["Zoom ミーティングID 812 3456 7890 は毎回変わる", "Zoom ミーティングID 812 3456 7890 は毎回変わる"],
    ["PMI 52.4 in November, up from 51.8", "PMI 52.4 in November, up from 51.8"],
  ],
  "an account after a bank's word in two groups, the last of four": [
    ["Pay into Rakuten Bank, acct 2209-4471.", "Pay into Rakuten Bank, acct [PERSONAL_ID]."],
    ["bank Mizuho, account 381-0029 please", "bank Mizuho, account [PERSONAL_ID] please"],
    ["Bank ledger: account 4110-20 for fees", "Bank ledger: account 4110-20 for fees"],
  ],
  "a bank field, the bank's name and seven digits": [
    ["Bank: SMBC 4471902", "Bank: SMBC [PERSONAL_ID]"],
    ["bank: Mizuho Shinjuku 3390184 (futsu)", "bank: Mizuho Shinjuku [PERSONAL_ID] (futsu)"],
    ["Bank: MUFG 1000000 yen limit", "Bank: MUFG 1000000 yen limit"],
    ["Bank: SMBC 2026 statement", "Bank: SMBC 2026 statement"],
  ],
  "an IBAN's shape after an account's word, failing its check": [
    ["Revolut account GB11 REVO 0099 7012 3456 78, holder on file.", "Revolut account [PERSONAL_ID], holder on file."],
    ["refund to acct DE12 5001 0517 0648 4898 91", "refund to acct [PERSONAL_ID]"],
    ["account GB11 REVO 0099 for the pilot", "account GB11 REVO 0099 for the pilot"],
  ],
  "an employment insurance number in English": [
    ["Employment insurance no. 4412-803317-2 from the last employer.", "Employment insurance no. [PERSONAL_ID] from the last employer."],
    ["koyo hoken number: 1204 558812 3", "koyo hoken number: [PERSONAL_ID]"],
    ["Employment insurance rate is 0.6% from April 2026.", "Employment insurance rate is 0.6% from April 2026."],
    ["Employment insurance leaflet no. 2026-0412 at the desk", "Employment insurance leaflet no. 2026-0412 at the desk"],
  ],
  "a passport's number named after it": [
    ["前回の控えの MZ7730214 は旧ネパール旅券です。", "前回の控えの [PERSONAL_ID] は旧ネパール旅券です。"],
    ["X2291034 is her old Nepali passport.", "[PERSONAL_ID] is her old Nepali passport."],
    ["AB1234567 は注文番号で、旅券は後日。", "AB1234567 は注文番号で、旅券は後日。"],
  ],
  "a passport of two capitals and six digits in its sentence": [
    ["Passport seen at check-in: Brazil FX338120.", "Passport seen at check-in: Brazil [PERSONAL_ID]."],
    ["パスポート確認済み（ブラジル YB772041）", "パスポート確認済み（ブラジル [PERSONAL_ID]）"],
  ],
  "a residence card's shape a sentence after the card is named": [
    ["Please send the back of your residence card. The front reads QK55120938FA already.", "Please send the back of your residence card. The front reads [PERSONAL_ID] already."],
    ["在留カードの裏面もください。表面の AB12345678CD は確認済みです。", "在留カードの裏面もください。表面の [PERSONAL_ID] は確認済みです。"],
    ["Product code QK55120938FA ships Monday.", "Product code QK55120938FA ships Monday."],
  ],
  "an application's number after a possessive": [
    ["Your application RS-2611-00417 is under review.", "Your application [PERSONAL_ID] is under review."],
    ["my loan application no. 20931877", "my loan application no. [PERSONAL_ID]"],
    ["your application v2 form and my application 2026", "your application v2 form and my application 2026"],
  ],
  "an administrator's own login in three parts after 管理者 or admin login": [
    ["管理者 kb-admin-morikawa で作業", "管理者 [PERSONAL_ID] で作業"],
    ["admin login: ops.admin.tanabe", "admin login: [PERSONAL_ID]"],
    ["管理者 web-team の共有", "管理者 web-team の共有"],
    ["管理者 v2-beta-3 の画面", "管理者 v2-beta-3 の画面"],
    ["管理者: root のまま", "管理者: root のまま"],
  ],
  "a work-exchange or hospitality site's member page whole": [
    ["Profile: workaway.info/fr/workawayer/LenaK88", "Profile: [PERSONAL_ID]"],
    ["couchsurfing.com/people/mika-t wrote to us", "[PERSONAL_ID] wrote to us"],
    ["Hosts: workaway.info/en/hostlist for Japan", "Hosts: workaway.info/en/hostlist for Japan"],
  ],
};

describeMaskingClasses("IDs and keys of round 29", classes);

describe("a student number's series across a document's sections", () => {
  it("masks a code of the table's series in a later section", () => {
    const [, later] = maskDocumentSections([
      "| 氏名 | 学籍番号 |\n|---|---|\n| 森 一花 | K23T1102 |",
      "## 12/1\n\n模擬面接: 学生（K25G0038）。型番 K25G003 は別。",
    ]);
    expect(later!.text).toBe("## 12/1\n\n模擬面接: 学生（[PERSONAL_ID]）。型番 K25G003 は別。");
  });
});
