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
  "a fleet's numbered vehicle's plate is kept": [
    ["車両：1号車 宮城200か・412（大型）、2号車 宮城230あ・7（小型）", "車両：1号車 宮城200か・412（大型）、2号車 宮城230あ・7（小型）"],
    ["四号車：なにわ 200 か 45-67（中型）", "四号車：なにわ 200 か 45-67（中型）"],
  ],
  "a numbered car on a line naming its person is masked": [["1号車 品川 300 あ 12-34（田中様の車）", "1号車 [PERSONAL_ID]（[PERSON]様の車）"]],
});
