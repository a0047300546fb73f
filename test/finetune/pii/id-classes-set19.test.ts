import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret rules by class that the nineteenth set's misses called for (issue 13), each with other values than the set's and
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id and secret classes of the nineteenth set", {
  "a police station's receipt number with the station, masked whole": [
    ["被害届は 新宿警察署 受理番号 第 318-44 号 です", "被害届は [PERSONAL_ID] です"],
    ["Police report: 渋谷署 受理第 2207-1153号 (lost wallet)", "Police report: [PERSONAL_ID] (lost wallet)"],
    ["遺失届 → 大阪府警 天満署 第 0912-7 号", "遺失届 → 大阪府警 [PERSONAL_ID]"],
    // An ordinal after a station, a tax office's circular and a station's name alone stay.
    ["渋谷署 第 3 回 防犯講習、税務署 第 2026-118 号 通知、新宿警察署 の前", "渋谷署 第 3 回 防犯講習、税務署 第 2026-118 号 通知、新宿警察署 の前"],
  ],
  "a member's handle on a code host, the first step of its address": [
    ["Team repo: github.com/tkhrmiura/pocket-clinic", "Team repo: github.com/[PERSONAL_ID]/pocket-clinic"],
    ["<td>https://gitlab.com/nanami-w</td>", "<td>https://gitlab.com/[PERSONAL_ID]</td>"],
    ["fork on bitbucket.org/rkoba_dev/site", "fork on bitbucket.org/[PERSONAL_ID]/site"],
    // The host's own pages and a module's path in a build file are no one's.
    ["see github.com/features and github.com/pricing; require github.com/spf13/cobra v1.8.0", "see github.com/features and github.com/pricing; require github.com/spf13/cobra v1.8.0"],
  ],
  "an app's user id by its type prefix": [
    ["Refund for usr_4Tq9Lm2Z approved", "Refund for [PERSONAL_ID] approved"],
    ["customer cus_N4x7Qa91Lk, then acct_1Pq2Rs3Tu", "customer [PERSONAL_ID], then [PERSONAL_ID]"],
    // A column, a folder or a table named with the prefix has no digit and letter both.
    ["SELECT usr_name FROM usr_accounts; /opt/usr_local; cus_20240101", "SELECT usr_name FROM usr_accounts; /opt/usr_local; cus_20240101"],
  ],
  "a login after its field's word and before its password's word": [
    ["保守用 ID kasai-shop02 パスワード は別紙", "保守用 ID [PERSONAL_ID] パスワード は別紙"],
    ["管理アカウント nb-front-desk パスワード 配布済み", "管理アカウント [PERSONAL_ID] パスワード 配布済み"],
    ["Login k.sato / password sent by SMS", "Login [PERSONAL_ID] / password sent by SMS"],
    // The words of a sentence between the field's word and the password's stay.
    ["ID and password are on the card; アカウント 作成後 パスワード 設定; User 一覧 パスワード 欄", "ID and password are on the card; アカウント 作成後 パスワード 設定; User 一覧 パスワード 欄"],
  ],
  "a service's account after \"service account\"": [
    ["Service account svc-billing.", "Service account [PERSONAL_ID]."],
    ["the service account: etl_runner2 was disabled", "the service account: [PERSONAL_ID] was disabled"],
    // A word of the sentence after it is no account.
    ["Rotate the service account key; service account for payroll", "Rotate the service account key; service account for payroll"],
  ],
  "an @handle right after ID": [
    ["送金先（ID @sato_k9）を確認", "送金先（ID [PERSONAL_ID]）を確認"],
    ["LINE ID：@mika.t です", "LINE ID：[PERSONAL_ID] です"],
    // An e-mail after ID and an @ with no handle stay as they are.
    ["ID @ 受付、ID@2x の画像", "ID @ 受付、ID@2x の画像"],
  ],
  "a customer's code in letter groups before its number, after a person's label": [
    ["契約番号 KB-SE-008812 の件", "契約番号 [PERSONAL_ID] の件"],
    ["新契約番号 OS-KT-0042、旧 OS-KT-0017", "新契約番号 [PERSONAL_ID]、旧 [PERSONAL_ID]"],
    ["会員番号：AB-C-12345", "会員番号：[PERSONAL_ID]"],
    // A product's code in the same form, and letters with no number after the label, stay.
    ["型番 TR-NH-004417、契約番号 A-B は未定", "型番 TR-NH-004417、契約番号 A-B は未定"],
  ],
  "a key of a service by sk_/pk_ and 32 hex digits or more, a JWT by its header whatever its payload": [
    ["連携トークン：pk_3f9a0c7e21b84d5a9e6f0b1c2d3e4f50", "連携トークン：[API_KEY]"],
    ["secret sk_0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3 rotated", "secret [API_KEY] rotated"],
    ["token eyJhbGciOiJSUzI1NiJ9.Zm9vYmFyYmF6cXV4MTIz.c2lnbmF0dXJlLXBhcnQ", "token [API_KEY]"],
    // A database's key column, a short hex and a dotted name with no JWT header stay.
    ["pk_user_id, pk_3f9a0c7e, abc.defghijklmnop.qrstuvwxyz12", "pk_user_id, pk_3f9a0c7e, abc.defghijklmnop.qrstuvwxyz12"],
  ],
});
