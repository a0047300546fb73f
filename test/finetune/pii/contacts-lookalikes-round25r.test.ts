import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Addresses the twenty-fourth set leaked and look-alikes it lost, by class (issue 13): a romaji town and its block with
 * no city, a Ukrainian or Russian address in Latin letters, a US forces' mail address; a firm's or a facility's name
 * going on after a surname found elsewhere, a name after a firm's legal form, a thing's or a public payer's number, a
 * carrier's vehicle's plate. Each with the person, the address or the ID the rule must still mask.
 */
describeMaskingClasses("addresses of the twenty-fourth set by class", {
  "a romaji town and its chome or three numbers with no city after it is one plot's address": [
    ["| A3 Kamiuma 2-chome 9-17, The Kamiuma Residence #805 | 7:21 |", "| A3 [ADDRESS] | 7:21 |"],
    ["Stop: Shimouma 2-chome 14-3, Setagaya. Pickup at Sendagi 1-4-7-302.", "Stop: [ADDRESS]. Pickup at [ADDRESS]."],
    ["| B4 Daita 5-12-8 | 7:40 |", "| B4 [ADDRESS] | 7:40 |"],
    ["Home: Nishi-Ogikubo 3-21-4-105 (ring twice)", "Home: [ADDRESS] (ring twice)"],
  ],
  "a score, a date or a release before three numbers, and a chome with no block, are no address": [
    ["Final score: Game 3-7-22, then Tue 3-7-22 and Release 3-2-1.", "Final score: Game 3-7-22, then Tue 3-7-22 and Release 3-2-1."],
    ["Nakameguro 2-chome is busy on Sundays.", "Nakameguro 2-chome is busy on Sundays."],
    ["Kanto region 3-1-2 split; update to Kobe 3-0 win.", "Kanto region 3-1-2 split; update to Kobe 3-0 win."],
  ],
  "a Ukrainian or Russian street in Latin letters with its house, flat, city and postcode is an address": [
    ["forward to his wife, vul. Sadova 12, kv. 3, Lviv 79000, Ukraine, tel on file", "forward to his wife, [ADDRESS], tel on file"],
    ["Her flat: prosp. Peremohy 37, kv. 5, Kyiv 03056, Ukraine.", "Her flat: [ADDRESS]."],
    ["Parcel to prospekt Mira 101, kv. 44, Moskva 129085", "Parcel to [ADDRESS]"],
    ["Also vulytsia Khreshchatyk 22.", "Also [ADDRESS]."],
  ],
  "a street's word with no name and number after it is no address": [
    ["We sent 3 boxes via the Naberezhnaya office.", "We sent 3 boxes via the Naberezhnaya office."],
    ["Tel. 5 pcs, prov. cost 12 USD", "Tel. 5 pcs, prov. cost 12 USD"],
  ],
  "a US forces' unit or PSC and box before APO, FPO or DPO is a service member's mailbox": [
    ["<br>Unit 45002, Box 118, FPO AP 96349</td>", "<br>[ADDRESS]</td>"],
    ["Send it to PSC 817 Box 24, APO AE 09142 please", "Send it to [ADDRESS] please"],
    ["CMR 480, APO AE 09128", "[ADDRESS]"],
  ],
  "the military post office alone names no one": [
    ["Ship mail: FPO AP 96373 only.", "Ship mail: FPO AP 96373 only."],
    ["APO AE 09142 serves the base.", "APO AE 09142 serves the base."],
  ],
});

