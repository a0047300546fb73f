import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs, addresses and look-alikes the registered sets leaked or lost (issue 13, round 43r): a sign-in event's
 * user in a log line, or after its verb and as; a name with an initial after a messenger's name; passports
 * listed after each holder's honorific, the passport's word earlier in the sentence; a policy's number of digits
 * after 証券番号 or policy no. where the line names the insurance; a grant's 交付申請番号 and a fiscal year's digits after
 * the code's capitals; a licensed professional's registration by digits; an adult guardianship's 登記番号 第…号; a
 * member number after where the card prints it; a grid address of Hokkaido with its flat after the postcode; a
 * fleet's numbered vehicles' plates kept; a number of a found number's grouping later in its sentence; a road's
 * occupancy permit; a sports registration after its federation's capitals, a little after its word; a catalogue
 * gift's number after 番号; a string maker's set kept; a card's number later in the sentence that names it. Each
 * with the near things it leaves.
 */
describeMaskingClasses("IDs, addresses and look-alikes of round 43r", {
  "a sign-in event's user in a log line is masked": [
    ["[07:41] REG-04 login user=okada.m from 10.0.4.7", "[07:41] REG-04 login user=[PERSONAL_ID] from [IP_ADDRESS]"],
    ['2026-03-02 SSO sign-in user="t.hara" ok', '2026-03-02 SSO sign-in user="[PERSONAL_ID]" ok'],
    ["ログイン user=kimura.y 端末3", "ログイン user=[PERSONAL_ID] 端末3"],
    ["logon user: ruiz_a (kiosk 2)", "logon user: [PERSONAL_ID] (kiosk 2)"],
  ],
  "a login right after a sign-in's verb and as is masked": [
    ["User logged in as t.hara at 07:53", "User logged in as [PERSONAL_ID] at 07:53"],
    ["signed in as ruiz_a on till 3", "signed in as [PERSONAL_ID] on till 3"],
  ],
  "a shared account, a word or a way of signing in after the verb stays": [
    ["logged in as admin; Login as guest", "logged in as admin; Login as guest"],
    ["Please log in as usual. Sign in as soon as possible.", "Please log in as usual. Sign in as soon as possible."],
    ["login as example.com to test", "login as example.com to test"],
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
    ["旅券番号は名簿のとおり：陳様 530097463、林様 530097529。", "旅券番号は名簿のとおり：[PERSON]様 [PERSONAL_ID]、[PERSON]様 [PERSONAL_ID]。"],
  ],
  "a count, a phone's digits or an amount after an honorific near a passport's word stays": [
    ["パスポート持参の方：田中様 2名、鈴木様 3名。", "パスポート持参の方：[PERSON]様 2名、[PERSON]様 3名。"],
    ["パスポートの件は田中様 090123456 に連絡。", "パスポートの件は[PERSON]様 090123456 に連絡。"],
    ["パスポート代金は田中様 123456789円", "パスポート代金は[PERSON]様 123456789円"],
  ],
  "a policy's number of digits after 証券番号, the insurance named on its line, is masked": [
    ["車両保険を使いたい、証券番号は 52-1730-0465973 です。", "車両保険を使いたい、証券番号は [PERSONAL_ID] です。"],
    ["医療保険の請求、証券番号：86530619", "医療保険の請求、証券番号：[PERSONAL_ID]"],
  ],
  "a policy's number of digits in English, the insurance named before it on the line, is masked": [
    ["I want to claim on my home insurance, policy no. 52-1730-0465973.", "I want to claim on my home insurance, policy no. [PERSONAL_ID]."],
    ["Fire insurance: policy number is 52-1730-0465973", "Fire insurance: policy number is [PERSONAL_ID]"],
  ],
  "a policy's digits with no insurance named before, or a short format, stay": [
    ["Policy No. 52-1730-0465973", "Policy No. 52-1730-0465973"],
    ["The insurance policy number format is 12-34", "The insurance policy number format is 12-34"],
  ],
  "digits after 証券番号 with no insurance named stay": [["証券番号 52-1730-0465973 について", "証券番号 52-1730-0465973 について"]],
  "a grant's application number after 交付申請番号 is masked": [
    ["補助金の交付申請番号 HJ27-0053961 で受理", "補助金の交付申請番号 [PERSONAL_ID] で受理"],
    ["交付申請番号：SK27-006530（本人の申請）", "交付申請番号：[PERSONAL_ID]（本人の申請）"],
  ],
  "a desk's 第…号 or a card's reissue stays": [
    ["交付申請番号 第12号", "交付申請番号 第12号"],
    ["再交付申請番号 QT25-4410293", "再交付申請番号 QT25-4410293"],
  ],
  "a licensed professional's registration by digits is masked": [
    ["代理人 土地家屋調査士（登録番号 40563）より請求", "代理人 土地家屋調査士（登録番号 [PERSONAL_ID]）より請求"],
    ["司法書士 登録番号 第3591号", "司法書士 登録番号 [PERSONAL_ID]"],
    ["社会保険労務士 登録番号：116493", "社会保険労務士 登録番号：[PERSONAL_ID]"],
  ],
  "a year, a firm's registration or another number stays": [
    ["司法書士（登録番号 2026 年度更新）", "司法書士（登録番号 2026 年度更新）"],
    ["司法書士法人の登録番号 12345", "司法書士法人の登録番号 12345"],
    ["司法書士会の会議室 予約番号 40563", "司法書士会の会議室 予約番号 40563"],
  ],
  "an adult guardianship's 登記番号 第…号 is masked": [
    ["後見登記事項証明書を確認、登記番号 第2023-7165号。", "後見登記事項証明書を確認、登記番号 第[PERSONAL_ID]号。"],
    ["保佐開始の審判、登記番号：第2025-3749号", "保佐開始の審判、登記番号：第[PERSONAL_ID]号"],
  ],
  "a firm's 登記 stays": [["商業登記の登記番号 第2023-7165号 を確認", "商業登記の登記番号 第2023-7165号 を確認"]],
  "a member number after where the card prints it is masked": [
    ["会員番号はカード裏の KM-770931 です。", "会員番号はカード裏の [PERSONAL_ID] です。"],
    ["会員番号は会員証の表面に記載の 00516638 です", "会員番号は会員証の表面に記載の [PERSONAL_ID] です"],
  ],
  "a count after where the card prints the number stays": [["会員番号はカード裏の 4桁 です", "会員番号はカード裏の 4桁 です"]],
  "a grid address of Hokkaido with its flat after the postcode is masked whole": [
    ["to my flat: Higashi 14-jo 3-chome 2-11, Higashi-ku, Obihiro 078-8344, Apt 305", "to my flat: [ADDRESS]"],
    ["Nishi 3 Jo 2 Chome 4-1, Chuo-ku, Obihiro, Room 12B and thanks", "[ADDRESS] and thanks"],
  ],
  "a word after the postcode that is no flat stays": [["Nishi 3-jo 4-chome, Obihiro 080-0013, Unit-test passes", "[ADDRESS], Unit-test passes"]],
  "a fleet's numbered vehicle's plate is kept": [
    ["車両：5号車 宮城500か・613（大型）、6号車 宮城530あ・9（小型）", "車両：5号車 宮城500か・613（大型）、6号車 宮城530あ・9（小型）"],
    ["四号車：なにわ 500 か 45-67（中型）", "四号車：なにわ 500 か 45-67（中型）"],
  ],
  "a numbered car on a line naming its person is masked": [["1号車 練馬 501 え 56-19（田中様の車）", "1号車 [PERSONAL_ID]（[PERSON]様の車）"]],
  "a number of a found number's first group and grouping later in its sentence is masked": [
    ["障害者手帳 第 0603-19520 号 ではなく番号は 0603-19502 です", "障害者手帳 [PERSONAL_ID] ではなく番号は [PERSONAL_ID] です"],
  ],
  "a year's digits after a found number stay": [["障害者手帳 第 0603-19520 号、交付日 2026-0709", "障害者手帳 [PERSONAL_ID]、交付日 2026-0709"]],
  "a road's occupancy permit's 第…号 is masked": [["道路占用許可 北土第 2025-0442 号。申請者は個人オーナー。", "道路占用許可 北土第 [PERSONAL_ID] 号。申請者は個人オーナー。"]],
  "a short 第…号 after an occupancy permit, or one with no holder named, stays": [
    ["占用許可 第 12 号の件", "占用許可 第 12 号の件"],
    ["河川占用許可 北土第 2025-0442 号 取得済み", "河川占用許可 北土第 2025-0442 号 取得済み"],
  ],
  "a sports registration's number after the federation's capitals, a little after its word, is masked": [
    ["選手登録番号が変わった？ 前は JBA 0517-7763-29 でした", "選手登録番号が変わった？ 前は JBA [PERSONAL_ID] でした"],
    ["審判登録、更新後の番号は JFA 2390-4736-08", "審判登録、更新後の番号は JFA [PERSONAL_ID]"],
  ],
  "a date after capitals near a registration's word stays": [["選手登録の締切は JST 2026-12 です", "選手登録の締切は JST 2026-12 です"]],
  "a catalogue gift's number after 番号, the catalogue named before, is masked": [
    ["出産内祝いのカタログが届きました。\n番号 GC-6907-5063-7196、住所は後で", "出産内祝いのカタログが届きました。\n番号 [PERSONAL_ID]、住所は後で"],
    ["カタログギフトの番号は QX-6053-9071-6835 です", "カタログギフトの番号は [PERSONAL_ID] です"],
  ],
  "an item's number in a catalogue, or the shape with no catalogue named, stays": [
    ["カタログの 番号 12 のタオル、品番 BT-77", "カタログの 番号 12 のタオル、品番 BT-77"],
    ["番号 GC-6907-5063-7196 の件", "番号 GC-6907-5063-7196 の件"],
  ],
  "a string maker named like a person before a set's number is kept": [
    ["The bass set up with Ernie Ball 2832 45-105.", "The bass set up with Ernie Ball 2832 45-105."],
    ["Restring with D'Addario EJ16 and Dean Markley 2502.", "Restring with D'Addario EJ16 and Dean Markley 2502."],
  ],
  "a person of a string maker's name, with no set's number, is masked": [
    ["Dear Augustine Nwosu, your order shipped", "Dear [PERSON], your order shipped"],
  ],
  "a card's number later in the sentence that names it, a letter and hyphened digits, is masked": [
    ["年金証書の番号も併記を求められた D 6071-3905", "年金証書の番号も併記を求められた [PERSONAL_ID]"],
  ],
  "a thing's code in another sentence, or a short group, stays": [
    ["保険証の番号を控えた。受付 A 2026-0719 です", "保険証の番号を控えた。受付 A 2026-0719 です"],
    ["学生証の番号は裏面、科目 B 1203-3 の履修", "学生証の番号は裏面、科目 B 1203-3 の履修"],
  ],
});
