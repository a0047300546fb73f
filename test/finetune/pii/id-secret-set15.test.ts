import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID rules by class that the fifteenth set's misses called for (issue 13), each with other values than the set's and
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id classes of the fifteenth set", {
  "a code of the same series as a person's code found in the text": [
    ["会員番号 MB-204417 の方と、MB-198230 の方が同じ住所です", "会員番号 [PERSONAL_ID] の方と、[PERSONAL_ID] の方が同じ住所です"],
    ["学籍番号 T23-0415 は休学、T24-1187 は復学", "学籍番号 [PERSONAL_ID] は休学、[PERSONAL_ID] は復学"],
    ["Member ID GYM-KW-30918 renewed; GYM-KW-31120 cancelled.", "Member ID [PERSONAL_ID] renewed; [PERSONAL_ID] cancelled."],
    ["会員番号 MB-204417 の注文 MB-2044 と MB-2044170 は別物", "会員番号 [PERSONAL_ID] の注文 MB-2044 と MB-2044170 は別物"],
    ["会員番号 MB-204417、注文 ORD-118822 と請求 INV-204417", "会員番号 [PERSONAL_ID]、注文 ORD-118822 と請求 INV-204417"],
    ["注文 MB-204417 と MB-198230 を発送しました", "注文 MB-204417 と MB-198230 を発送しました"],
  ],
});

describeMaskingClasses("secret classes of the fifteenth set", {
  "a login and its password as a pair after an administrator's word or in brackets after a login's": [
    ["管理者 root-kanda / Kd#2031x で入れます", "管理者 [PERSONAL_ID] / [SECRET] で入れます"],
    ["受付PCのログイン（desk-02 / Nite@44）を共有", "受付PCのログイン（[PERSONAL_ID] / [SECRET]）を共有"],
    ["ログインは ops01 / Xk9-pq2! です", "ログインは [PERSONAL_ID] / [SECRET] です"],
    ["管理者は 2 名 / 全 10 名", "管理者は 2 名 / 全 10 名"],
    ["ログイン(テスト用 / 本番用)の切替", "ログイン(テスト用 / 本番用)の切替"],
  ],
  "a wireless network's key after its SSID or its network's word": [
    ["SSID `Cafe-Guest`, key mocha2024!", "SSID `Cafe-Guest`, key [SECRET]"],
    // A closed network's name with its key is masked too since the eighteenth and nineteenth sets' rest (wifi-network-names.ts).
    ["Use the spare SSID Lobby-2G (key lobby-pass-77).", "Use the spare SSID [PERSONAL_ID] (key [SECRET])."],
    ["Wi-Fi のキーは Tsuki#88net です", "Wi-Fi のキーは [SECRET] です"],
    ["The staff network key is not for guests: Kx-55#lan.", "The staff network key is not for guests: [SECRET]."],
    ["The network key expires on 2026-12-01.", "The network key expires on 2026-12-01."],
    ["the Wi-Fi key is printed on the router (model WRC-2533)", "the Wi-Fi key is printed on the router (model WRC-2533)"],
    ["Network key rotation: every 90 days.", "Network key rotation: every 90 days."],
  ],
});

describeMaskingClasses("phone classes of the fifteenth set", {
  "a Japanese number broken after a hyphen over a line, the next indented, or joined with a space": [
    ["提携先：03-4412-\n  7730（平日）", "提携先：[PHONE]（平日）"],
    ["保証人から電話：045-\n    318-2204。", "保証人から電話：[PHONE]。"],
    ["施設電話 0466- 27-1180 まで", "施設電話 [PHONE] まで"],
    ["注文番号 ORD-2026-\n  1234-5678", "注文番号 ORD-2026-\n  1234-5678"],
    ["期間 2026-\n  11-24 から", "期間 2026-\n  11-24 から"],
  ],
});
