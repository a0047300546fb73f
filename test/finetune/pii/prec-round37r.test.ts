import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * A firm's vehicle by the cue its context gives (issue 13, round 37r): the firm's ownership right before the plate
 * (社有の …, 車両は弊社の …), a body's possessive before the bracket holding it (the limo company's (model, …)), or a
 * vehicle hired from a firm named by its trade (… 重機 から借用（…）). A private car's plate, a person's rental or one
 * borrowed from a person, stays masked.
 */
describeMaskingClasses("firms' vehicles of round 37r", {
  "the firm's ownership right before the plate": [
    ["捜索用の車両は社有の 足立 500 わ 77-21（レンタカー）を使用。", "捜索用の車両は社有の 足立 500 わ 77-21（レンタカー）を使用。"],
    ["| 3 | 搬送車 | 車両は当社の 横浜 800 な 40-18 | 待機 |", "| 3 | 搬送車 | 車両は当社の 横浜 800 な 40-18 | 待機 |"],
    ["[14:20] 担当: 明日は弊社の 名古屋 400 さ 12-90 で伺います。", "[14:20] 担当: 明日は弊社の 名古屋 400 さ 12-90 で伺います。"],
  ],
  "a body's possessive before the bracket holding the plate": [
    ["Airport run: the car is the taxi company's (Crown, 横浜 500 あ 31-07), driver waits at gate B.", "Airport run: the car is the taxi company's (Crown, 横浜 500 あ 31-07), driver waits at gate B."],
    ["- Shuttle to the onsen is the ryokan's (箱根 300 け 20-11).", "- Shuttle to the onsen is the ryokan's (箱根 300 け 20-11)."],
  ],
  "a vehicle hired from a firm named by its trade": [
    ["| 搬入 | 高所作業車は 北関東重機 から借用（宇都宮 800 す 5-61） |", "| 搬入 | 高所作業車は 北関東重機 から借用（宇都宮 800 す 5-61） |"],
    ["2026-11-30,ユニック車,丸山建設からリース（千葉 100 は 22-08）", "2026-11-30,ユニック車,丸山建設からリース（千葉 100 は 22-08）"],
  ],
  "a person's car, a person's rental, one borrowed from a person stays masked": [
    ["ご自宅の車は 足立 500 さ 77-21 です。", "ご自宅の車は [PERSONAL_ID] です。"],
    ["契約者の車両 水戸 500 わ 12-88（レンタカー）", "契約者の車両 [PERSONAL_ID]（レンタカー）"],
    ["軽トラは兄から借用（品川 480 か 31-02）", "軽トラは兄から借用（[PERSONAL_ID]）"],
    ["Guest drives her own car (Prius, 品川 330 ほ 12-34).", "Guest drives her own car (Prius, [PERSONAL_ID])."],
  ],
  "a fashion house named after its founder is the maker": [
    ["質札 12 品物 Jimmy Choo パンプス 黒、Salvatore Ferragamo ベルト", "質札 12 品物 Jimmy Choo パンプス 黒、Salvatore Ferragamo ベルト"],
    ["| 2 | ルイ・ヴィトン ネヴァーフル MM | 査定 85,000円 |", "| 2 | ルイ・ヴィトン ネヴァーフル MM | 査定 85,000円 |"],
    ["Item: Louis Vuitton Keepall 45, Marc Jacobs tote", "Item: Louis Vuitton Keepall 45, Marc Jacobs tote"],
  ],
});
