import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Addresses of round 37r: a room in a hotel named by its chain's brand (Hilton Osaka, room 1712), a house on a street
 * under an English ward and district (15/3 Vo Van Tan, Ward 6 …), a lot after a town's numbered 区 (東和町北成島3区105).
 * A meeting room, a ward or a district alone, a count of 区 stay.
 */
describeMaskingClasses("addresses of round 37r", {
  "a room in a hotel named by its chain's brand": [
    ["Guest stays at Hilton Osaka, room 1712 until Friday.", "Guest stays at Hilton Osaka, [ADDRESS] until Friday."],
    ["| 11/28 | Kyoto Marriott Garden, Rm 504 | late check-out |", "| 11/28 | Kyoto Marriott Garden, [ADDRESS] | late check-out |"],
  ],
  "a chain's meeting room or the hotel alone stays": [
    ["Workshop at Sheraton Grand, Room 2 on the 3rd floor.", "Workshop at Sheraton Grand, Room 2 on the 3rd floor."],
    ["Dinner at the Hyatt Regency Tokyo lounge.", "Dinner at the Hyatt Regency Tokyo lounge."],
  ],
  "a house on a street under an English ward and district": [
    ["Ship to 15/3 Vo Van Tan, Xuan Hoa Ward, District 3, Ho Chi Minh City please.", "Ship to [ADDRESS] please."],
    ["- Home: 208 Le Loi, Ben Thanh Ward, District 1.", "- Home: [ADDRESS]."],
  ],
  "a ward or a district alone stays": [
    ["Our office moved to Ben Thanh Ward, District 1 last year.", "Our office moved to Ben Thanh Ward, District 1 last year."],
  ],
  "a lot after a town's numbered 区": [
    ["住所は花巻市東和町北成島3区105です。", "住所は[ADDRESS]です。"],
    ["2026/11/04,電話,一関市大東町摺沢12区48 の田んぼ横", "2026/11/04,電話,[ADDRESS] の田んぼ横"],
  ],
  "a numbered 区 with no lot after it stays": [
    ["東和町の3区と4区で草刈り、参加 12 名。", "東和町の3区と4区で草刈り、参加 12 名。"],
  ],
});
