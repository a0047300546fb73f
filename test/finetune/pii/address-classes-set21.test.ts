import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that the twenty-first set's misses called for (issue 13), each with other values than the
 * set's and a look-alike the rule must leave alone.
 */
describeMaskingClasses("address classes of the twenty-first set", {
  "a Hungarian street by its word (út, utca, u., tér) and number, with its four-digit postcode and town after or before": [
    ["Szállítás: Rákóczi út 12, 1072 Budapest, Magyarország.", "Szállítás: [ADDRESS]."],
    ["Office: Váci u. 12/B, 1052 Budapest", "Office: [ADDRESS]"],
    ["Ship to 6720 Szeged, Kossuth Lajos sugárút 8 today", "Ship to [ADDRESS] today"],
    ["Meet at Deák Ferenc tér 3 at noon", "Meet at [ADDRESS] at noon"],
    ["The út is the Hungarian word for road; utca 5 times", "The út is the Hungarian word for road; utca 5 times"],
  ],
  "a street word fused to its name with a Danish floor and side, and the town's postal district and country": [
    ["Send to Vesterbrogade 12, 1620 København V please", "Send to [ADDRESS] please"],
    ["Bring it to Møllevej 3, st. th, 8000 Aarhus C, Danmark.", "Bring it to [ADDRESS]."],
    ["Adresse: Jagtvej 55, 2. tv, 2200 København N", "Adresse: [ADDRESS]"],
    ["In 3. tv the channel 8000 shows", "In 3. tv the channel 8000 shows"],
  ],
  "a US street named after its type (Avenue of the …) and a floor by its ordinal": [
    ["HQ at 2000 Avenue of the Stars, Los Angeles", "HQ at [ADDRESS], Los Angeles"],
    ["Mail: 1211 Avenue of the Americas, 23rd Floor, New York", "Mail: [ADDRESS], New York"],
    ["Visit 350 Fifth Avenue, 21st Floor today", "Visit [ADDRESS] today"],
    ["The Avenue of the Americas parade had 3rd Floor seats", "The Avenue of the Americas parade had 3rd Floor seats"],
  ],
  "a room after an estate's numbered wing (号棟), and a building whose name holds a number before its 号室": [
    ["現場：町田市小山ヶ丘3-5 グリーンヒル小山 3号棟 1203 です", "現場：[ADDRESS] です"],
    ["送付先 所沢市東町5-22 パークタウン 12号棟 405号室", "送付先 [ADDRESS]"],
    ["住所：札幌市北区北十二条西三丁目1番地2 メゾン北12条 305号室。", "住所：[ADDRESS]。"],
    ["団地の 3号棟 504 件の集計", "団地の 3号棟 504 件の集計"],
    ["予約は ホテル北3条 1102号室 です", "予約は ホテル北3条 1102号室 です"],
  ],
});
