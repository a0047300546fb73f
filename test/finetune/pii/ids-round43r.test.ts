import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs, addresses and look-alikes the registered sets leaked or lost (issue 13, round 43r): a sign-in event's user in a
 * log line; a name with an initial after a messenger's name; passports listed after each holder's honorific, the
 * passport's word earlier in the sentence; a policy's number of digits after 証券番号 where the line names the
 * insurance; a grant's 交付申請番号 and a fiscal year's digits after the code's capitals; a licensed professional's
 * registration by digits; an adult guardianship's 登記番号 第…号; a member number after where the card prints it; a
 * Sapporo grid address with its flat after the postcode; a fleet's numbered vehicles' plates kept. Each with the near
 * things it leaves.
 */
describeMaskingClasses("IDs, addresses and look-alikes of round 43r", {
  "a sign-in event's user in a log line is masked": [
    ["[07:58] REG-04 login user=okada.m from 10.0.4.7", "[07:58] REG-04 login user=[PERSONAL_ID] from [IP_ADDRESS]"],
    ['2026-03-02 SSO sign-in user="t.hara" ok', '2026-03-02 SSO sign-in user="[PERSONAL_ID]" ok'],
    ["ログイン user=kimura.y 端末3", "ログイン user=[PERSONAL_ID] 端末3"],
    ["logon user: ruiz_a (kiosk 2)", "logon user: [PERSONAL_ID] (kiosk 2)"],
  ],
  "a shared account's sign-in, or a word after a colon in prose, stays": [
    ["login user=admin at boot; login user=root denied", "login user=admin at boot; login user=root denied"],
    ["The login user: guide explains the reset.", "The login user: guide explains the reset."],
  ],
  "a name with an initial after a messenger's name is masked": [
    ["LINE hiroto.k / 電話は後で", "LINE [PERSONAL_ID] / 電話は後で"],
    ["WeChat r.tanabe までどうぞ", "WeChat [PERSONAL_ID] までどうぞ"],
  ],
  "a site's host or an abbreviation after a messenger's name stays": [
    ["LINE line.me で公式を確認", "LINE line.me で公式を確認"],
    ["LINE e.g. スタンプの話", "LINE e.g. スタンプの話"],
  ],
  "passports listed after each holder's honorific, the passport's word earlier in the sentence, are masked": [
    ["旅券番号は名簿のとおり：陳様 530021847、林様 530021912。", "旅券番号は名簿のとおり：[PERSON]様 [PERSONAL_ID]、[PERSON]様 [PERSONAL_ID]。"],
  ],
  "a count, or a phone's digits, after an honorific near a passport's word stays": [
    ["パスポート持参の方：田中様 2名、鈴木様 3名。", "パスポート持参の方：[PERSON]様 2名、[PERSON]様 3名。"],
    ["パスポートの件は田中様 090123456 に連絡。", "パスポートの件は[PERSON]様 090123456 に連絡。"],
  ],
  "a policy's number of digits after 証券番号, the insurance named on its line, is masked": [
    ["車両保険を使いたい、証券番号は 52-1190-0448123 です。", "車両保険を使いたい、証券番号は [PERSONAL_ID] です。"],
    ["医療保険の請求、証券番号：88120473", "医療保険の請求、証券番号：[PERSONAL_ID]"],
  ],
  "digits after 証券番号 with no insurance named stay": [["証券番号 52-1190-0448123 について", "証券番号 52-1190-0448123 について"]],
  "a grant's application number after 交付申請番号 is masked": [
    ["補助金の交付申請番号 HJ27-0041882 で受理", "補助金の交付申請番号 [PERSONAL_ID] で受理"],
    ["交付申請番号：SK27-004417（本人の申請）", "交付申請番号：[PERSONAL_ID]（本人の申請）"],
  ],
  "a desk's 第…号 or a card's reissue stays": [
    ["交付申請番号 第12号", "交付申請番号 第12号"],
    ["再交付申請番号 QT25-4410293", "再交付申請番号 QT25-4410293"],
  ],
  "a licensed professional's registration by digits is masked": [
    ["代理人 弁護士（登録番号 40213）より請求", "代理人 弁護士（登録番号 [PERSONAL_ID]）より請求"],
    ["司法書士 登録番号 第3318号", "司法書士 登録番号 [PERSONAL_ID]"],
    ["税理士 登録番号：118204", "税理士 登録番号：[PERSONAL_ID]"],
  ],
  "a year, a firm's registration or another number stays": [
    ["弁護士（登録番号 2026 年度更新）", "弁護士（登録番号 2026 年度更新）"],
    ["税理士法人の登録番号 12345", "税理士法人の登録番号 12345"],
    ["弁護士会の会議室 予約番号 40213", "弁護士会の会議室 予約番号 40213"],
  ],
  "an adult guardianship's 登記番号 第…号 is masked": [
    ["後見登記事項証明書を確認、登記番号 第2023-1188号。", "後見登記事項証明書を確認、登記番号 第[PERSONAL_ID]号。"],
    ["保佐開始の審判、登記番号：第2025-3301号", "保佐開始の審判、登記番号：第[PERSONAL_ID]号"],
  ],
  "a firm's 登記 stays": [["商業登記の登記番号 第2023-1188号 を確認", "商業登記の登記番号 第2023-1188号 を確認"]],
  "a member number after where the card prints it is masked": [
    ["会員番号はカード裏の KM-778812 です。", "会員番号はカード裏の [PERSONAL_ID] です。"],
    ["会員番号は会員証の表面に記載の 00418827 です", "会員番号は会員証の表面に記載の [PERSONAL_ID] です"],
  ],
  "a count after where the card prints the number stays": [["会員番号はカード裏の 4桁 です", "会員番号はカード裏の 4桁 です"]],
  "a Sapporo grid address with its flat after the postcode is masked whole": [
    ["to my flat: Kita 14-jo Nishi 3-chome 2-11, Kita-ku, Sapporo 001-0014, Apt 305", "to my flat: [ADDRESS]"],
    ["Minami 3 Jo Higashi 2 Chome 4-1, Chuo-ku, Sapporo, Room 12B and thanks", "[ADDRESS] and thanks"],
  ],
  "a word after the postcode that is no flat stays": [["Kita 3-jo Nishi 4-chome, Sapporo 060-0003, Unit-test passes", "[ADDRESS], Unit-test passes"]],
  "a fleet's numbered vehicle's plate is kept": [
    ["車両：1号車 宮城200か・412（大型）、2号車 宮城230あ・7（小型）", "車両：1号車 宮城200か・412（大型）、2号車 宮城230あ・7（小型）"],
    ["四号車：なにわ 200 か 45-67（中型）", "四号車：なにわ 200 か 45-67（中型）"],
  ],
  "a numbered car on a line naming its person is masked": [["1号車 品川 300 あ 12-34（田中様の車）", "1号車 [PERSONAL_ID]（[PERSON]様の車）"]],
});
