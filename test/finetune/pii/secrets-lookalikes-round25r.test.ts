import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Secret classes the twenty-fifth set leaked and look-alike classes it lost (issue 13, round 25r), each in other layouts
 * and with the look-alikes it must leave alone (expected === input). Values are made up here.
 */
describeMaskingClasses("secrets and look-alikes of the twenty-fifth set", {
  "a key box's code, and the code it changes to after a month or a day": [
    ["鍵箱の番号は 3-8-1-6 → 1月から 9-0-2-4。", "鍵箱の番号は [SECRET] → 1月から [SECRET]。"],
    ["鍵箱の番号：7741", "鍵箱の番号：[SECRET]"],
    ["キーボックス: 今月 4-4-0-9 → 4月より 1-7-7-2 です", "キーボックス: 今月 [SECRET] → 4月より [SECRET] です"],
    ["Lockbox code 5512 then # -> from Mar 3: 8830, thanks", "Lockbox code [SECRET] -> from Mar 3: [SECRET], thanks"],
    ["鍵箱 2個 を購入", "鍵箱 2個 を購入"],
    ["鍵箱の番号は 2026年に変更予定", "鍵箱の番号は 2026年に変更予定"],
    ["キーボックス: 今月 4-4-0-9 → 3月の点検で交換", "キーボックス: 今月 [SECRET] → 3月の点検で交換"],
  ],
  "a code keyed digit by digit with spaces around its dashes": [
    ["Lockbox on the back gate: code 3 - 0 - 8 - 1 (ask Ken)", "Lockbox on the back gate: code [SECRET] (ask [PERSON])"],
    ["The gate code is 7 - 2 - 2 - 5, changed weekly.", "The gate code is [SECRET], changed weekly."],
    ["鍵箱の番号は 6 - 1 - 9 - 0 です", "鍵箱の番号は [SECRET] です"],
    ["Pages 1 - 2 - 3 - 4 of the manual", "Pages 1 - 2 - 3 - 4 of the manual"],
    ["Score 3 - 1 - 2 - 0 after four sets", "Score 3 - 1 - 2 - 0 after four sets"],
  ],
  "an alarm disarmed with its code, and the key pressed after a code": [
    ["Alarm: disarm with 4471 then OFF before 7am.", "Alarm: disarm with [SECRET] before 7am."],
    ["Unset the alarm using 2291 then OFF when you arrive.", "Unset the alarm using [SECRET] when you arrive."],
    ["Door code 8803 then ENTER please.", "Door code [SECRET] please."],
    ["警報解除は 5820 → 解除 を押す", "警報解除は [SECRET] を押す"],
    ["The alarm was disarmed with 2 staff present.", "The alarm was disarmed with 2 staff present."],
    ["disarm with care, version 2.3 then OFF", "disarm with care, version 2.3 then OFF"],
    ["警報解除の手順は 3 ステップ", "警報解除の手順は 3 ステップ"],
  ],
  "a PIN's word, then an arrow and its digits in the same sentence": [
    ["キャッシュカードの暗証は「結婚記念日」とのこと → ０６２１ とメモ", "キャッシュカードの暗証は「[SECRET]」とのこと → [SECRET] とメモ"],
    ["PIN was her late husband's birthday -> 0412, written on the card sleeve.", "PIN was her late husband's birthday -> [SECRET], written on the card sleeve."],
    ["暗証番号の桁数 → 4桁", "暗証番号の桁数 → 4桁"],
    ["暗証番号の変更 → 2026年から", "暗証番号の変更 → 2026年から"],
    ["PIN reset -> 2 days", "PIN reset -> 2 days"],
  ],
  "a pass phrase of words in small letters after its word": [
    ["事務所の回線のパスフレーズ tsuki no shita no kawa", "事務所の回線のパスフレーズ [SECRET]"],
    ["パスフレーズは hoshi no umi ni ukabu です", "パスフレーズは [SECRET] です"],
    ["The passphrase: correct horse battery staple.", "The passphrase: [SECRET]."],
    ["passphrase is required for the network.", "passphrase is required for the network."],
    ["Passphrase set in the vault.", "Passphrase set in the vault."],
    ["the pass phrase was changed yesterday by admin", "the pass phrase was changed yesterday by admin"],
    ["パスフレーズ を変更してください", "パスフレーズ を変更してください"],
  ],
  "a spare key told at its spot: fixed there and how, or the spot then the key's word": [
    ["玄関の鍵は 郵便受けの裏にマグネットで貼ってある ので入ってください", "玄関の鍵は [SECRET] ので入ってください"],
    ["合鍵は室外機の裏にテープで留めてあります。", "合鍵は[SECRET]。"],
    ["→ 右の狸の置物の下に合鍵 と書いてあった", "→ [SECRET] と書いてあった"],
    ["物置の中にスペアキーがあります。", "[SECRET]があります。"],
    ["机の上に合鍵の申込書を置きました", "机の上に合鍵の申込書を置きました"],
    ["店の横に合鍵作成コーナーがあります", "店の横に合鍵作成コーナーがあります"],
    ["鍵はマグネットで留めるタイプです", "鍵はマグネットで留めるタイプです"],
  ],
  "an insurer's number, a proceeding's number (照会, 訂正, 取消), an invoice issuer's registration: no person's": [
    ["被保険者番号 12345678（保険者番号 06130012）", "被保険者番号 [PERSONAL_ID]（保険者番号 06130012）"],
    ["介護保険証の番号は 0001552291、保険者番号 132019", "介護保険証の番号は [PERSONAL_ID]、保険者番号 132019"],
    ["決済代行の照会番号 PAY-77120934 で確認しました", "決済代行の照会番号 PAY-77120934 で確認しました"],
    ["訂正番号 CR-0448 で受け付けました", "訂正番号 CR-0448 で受け付けました"],
    ["取消番号 CX-88210 を控えてください", "取消番号 CX-88210 を控えてください"],
    ["Qualified invoice issuer no. T4010001099812.", "Qualified invoice issuer no. T4010001099812."],
    ["会員番号 MB-44120 で照会しました", "会員番号 [PERSONAL_ID] で照会しました"],
  ],
  "plates of vehicles in the plural (a firm's or a production's fleet), not one a person owns": [
    ["plates of our rental vans 品川 500 わ 12-08 and 品川 500 わ 12-09.", "plates of our rental vans 品川 500 わ 12-08 and 品川 500 わ 12-09."],
    ["The crew trucks: 相模 100 あ 40-12, 相模 100 あ 40-13 park at the back.", "The crew trucks: 相模 100 あ 40-12, 相模 100 あ 40-13 park at the back."],
    ["My vans 練馬 300 さ 44-10 and 練馬 300 さ 44-11 are at home.", "My vans [PERSONAL_ID] and [PERSONAL_ID] are at home."],
    ["Parking for my rental van 湘南 500 わ 77-01 please.", "Parking for my rental van [PERSONAL_ID] please."],
  ],
});
