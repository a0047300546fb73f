import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * A carrier's own vehicles (issue 13, round 24): a plate named as one of a counted fleet (軽 4台（うち1台は …）), or
 * after a vehicle's class in a log that dispatches vehicles and drivers (配車, 運行, 乗務), is the firm's truck or van and
 * names no one. A customer's or another party's car on the line, or a plate in a text that is no carrier's, stays a
 * person's.
 */
describeMaskingClasses("fleet vehicles of round 24", {
  "one of a counted fleet is the firm's": [
    ["・4t 5台、冷凍車 2台（うち1台は 横浜 800 さ 45-67 が定期点検）", "・4t 5台、冷凍車 2台（うち1台は 横浜 800 さ 45-67 が定期点検）"],
    ["・軽 3台（うち 1 台は 練馬 480 い 2231 タイヤ交換）", "・軽 3台（うち 1 台は 練馬 480 い 2231 タイヤ交換）"],
    ["本日の稼働 12台、うち1台が 相模 100 え 88-21 で修理中", "本日の稼働 12台、うち1台が 相模 100 え 88-21 で修理中"],
  ],
  "a vehicle's class before a plate in a carrier's log is the firm's": [
    ["【配車】2t 相模 400 て 12-34 は本日運休、代車を手配", "【配車】2t 相模 400 て 12-34 は本日運休、代車を手配"],
    ["乗務記録：冷凍車 横浜 800 く 55-10 で市場へ", "乗務記録：冷凍車 横浜 800 く 55-10 で市場へ"],
    ["運行管理メモ\n03:10 軽バン 水戸 480 か 7702 がパンク", "運行管理メモ\n03:10 軽バン 水戸 480 か 7702 がパンク"],
  ],
  "a customer's or another party's car stays a person's, in a carrier's log too": [
    ["【配車】お客様の軽 品川 580 あ 12-34 が駐車場に停まっている", "【配車】お客様の軽 [PERSONAL_ID] が駐車場に停まっている"],
    ["配車メモ：事故の相手方の軽 千葉 580 ね 33-19 と接触", "配車メモ：事故の相手方の軽 [PERSONAL_ID] と接触"],
    ["うちの車は2台、うち1台は 練馬 500 そ 77-04 です", "うちの車は2台、うち1台は [PERSONAL_ID] です"],
  ],
  "a vehicle's class before a plate in no carrier's text stays a person's": [
    ["軽 品川 580 あ 12-34 が月極に無断駐車", "軽 [PERSONAL_ID] が月極に無断駐車"],
    ["車検の予約：ワゴン 横浜 300 ま 41-07", "車検の予約：ワゴン [PERSONAL_ID]"],
  ],
});
