import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret rules by class for what the twenty-first set still lost (issue 13), each with other values than the
 * set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id and secret classes of the twenty-first set's rest", {
  "a customer's server by its host-given name after the server's word": [
    ["Abuse report: port scan from VPS web-osk1-20417 since 02:10.", "Abuse report: port scan from VPS [PERSONAL_ID] since 02:10."],
    ["サーバー名：shop-kanda-30881 の負荷が高い", "サーバー名：[PERSONAL_ID] の負荷が高い"],
    ["id,plan,server\n4412,VPS 2G,\"instance tyo1-vm-004417\"", "id,plan,server\n4412,VPS 2G,\"instance [PERSONAL_ID]\""],
    // A system and its version, a machine type or a short internal name stay.
    ["Windows Server 2022 と サーバ ubuntu-22-04、instance t3-micro, host db-01-a", "Windows Server 2022 と サーバ ubuntu-22-04、instance t3-micro, host db-01-a"],
  ],
  "an administrator's or a user's login right after the role's word": [
    ["ログ：管理者 shop_admin2 に失敗9回。", "ログ：管理者 [PERSONAL_ID] に失敗9回。"],
    ["| 日時 | 管理ユーザー：ops-sato2 | ロック |", "| 日時 | 管理ユーザー：[PERSONAL_ID] | ロック |"],
    ["[09:14] 岡: the admin user kiosk_03 is locked again", "[09:14] 岡: the admin user [PERSONAL_ID] is locked again"],
    ["<td>Administrator: web_admin7</td>", "<td>Administrator: [PERSONAL_ID]</td>"],
    // A role alone, a screen's name and a version after the word stay.
    ["管理者 admin でログイン、admin panel を開く、ユーザー v2.1 の画面", "管理者 admin でログイン、admin panel を開く、ユーザー v2.1 の画面"],
  ],
  "a password named, then guessed a few words on in its sentence": [
    ["パスワードを思い出せません（多分 aoba2291 だったはず）", "パスワードを思い出せません（多分 [SECRET] だったはず）"],
    ["I forgot the password, maybe Kohoku7781, not sure.", "I forgot the password, maybe [SECRET], not sure."],
    ["\"Wi-Fi のパスワード、確か yuki0412x です\",受付", "\"Wi-Fi のパスワード、確か [SECRET] です\",受付"],
    // A hash's name and a policy's count after the hedge stay.
    ["The password is probably SHA256 hashed; パスワードはたぶん 8文字以上", "The password is probably SHA256 hashed; パスワードはたぶん 8文字以上"],
  ],
  "a keypad code after a lock's name and a space": [
    ["オートロック ＃2580＊ の後に部屋番号を押す", "オートロック [SECRET] の後に部屋番号を押す"],
    ["| 集荷 | スマートロック *4471# |", "| 集荷 | スマートロック [SECRET] |"],
    ["[18:02] 管理人: ドアロック　#8203 で開きます", "[18:02] 管理人: ドアロック　[SECRET] で開きます"],
    // A room after the lock and a count stay.
    ["オートロック #1203号室 へ、オートロック 2台", "オートロック #1203号室 へ、オートロック 2台"],
  ],
  "a licence key or a machine id after its cue in any of its cases": [
    ["PRODUCT KEY: QX7M-2KD9-PW44-TCH8 (do not share)", "PRODUCT KEY: [API_KEY] (do not share)"],
    ["Host Id for the seat is HW-7C2E-41A9-B0D3.", "Host Id for the seat is [PERSONAL_ID]."],
    // A part's code with no cue stays.
    ["Part ZX9A-44B1-7C2D-E3F4 ships Monday.", "Part ZX9A-44B1-7C2D-E3F4 ships Monday."],
  ],
});
