import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Contact classes a probe of round 25 found leaking (issue 13): phones split at a line's start, by slashes, digit by
 * digit, or with their country code as one run; e-mails whose @ is written (a) or "at mark", or whose domain's dots are
 * mistyped or spaced; buildings named in several words or named before their address, Kyoto's two ways from a crossing,
 * post office boxes with their town. Each with values of its own and look-alikes the rule must leave alone.
 */
describeMaskingClasses("contact classes of the round-25 probe", {
  "a phone's group opening the next line with its hyphen": [
    ["携帯：070-6618\n-2054（夜間）", "携帯：[PHONE]（夜間）"],
    ["TEL 045-882\n-1937", "TEL [PHONE]"],
    ["議事録\n- 2207 件の対応\n- 3381 件の保留", "議事録\n- 2207 件の対応\n- 3381 件の保留"],
    ["期間 2026-03\n-2027-04", "期間 2026-03\n-2027-04"],
  ],
  "a Japanese number grouped by slashes: a mobile's always, a landline's after a phone's word": [
    ["Mobile (private): 080/6613/2094", "Mobile (private): [PHONE]"],
    ["連絡先 03/5412/7789", "連絡先 [PHONE]"],
    ["ご主人 070/1122/3344 へ折り返し", "ご主人 [PHONE] へ折り返し"],
    ["納期 09/12/2026 必着", "納期 09/12/2026 必着"],
    ["棚番 03/5412/7789 の在庫", "棚番 03/5412/7789 の在庫"],
    ["注文番号 090/4418/2736 を確認", "注文番号 090/4418/2736 を確認"],
  ],
  "a Japanese number written digit by digit with spaces": [
    ["携帯 0 8 0 - 6 6 1 3 - 2 0 9 4（枠に記入）", "携帯 [PHONE]（枠に記入）"],
    ["Phone: 0 4 5 8 8 2 1 9 3 7", "Phone: [PHONE]"],
    ["ご本人 0 7 0 1 1 2 2 3 3 4 4", "ご本人 [PHONE]"],
    ["テンキーの並び 0 1 2 3 4 5 6 7 8 9 を確認", "テンキーの並び 0 1 2 3 4 5 6 7 8 9 を確認"],
    ["Sample row: 0 3 5 4 1 2 7 7 8 9 (digits drawn)", "Sample row: 0 3 5 4 1 2 7 7 8 9 (digits drawn)"],
  ],
  "a mobile with its country code 81 as one run of twelve digits, after a phone's or a text message's word": [
    ["SMS送信先 818066132094", "SMS送信先 [PHONE]"],
    ["WhatsApp: 817011223344", "WhatsApp: [PHONE]"],
    ["ショートメールは 819012345678 宛に", "ショートメールは [PHONE] 宛に"],
    ["注文番号 819044182736 を発送", "注文番号 819044182736 を発送"],
    ["JAN 819044182736 の棚", "JAN 819044182736 の棚"],
  ],
  "an e-mail whose @ is a bracketed a or is read out as at mark": [
    ["連絡は sato.k(a)example.ne.jp まで", "連絡は [EMAIL] まで"],
    ["mail: hideo_1990(a)mail.example.com", "mail: [EMAIL]"],
    ["reply to lwong at mark example.org please", "reply to [EMAIL] please"],
    ["See item (a) example.com for the terms", "See item (a) example.com for the terms"],
    ["Press the button at mark 3 on the dial", "Press the button at mark 3 on the dial"],
  ],
  "an e-mail whose domain's dots are mistyped as commas, spaced, or written as spaces": [
    ["メール：kenji.m@example,com（誤記）", "メール：[EMAIL]（誤記）"],
    ["reach me: a.tanaka@example .org", "reach me: [EMAIL]"],
    ["email m.kowalski @ example . net", "email [EMAIL]"],
    ["メールは rin-s@softbank ne jp です", "メールは [EMAIL] です"],
    ["@tanaka can you check the net", "@tanaka can you check the net"],
    ["ping @sato-dev co-review needed", "ping @sato-dev co-review needed"],
    ["Contact ops@example.com and the rest", "Contact [EMAIL] and the rest"],
  ],
  "a building named in up to three words, its wing perhaps named in katakana, then its room": [
    ["住所：横浜市西区みなとみらい3-7-1 オーシャンゲート みなとみらい 1803", "住所：[ADDRESS]"],
    ["お届け先 川口市本町4-1-8 エルザタワー55 ウエスト棟 2104", "お届け先 [ADDRESS]"],
    ["送付先：大阪市北区大淀中1-1-90 梅田スカイビル タワーイースト 3705", "送付先：[ADDRESS]"],
    ["現住所 千葉市美浜区打瀬2-3-1 パティオス 東棟 1205", "現住所 [ADDRESS]"],
    ["東京都港区六本木6-10-1 にて 会議 1300 開始", "[ADDRESS] にて 会議 1300 開始"],
  ],
  "a building and its room written before its address": [
    ["現住所：ハイツ若葉 203号、さいたま市中央区上落合5-4-3", "現住所：[ADDRESS]、[ADDRESS]"],
    ["送付先 グランドメゾン白金 1102 東京都港区白金1-2-3", "送付先 [ADDRESS] [ADDRESS]"],
    ["本社ビル 5階、東京都千代田区の会議室で", "本社ビル 5階、東京都千代田区の会議室で"],
    ["タワー棟 12本、市内の工事", "タワー棟 12本、市内の工事"],
    ["キャンペーン 2026、東京都で開催", "キャンペーン 2026、東京都で開催"],
  ],
  "a Kyoto address with two ways from its crossing, in kanji or in romaji": [
    ["住所 京都市中京区寺町通二条下ル東入ル榎木町95-3", "住所 [ADDRESS]"],
    ["Address: 95-3 Enokicho, Nijo-sagaru, Teramachi-dori, Nakagyo-ku, Kyoto", "Address: [ADDRESS]"],
    ["烏丸通三条上ルの交差点で渋滞", "烏丸通三条上ルの交差点で渋滞"],
  ],
  "a post office box with its town and postcode, or in Japanese": [
    ["Mail to PO Box 5521, Christchurch 8140", "Mail to [ADDRESS]"],
    ["Postfach: P.O. Box 12, Hamburg 20095", "Postfach: [ADDRESS]"],
    ["返送先：福岡中央郵便局私書箱第77号", "返送先：[ADDRESS]"],
    ["返送先 私書箱 25号", "返送先 [ADDRESS]"],
    ["私書箱の契約は窓口で", "私書箱の契約は窓口で"],
  ],
});
