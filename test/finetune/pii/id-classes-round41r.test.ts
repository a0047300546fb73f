import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs, keys, e-mails and addresses the registered sets leaked (issue 13, round 41r): an e-mail whose last label a
 * mistyped copy cut to one letter; an MNP reservation number with the MNP its slip prints; a driving licence's number on
 * the line after its number's word; a French passport's number later in its sentence; a messenger's handle of words
 * joined by dots; a personal access token by its _pat_; a chat webhook's URL whole, its channel's id in mixed case; a
 * sports body's registration in Japanese; a licence's next holder's entry on a list item's wrapped line; a disability
 * book's entry in 第…号; the other side's remote-support ID read out in groups; a Niigata town's 番町 and its lot; a
 * merged town's lot after its 町; a romaji lot before its hamlet and its town, and a county written with a macron; a
 * European pilot's FCL licence; a permit's number with whose it is in brackets; a food-hygiene or fire manager's
 * certificate in 第…号; a password asked for with パス, an aside in brackets after it; a Sapporo block after the street's
 * side; a seafarer's SIRB book; a technical intern trainee's number. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs, keys, e-mails and addresses of round 41r", {
  "an e-mail cut to one letter of its last label is masked": [
    ["正しいメール hana.k@docomo.ne.jp（誤：hana.k@docomo.ne.j）で再送。", "正しいメール [EMAIL]（誤：[EMAIL]）で再送。"],
    ['"bounced","typed as t.mori@example.co.j","fixed"', '"bounced","typed as [EMAIL]","fixed"'],
  ],
  "an MNP reservation number with its MNP is masked": [
    ["MNP予約番号 MNP4410298837 は15日まで有効。", "MNP予約番号 [PERSONAL_ID] は15日まで有効。"],
    ['"乗り換え","MNP予約番号：MNP2208817730","店頭"', '"乗り換え","MNP予約番号：[PERSONAL_ID]","店頭"'],
  ],
  "an MNP's date or a count stays": [["MNP予約番号 2026年12月発行、MNP 3件", "MNP予約番号 2026年12月発行、MNP 3件"]],
  "a driving licence's number on the line after its number's word is masked": [
    ["No passport with him; he showed his driving licence, number\n307715249360. Lives nearby.", "No passport with him; he showed his driving licence, number\n[PERSONAL_ID]. Lives nearby."],
    ["運転免許証で確認、番号\n301120458890。", "運転免許証で確認、番号\n[PERSONAL_ID]。"],
  ],
  "an order's number on the next line after a licence's talk stays": [
    ["Driving licence renewal fee, order number\n202611040012 paid.", "Driving licence renewal fee, order number\n202611040012 paid."],
  ],
  "a French passport's number later in its sentence is masked": [
    ["She sent her passport number by mail (21CK40862) before arriving.", "She sent her passport number by mail ([PERSONAL_ID]) before arriving."],
    ["[10:12] desk: passport copy received, no. on it 18CF44120", "[10:12] desk: passport copy received, no. on it [PERSONAL_ID]"],
  ],
  "a booking's code in a passport's sentence stays": [["Passport checked at the counter for booking SWW-0913-B.", "Passport checked at the counter for booking SWW-0913-B."]],
  "a messenger's handle of words joined by dots is masked": [
    ["Guest's mobile +886 912 000 111, LINE meiling.tour.", "Guest's mobile [PHONE], LINE [PERSONAL_ID]."],
    ["| 連絡 | WeChat chen.rides |", "| 連絡 | WeChat [PERSONAL_ID] |"],
  ],
  "a site's host or a word after a network's name stays": [["Add us on LINE line.me or LINE group chat; WeChat Pay works.", "Add us on LINE line.me or LINE group chat; WeChat Pay works."]],
  "a personal access token by its _pat_ is masked": [
    ["- Sync token: abc_pat_7c1e9d2f4a6b48c0a5d1e7f3b2094c61", "- Sync token: [API_KEY]"],
    ['"ci","GITLAB_TOKEN=gl_pat_Zx81KqP02mNv77Lr44tTyy90","rotated"', '"ci","GITLAB_TOKEN=[API_KEY]","rotated"'],
  ],
  "a word with _pat_ in a program stays": [["call get_pat_name() and my_pat_list before the release 1.4.2", "call get_pat_name() and my_pat_list before the release 1.4.2"]],
  "a chat webhook's URL is masked whole": [
    ["通知の Webhook：https://hooks.teamchat.jp/in/T7AB2KX9/B4QzR8Wm/Zp8vN2qLxY4tRz6Hs0aB", "通知の Webhook：[API_KEY]"],
    ["<p>Webhook <code>https://relay.example.net/hooks/v1/T01ABCD2/B02cdEF3/Xy7abc9Def0ghi1Jkl2m</code></p>", "<p>Webhook <code>[API_KEY]</code></p>"],
  ],
  "a help page's URL beside a webhook's word stays": [["Webhook の設定は https://help.teamchat.jp/in/webhooks/setup を参照", "Webhook の設定は https://help.teamchat.jp/in/webhooks/setup を参照"]],
  "a sports body's registration in Japanese is masked": [
    ["<li>コーチ：スポーツ少年団 指導者登録 SS-13-0412208、携帯は別紙</li>", "<li>コーチ：スポーツ少年団 指導者登録 [PERSONAL_ID]、携帯は別紙</li>"],
    ["| 審判 | 審判員登録番号：JR-2210447 |", "| 審判 | 審判員登録番号：[PERSONAL_ID] |"],
  ],
  "a registration's year or a fee stays": [["選手登録 2026-27 シーズン、指導者登録 3000円", "選手登録 2026-27 シーズン、指導者登録 3000円"]],
  "a licence's next holder's entry on a wrapped list line is masked": [
    ["- 免許の写し：調理師免許 第88120号、\n  Maria Santos は第90412号。", "- 免許の写し：調理師[PERSONAL_ID]、\n  [PERSON] は第[PERSONAL_ID]号。"],
  ],
  "a notice's or a form's entry on a wrapped line stays": [
    ["- お知らせ 第2026号、\n  来月は第2027号。", "- お知らせ 第2026号、\n  来月は第2027号。"],
  ],
  "a disability book's entry in 第…号 is masked": [
    ["障害者手帳（身体2級）福岡第27-11403号を確認。", "障害者手帳（身体2級）福岡第[PERSONAL_ID]号を確認。"],
    ['"手帳","療育手帳 B1 横浜第3310-0418号"', '"手帳","療育手帳 B1 横浜第[PERSONAL_ID]号"'],
  ],
  "the other side's remote-support ID read out is masked": [
    ["遠隔操作アプリを入れさせられた。相手のID 1 402 883 917、すぐ削除。", "遠隔操作アプリを入れさせられた。相手のID [PERSONAL_ID]、すぐ削除。"],
    ['"相談","相手のID：723 518 046 と言われた"', '"相談","相手のID：[PERSONAL_ID] と言われた"'],
  ],
  "an app's version or a price after the other side's word stays": [["相手の ID は不明、アプリ 8.0.9、相手の請求 1 200 円", "相手の ID は不明、アプリ 8.0.9、相手の請求 1 200 円"]],
  "a Niigata town's 番町 and its lot are masked": [
    ["送り先：新潟市中央区東堀前通7番町1034 まで。", "送り先：[ADDRESS] まで。"],
    ['"配送","新潟市中央区西堀通三番町 260-2","済"', '"配送","[ADDRESS]","済"'],
  ],
  "a merged town's lot after its 町 is masked": [
    ["配送 長岡市寺泊野積町8802。支払い振込。", "配送 [ADDRESS]。支払い振込。"],
    ["| 住所 | 新潟県佐渡市相川下戸町184-1 |", "| 住所 | [ADDRESS] |"],
  ],
  "a count after a town, the cities' word or a phone stays": [
    ["全国の市町村1700、本町2丁目で 120件、長岡市内 0258-22-1234", "全国の市町村1700、本町2丁目で 120件、長岡市内 [PHONE]"],
  ],
  "a romaji lot before its hamlet and its town is masked": [
    ["she lives at 1876 Kami-Nagara, Nagara-machi. Paid cash.", "she lives at [ADDRESS]. Paid cash."],
    ["| Okada | 318 Ogawa, Tōkai-mura, Naka-gun, Ibaraki 319-1100 |", "| Okada | [ADDRESS] |"],
  ],
  "a year or a count before a romaji town stays": [["In 2024 Kamakura, Hayama-machi grew; 12 boards to Ichinomiya", "In 2024 Kamakura, Hayama-machi grew; 12 boards to Ichinomiya"]],
  "a romaji address whose county has a macron is masked whole": [
    ["lives in town: 2-9-5 Nishimura, Shirako-machi, Chōsei-gun, Chiba 299-4211 |", "lives in town: [ADDRESS] |"],
  ],
  "a European pilot's licence by its FCL is masked": [
    ["<tr><td>F-04</td><td>Pilot</td><td>DE.FCL.BPL.10442</td></tr>", "<tr><td>F-04</td><td>Pilot</td><td>[PERSONAL_ID]</td></tr>"],
    ["副操縦士の免許は IT.FCL.PPL.A.00871（写し受領）", "副操縦士の免許は [PERSONAL_ID]（写し受領）"],
  ],
  "a regulation's name with FCL stays": [["Part-FCL and EASA.FCL.050 apply; see FCL.055 and the FCL.BPL course", "Part-FCL and EASA.FCL.050 apply; see FCL.055 and the FCL.BPL course"]],
  "a permit's or a licence's number with whose it is in brackets is masked": [
    ["NZ import permit: 2026-004417 (in Aroha's name).", "NZ import permit: [PERSONAL_ID] (in [PERSON]'s name)."],
    ['"cat","export licence EX-SG-26-0071423 (Tan Mei\'s)","sent"', '"cat","export licence [PERSONAL_ID] (Tan Mei\'s)","sent"'],
  ],
  "a firm's permit, a year or a permit with no possessive stays": [
    ["Import permit 22084410 (Acme Ltd's), licence 2026 (Tom's), permit 44120871 (pending)", "Import permit 22084410 (Acme Ltd's), licence 2026 (Tom's), permit 44120871 (pending)"],
  ],
  "a food-hygiene manager's or a fire manager's certificate in 第…号 is masked": [
    ["| 責任者 | 食品衛生責任者 第K-0412-118号 |", "| 責任者 | 食品衛生責任者 第[PERSONAL_ID]号 |"],
    ["防火管理者 講習修了 第2026-3318号（店長）", "防火管理者 講習修了 第[PERSONAL_ID]号（店長）"],
  ],
  "a notice's number near a manager's word stays": [["管理者 会議 第12号、責任者 第3回", "管理者 会議 第12号、責任者 第3回"]],
  "a password after パス asked, an aside in brackets after it, is masked": [
    ['"ID shop-admin パスは？","店長より：Hanabi#Natsu2026（控えは破棄）"', '"ID [PERSONAL_ID] パスは？","店長より：[SECRET]（控えは破棄）"'],
    ["[14:02] 佐藤: 管理画面のパスは？\n[14:03] 山本: Mori#Kaze0418（口外しないで）", "[14:02] [PERSON]: 管理画面のパスは？\n[14:03] [PERSON]: [SECRET]（口外しないで）"],
  ],
  "a code near a pass that is a ticket stays": [["フリーパスは大人用。品番 Ticket#Day2026（大人）を表示", "フリーパスは大人用。品番 Ticket#Day2026（大人）を表示"], ["定期パスも使える。品番 Ticket#Day2026（大人）を表示", "定期パスも使える。品番 Ticket#Day2026（大人）を表示"]],
  "a Sapporo block after its chome and the street's side is masked": [
    ["物件 札幌市白石区本郷通8丁目南2-14 ハイツ本郷 203 で確認。", "物件 [ADDRESS] で確認。"],
    ['"回収","札幌市東区北十条東3丁目北4-7","済"', '"回収","[ADDRESS]","済"'],
  ],
  "a station's exit or a side after a chome stays": [["本町2丁目北口で集合、本町2丁目東側 3件", "本町2丁目北口で集合、本町2丁目東側 3件"]],
  "a seafarer's book with its SIRB is masked": [
    ["<td>前職は船員。SIRB C0527731 を提示</td>", "<td>前職は船員。[PERSONAL_ID] を提示</td>"],
    ["Crew list: Reyes, SIRB No. 0412287, able seaman", "Crew list: Reyes, [PERSONAL_ID], able seaman"],
  ],
  "a SIRB's word with no number stays": [["SIRB renewal fee 2026 and the SIRB office hours", "SIRB renewal fee 2026 and the SIRB office hours"]],
  "a technical intern trainee's number is masked": [
    ["実習生の技能実習 整理番号 GJ-26-118402、在留期限は来年。", "実習生の技能実習 整理番号 [PERSONAL_ID]、在留期限は来年。"],
    ['"受入","技能実習計画認定番号：2210-4471883","済"', '"受入","技能実習計画認定番号：[PERSONAL_ID]","済"'],
  ],
  "a trainee scheme's date or count stays": [["技能実習 整理番号 2026年4月発行、技能実習生 3名", "技能実習 整理番号 2026年4月発行、技能実習生 3名"]],
});
