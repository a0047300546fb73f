import { describe, expect, it } from "vitest";
import { isValidNric } from "../../../src/finetune/pii/ids/national-id-detectors.js";
import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID, secret and key rules by class that the twentieth set's remaining misses called for (issue 13), each with other
 * values than the set's and the look-alikes it must leave alone (expected === input).
 */
describe("a Singapore NRIC's check letter", () => {
  it("holds for the published examples of each series and fails for a letter off by one", () => {
    expect(["S1234567D", "T1234567J", "F1234567N", "G1234567X", "M1234567K"].every(isValidNric)).toBe(true);
    expect(["S1234567E", "T1234567A", "F1234567M", "G1234567Y", "M1234567L", "A1234567D"].some(isValidNric)).toBe(false);
  });
});

describeMaskingClasses("id and secret classes of the twentieth set's rest", {
  "a Singapore NRIC or FIN: after its name whatever its check letter, alone only when its check letter holds": [
    ["NRIC for the visa application: S7712054C, please.", "NRIC for the visa application: [PERSONAL_ID], please."],
    ["Her FIN is G1234567X.", "Her FIN is [PERSONAL_ID]."],
    ["Copy of IC number S1234567A on file", "Copy of IC number [PERSONAL_ID] on file"],
    ["Copied from the form: S1234567D.", "Copied from the form: [PERSONAL_ID]."],
    ["Order S1234567A shipped at 10:30, S$49.90", "Order S1234567A shipped at 10:30, S$49.90"],
    ["Part T2024118B in stock", "Part T2024118B in stock"],
  ],
  "a mobile number-porting reservation number after its label": [
    ["MNP予約番号 3012874455（有効期限 12/20）", "MNP予約番号 [PERSONAL_ID]（有効期限 12/20）"],
    ["MNP番号：4401928374 を発行", "MNP番号：[PERSONAL_ID] を発行"],
    ["予約番号 3012874455 で来店予約", "予約番号 3012874455 で来店予約"],
    ["MNP予約番号の有効期限は 15 日間（手数料 3,300円）", "MNP予約番号の有効期限は 15 日間（手数料 3,300円）"],
  ],
  "a residence card's number spaced in groups, later in its sentence": [
    ["在留カード CD 8812 4407 EF で確認", "在留カード [PERSONAL_ID] で確認"],
    ["在留カードの番号は XY 55013388 ZW です", "在留カードの番号は [PERSONAL_ID] です"],
    ["在留カードで確認、注文 AB 1234 5678 は発送済み", "在留カードで確認、注文 AB 1234 5678 は発送済み"],
  ],
  "a health-insurance card's 記号 opening with its insurer's kanji": [
    ["保険証の記号 東 31041187 番号 12", "保険証の[PERSONAL_ID]"],
    ["国保 被保険者証 記号 前橋 205 番号 1188", "国保 被保険者証 [PERSONAL_ID]"],
    ["部品 記号 東 12 番号 3 を交換", "部品 記号 東 12 番号 3 を交換"],
  ],
  "an app's user id by its prefix at a sentence's end": [
    ["The account is usr_4Tq9Lm2Zx8.", "The account is [PERSONAL_ID]."],
    ["closed for cus_N4x7Qa91Lk.", "closed for [PERSONAL_ID]."],
    ["see usr_local2024.conf", "see usr_local2024.conf"],
  ],
  "an administrator's login after 管理者ID, a thing's 管理番号 kept": [
    ["管理者ID kanri-ops02 でログイン", "管理者ID [PERSONAL_ID] でログイン"],
    ["管理者ID shop-admin を共有", "管理者ID [PERSONAL_ID] を共有"],
    ["管理ID KB-2611-04 の棚", "管理ID KB-2611-04 の棚"],
  ],
  "a card's security code after its expiry, with a bare code's word": [
    ["4111 1111 1111 1111、期限 04/29、コード 417", "[CREDIT_CARD]、期限 04/29、コード [SECRET]"],
    ["card ending 0187, exp 11/27, code 4410", "card ending 0187, exp 11/27, code [SECRET]"],
    ["有効期限 12/31 のクーポンコード 5531", "有効期限 12/31 のクーポンコード 5531"],
    ["期限 12/31、コード 15 分後に再送", "期限 12/31、コード 15 分後に再送"],
    ["期限 3/31 コード 1200円", "期限 3/31 コード 1200円"],
  ],
  "a card's security code a few words after its name, and its correction": [
    ["セキュリティコードを電話で伺った（一度 417 と言ってから 471 と訂正）", "セキュリティコードを電話で伺った（一度 [SECRET] と言ってから [SECRET] と訂正）"],
    ["CVV, read out twice: 552", "CVV, read out twice: [SECRET]"],
    ["セキュリティコードの欄は 3 桁", "セキュリティコードの欄は 3 桁"],
  ],
  "a password quoted as said, with a hedge inside the quotes": [
    ["パスワードは電話で「hanabi2019 だったかな」とのこと", "パスワードは電話で「[SECRET] だったかな」とのこと"],
    ['the password, she said, "Kite#88 だと思う"', 'the password, she said, "[SECRET] だと思う"'],
    ["パスワード再設定の受付は「2026/12/01 だったと思う」", "パスワード再設定の受付は「2026/12/01 だったと思う」"],
  ],
  "a password set off by commas after the cue, when the sentence says 'was reset' first": [
    ["his password was reset (the temporary one, Tmp-Ohara-7731, was read to him)", "his password was reset (the temporary one, [SECRET], was read to him)"],
    ["The password was changed (new one, kumo-88!x, sent by post)", "The password was changed (new one, [SECRET], sent by post)"],
    ["the password was reset (ticket, INC-2611-04, closed)", "the password was reset (ticket, INC-2611-04, closed)"],
  ],
  "a code changed to another of its very shape": [
    ["暗証番号 *4418# を 12/1 に *9021# へ変更", "暗証番号 [SECRET] を 12/1 に [SECRET] へ変更"],
    ["暗証番号は 5521、いや 5512 です", "暗証番号は [SECRET]、いや [SECRET] です"],
    ["暗証番号 *4418# を 12/1 に更新、注文 A-2291 へ変更", "暗証番号 [SECRET] を 12/1 に更新、注文 A-2291 へ変更"],
    ["暗証番号 4418 を入力、10:30 に変更", "暗証番号 [SECRET] を入力、10:30 に変更"],
  ],
  "a connection string's account key by its field's name": [
    ["接続文字列に AccountKey=Zx8Qw2Lm9Kp4Rt7Vb1Nc6Hd3Fg5Js0Ty8Ue2Io4Pa7Sd1Fg3Hj6Kl9==; が残っていた", "接続文字列に AccountKey=[API_KEY]; が残っていた"],
    ["SharedAccessKey=q9Lw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8= in the config", "SharedAccessKey=[API_KEY] in the config"],
    ["AccountKey= is empty in the template", "AccountKey= is empty in the template"],
  ],
});