describeMaskingClasses("look-alikes of the twenty-fourth set by class", {
  "a romaji firm's carrier word (Kanko, Bus, Taxi, Launch, Ferry) after a surname found elsewhere is the operator": [
    ["Driver Mr. Hirayama Goro.\nOperator: Hirayama Kanko Bus (contract 2026-07).", "Driver Mr. [PERSON].\nOperator: Hirayama Kanko Bus (contract 2026-07)."],
    ["Prepared by: Miho Kurokawa (desk)\nLaunch boat: Kurokawa Marine Launch ch. 14", "Prepared by: [PERSON] (desk)\nLaunch boat: Kurokawa Marine Launch ch. 14"],
    ["Ms. Naomi Fujita booked.\nPickup by Fujita Taxi at 9.", "Ms. [PERSON] booked.\nPickup by Fujita Taxi at 9."],
    ["Mr. Kenji Arima called.\nArima Ferry leaves at 10.", "Mr. [PERSON] called.\nArima Ferry leaves at 10."],
    ["Prepared by: Miho Kurokawa (desk)\nKurokawa called back.", "Prepared by: [PERSON] (desk)\n[PERSON] called back."],
  ],
  "a surname found elsewhere, then a hiragana word and a clinic's or a shop's word, is the firm": [
    ["処方医：椎名 亮 先生（椎名こどもクリニック）", "処方医：[PERSON] 先生（椎名こどもクリニック）"],
    ["担当 佐伯 美穂 さん（佐伯こども歯科）", "担当 [PERSON] さん（佐伯こども歯科）"],
    ["担当 佐伯 美穂 さん。佐伯さんのクリニックへ", "担当 [PERSON] さん。[PERSON]さんのクリニックへ"],
  ],
  "a surname found elsewhere before の郷, の里, の杜 or の苑 is a care home's or a retreat's name": [
    ["施設名 有料老人ホーム 和泉の郷、担当 和泉 真由美（生活相談員）", "施設名 有料老人ホーム 和泉の郷、担当 [PERSON]（生活相談員）"],
    ["担当 小松 恵子 様。グループホーム 小松の里 の入居者", "担当 [PERSON] 様。グループホーム 小松の里 の入居者"],
    ["担当 小松 恵子 様。小松の郷里は金沢", "担当 [PERSON] 様。[PERSON]の郷里は金沢"],
  ],
  "kanji after a firm's legal form (株式会社, 有限会社, (株)) are the firm's name": [
    ["修理見積を 株式会社 島津理化 から取得", "修理見積を 株式会社 島津理化 から取得"],
    ["発注先：有限会社 森田光学", "発注先：有限会社 森田光学"],
    ["請求は（株）高橋由美 宛", "請求は（株）高橋由美 宛"],
    ["担当は高橋由美です", "担当は[PERSON]です"],
  ],
  "footage kept, a research grant, a public payer: their numbers are the thing's or the payer's": [
    ["映像を保全（保全番号 SV-26-118）", "映像を保全（保全番号 SV-26-118）"],
    ["保全番号 HZ-2611-07 の映像", "保全番号 HZ-2611-07 の映像"],
    ["科研費番号 24K07731 で執行", "科研費番号 24K07731 で執行"],
    ["研究課題番号 23H01234 の成果", "研究課題番号 23H01234 の成果"],
    ["助成対象者番号 20931877 の方", "助成対象者番号 [PERSONAL_ID] の方"],
    ["受給者番号 83406172、公費負担者番号 83401015", "受給者番号 [PERSONAL_ID]、公費負担者番号 83401015"],
    ["受給者番号 12406172、公費負担者番号 12401015", "受給者番号 [PERSONAL_ID]、公費負担者番号 12401015"],
  ],
  "a bus's, a shuttle's or a delivery truck's plate is the operator's": [
    ["## Route C (bus 練馬 200 あ 31-08, driver Mr. Hara)", "## Route C (bus 練馬 200 あ 31-08, driver Mr. [PERSON])"],
    ["Delivery truck driver: Mr. Mori, plate 大阪 100 か 22-19.", "Delivery truck driver: Mr. [PERSON], plate 大阪 100 か 22-19."],
    ["送迎バス 多摩 200 さ 45-61 で送迎", "送迎バス 多摩 200 さ 45-61 で送迎"],
    ["His own truck, plate 神戸 100 か 41-88, was towed.", "His own truck, plate [PERSONAL_ID], was towed."],
    ["Visitor Mr. Tanaka parked his car (plate 品川 300 さ 12-34).", "Visitor Mr. [PERSON] parked his car (plate [PERSONAL_ID])."],
  ],
});
