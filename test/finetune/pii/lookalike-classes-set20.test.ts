import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alike rules by class that the twentieth set's lost look-alikes called for (issue 13), each with other values than
 * the set's and the real value of the same shape that must still be masked.
 */
describeMaskingClasses("look-alike classes of the twentieth set", {
  "an English month after a day or a range of days and before a colon is the date's word, no dated note's author": [
    ["Logs kept for 3–7 Nov: all purged", "Logs kept for 3–7 Nov: all purged"],
    ["Leave 12-14 March: approved", "Leave 12-14 March: approved"],
    ["Shifts 1-2 Sept: covered", "Shifts 1-2 Sept: covered"],
    ["Audit window 20-24 Oct.: closed", "Audit window 20-24 Oct.: closed"],
    ["2026-11-05 Sato: called back", "2026-11-05 [PERSON]: called back"],
    ["11/4 Kenta Mori: stock checked", "11/4 [PERSON]: stock checked"],
  ],
  "a warranty card's or a shelf's number is the goods', not a person's": [
    ["保証書番号 WR-2611-0832 を記入", "保証書番号 WR-2611-0832 を記入"],
    ["保証書番号：HX-88410 をご確認ください", "保証書番号：HX-88410 をご確認ください"],
    ["倉庫の棚番号 B-14-03 に保管", "倉庫の棚番号 B-14-03 に保管"],
    ["商品は棚番号 A2-0711 へ", "商品は棚番号 A2-0711 へ"],
    ["保険証書番号 PL-55120934 の契約者", "保険証書番号 [PERSONAL_ID] の契約者"],
    ["会員番号 KM-20481 の方", "会員番号 [PERSONAL_ID] の方"],
  ],
  "words before a model's or a voyage's code are a ship's or a product's name": [
    ["The container is on the ONE Harmony 112S, ETA Friday", "The container is on the ONE Harmony 112S, ETA Friday"],
    ["Loaded onto Ever Grace 0917E yesterday", "Loaded onto Ever Grace 0917E yesterday"],
    ["Booked on MSC Aurora 245W out of Kobe", "Booked on MSC Aurora 245W out of Kobe"],
    ["Ingrid Solberg left on 30 November", "[PERSON] left on 30 November"],
    ["Ingrid Solberg 12 years with us", "[PERSON] 12 years with us"],
  ],
});
