import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs the registered sets leaked (issue 13, round 40r): a head of cattle's individual identification number in its
 * table column or after its word (a family farm's; a farming corporation's stays); pets' chips listed on a line after
 * the bare word in English; a pilot's licence under 技能証; a number a note calls the person's own (本人の番号) and a
 * person's own travel, sport or accident insurance's number. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs of round 40r", {
  "a family farm's cattle's identification number in its column is masked": [
    [
      "| 上場No. | 出荷者 | 個体識別番号 | 体重 |\n| --- | --- | --- | --- |\n| No.7 | 山田 太郎 | 1422019876 | 290kg |\n| No.8 | 山田 太郎 | 14220 19883 | 281kg |",
      "| 上場No. | 出荷者 | 個体識別番号 | 体重 |\n| --- | --- | --- | --- |\n| No.7 | [PERSON] | [PERSONAL_ID] | 290kg |\n| No.8 | [PERSON] | [PERSONAL_ID] | 281kg |",
    ],
    ["出荷者,耳標番号,性別\n森 花子,1733 0412 57,雌", "出荷者,耳標番号,性別\n[PERSON],[PERSONAL_ID],雌"],
    ["母牛の個体識別番号は 1509983021 です（うちの牛）。", "母牛の個体識別番号は [PERSONAL_ID] です（うちの牛）。"],
  ],
  "a farming corporation's or a firm's animal's number, and a lot's number, stay": [
    [
      "| 上場No. | 出荷者 | 個体識別番号 |\n| --- | --- | --- |\n| No.12 | 農事組合法人 みどり牧場 | 1388201457 |",
      "| 上場No. | 出荷者 | 個体識別番号 |\n| --- | --- | --- |\n| No.12 | 農事組合法人 みどり牧場 | 1388201457 |",
    ],
    [
      "| 出荷者 | 電話 | 個体識別番号 |\n| --- | --- | --- |\n| 上田 和夫 | 0995-22-1180 | 1422019876 |\n| — | 0995-41-7700（事務所） | 1388201464 |",
      "| 出荷者 | 電話 | 個体識別番号 |\n| --- | --- | --- |\n| [PERSON] | [PHONE] | [PERSONAL_ID] |\n| — | [PHONE]（事務所） | 1388201464 |",
    ],
    ["株式会社ミート北 個体識別番号 1290044712 の枝肉、上場番号 No.101", "株式会社ミート北 個体識別番号 1290044712 の枝肉、上場番号 No.101"],
  ],
  "pets' chips listed after the bare word are masked": [
    ["Chips: Biscuit 900118000512334, Tama 392 1402 0019 8870 (both read at the clinic)", "Chips: Biscuit [PERSONAL_ID], Tama [PERSONAL_ID] (both read at the clinic)"],
    ["- chip 276098106543210 (German chip, reads fine)", "- chip [PERSONAL_ID] (German chip, reads fine)"],
  ],
  "an IC's or a SIM's chip, a chip's model and an order stay": [
    ["IC chip 352099001761482 on the board; SIM chip 356938035643801; chip model A15 order 2026", "IC chip 352099001761482 on the board; SIM chip 356938035643801; chip model A15 order 2026"],
  ],
  "a pilot's licence under 技能証 is masked": [
    ["| 便 | 機体 | パイロット | 技能証 |\n| --- | --- | --- | --- |\n| F-07 | JA-A2214 | 林 健 | BP-0611-18 |", "| 便 | 機体 | パイロット | 技能証 |\n| --- | --- | --- | --- |\n| F-07 | JA-A2214 | [PERSON] | [PERSONAL_ID] |"],
    ["便,パイロット,技能証明書番号\nG-02,佐野 亮,GP-2207-31", "便,パイロット,技能証明書番号\nG-02,[PERSON],[PERSONAL_ID]"],
  ],
  "a number the note calls the person's own is masked": [
    ["　本人の番号 0317-22046 で返却と貸出。", "　本人の番号 [PERSONAL_ID] で返却と貸出。"],
    ["[14:02] 受付: ご本人の番号：M-20418 を確認", "[14:02] 受付: ご本人の番号：[PERSONAL_ID] を確認"],
  ],
  "a person's own travel, sport or accident insurance's number is masked": [
    ["旅行保険の番号 NZL-TRV-44018236 を控えた。", "旅行保険の番号 [PERSONAL_ID] を控えた。"],
    ['"2026-11-02","スポーツ保険の番号は本人の：SP-0411-2280。",受付', '"2026-11-02","スポーツ保険の番号は本人の：[PERSONAL_ID]。",受付'],
  ],
  "a group's insurance, a year or a group's number stays": [
    ["団体旅行保険の番号 GT-2026-0041、本人の番号は 2026 年度から", "団体旅行保険の番号 GT-2026-0041、本人の番号は 2026 年度から"],
  ],
  "a key's spot told in quotes after its word is masked": [
    ["実家の鍵の置き場所は「車庫の右の灯油缶の裏」と電話で伺った。", "実家の鍵の置き場所は「[SECRET]」と電話で伺った。"],
    ['"11/02","合鍵は「勝手口のマットの下」とのこと",済', '"11/02","合鍵は「[SECRET]」とのこと",済'],
  ],
  "a key left at its spot, then told more closely in brackets, is masked": [
    ["鍵はポストの内側にかけてある（ポストの内側の釘に赤い紐）と本人から。", "鍵はポストの内側にかけてある（[SECRET]）と本人から。"],
    ["[09:14] 家族: 合鍵は物置の奥に入れてあります(工具箱の下の青い袋)", "[09:14] 家族: 合鍵は[SECRET]に入れてあります([SECRET])"],
  ],
  "a key handed at a desk, a crypto key or a quoted rule stays": [
    ["鍵は「フロントで受け取り」と案内、秘密鍵は「別紙」、鍵はフロントに預けてあります（22時まで）", "鍵は「フロントで受け取り」と案内、秘密鍵は「別紙」、鍵はフロントに預けてあります（22時まで）"],
  ],
  "a master code, or the new master a desk sets, is masked": [
    ["Lockers: master reset after the loss. New master 5082 from 12/01.", "Lockers: master reset after the loss. New master [SECRET] from 12/01."],
    ["| 12/01 | Master code 7719 given to the night shift |", "| 12/01 | Master code [SECRET] given to the night shift |"],
  ],
  "a master's degree, a master plan's year or a new master's count stays": [
    ["Master 2026 plan; new master of 2 students; Master's degree 2019; new masters 12", "Master 2026 plan; new master of 2 students; Master's degree 2019; new masters 12"],
  ],
  "a Sapporo grid address with its block first is masked": [
    ["Please send it to 4-11-7-305 Kita 12-jo Higashi, Higashi-ku, Sapporo 065-0012, thanks", "Please send it to [ADDRESS], thanks"],
    ['{"role":"user","text":"Address: 2-5-18 Minami 3-jo Nishi, Chuo-ku"}', '{"role":"user","text":"Address: [ADDRESS]"}'],
  ],
  "a grid district alone, a score or a date stays": [
    ["Meet at Minami 8-jo Nishi station; score 3-2 Kita 2-jo team; on 12-3 the Odori event", "Meet at Minami 8-jo Nishi station; score 3-2 Kita 2-jo team; on 12-3 the Odori event"],
  ],
  "a private car's plate whose office's place holds a small ケ is masked": [
    ["Checked the car: 袖ケ浦 500 さ 14-92 is hers, parked by the shop.", "Checked the car: [PERSONAL_ID] is hers, parked by the shop."],
    ["| 11/20 | 来店車両 | 袖ヶ浦 300 ま 8-21 |", "| 11/20 | 来店車両 | [PERSONAL_ID] |"],
  ],
  "a firm's vehicle or a lake's count stays": [["社用車 袖ケ浦 400 す 21-10、霞ケ浦 3 の 2015年", "社用車 袖ケ浦 400 す 21-10、霞ケ浦 3 の 2015年"]],
});
