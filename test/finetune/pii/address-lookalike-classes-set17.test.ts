import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that the seventeenth set's misses called for (issue 13), each with other values than the
 * set's and a look-alike the rule must leave alone.
 */
describeMaskingClasses("address classes of the seventeenth set", {
  "a block wrapped after its chome onto the next line, indented or not, or folded to a space": [
    ["祖父は 隣町 桜台4丁目 15番地の2 在住", "祖父は 隣町 [ADDRESS] 在住"],
    ["乗り場は 本町二丁目 3番のりば", "乗り場は 本町二丁目 3番のりば"],
    ["住所 大阪府堺市北区長曽根町二丁目\n  3番地の12 まで", "住所 [ADDRESS] まで"],
    ["現住所 札幌市中央区宮の森一丁目\n4番5号", "現住所 [ADDRESS]"],
    ["実家は 緑が丘3丁目\n  12番7号 です", "実家は [ADDRESS] です"],
    ["乗り場 本町二丁目\n  3番のりば", "乗り場 本町二丁目\n  3番のりば"],
  ],
  "a Japanese address in romaji with its town and block before a -son, -cho, -gun, -shi or -ku": [
    ["Staying at Onna 1234-5, Onna-son, Kunigami-gun, Okinawa-ken 904-0411.", "Staying at [ADDRESS]."],
    ["Ship to Ebisu 1-2-3, Shibuya-ku, Tokyo 150-0013 please", "Ship to [ADDRESS] please"],
    ["Ueno 4-8, Taito-ku, Tokyo", "[ADDRESS]"],
    ["Area 3-2 of the Johnson-son plan", "Area 3-2 of the Johnson-son plan"],
  ],
  "a city named in hiragana with no prefecture before it": [
    ["お迎えは いわき市平字田町120-3 のご自宅", "お迎えは [ADDRESS] のご自宅"],
    ["住所はつくば市竹園2-3-1です", "住所は[ADDRESS]です"],
    ["配送先 ひたちなか市東石川1234-5", "配送先 [ADDRESS]"],
    ["さくら市で 3-5 件の受付", "さくら市で 3-5 件の受付"],
  ],
  "an Irish address with its Dublin district and Eircode, and European postcodes after a street": [
    ["Post to Flat 2, 14 Leeson Street, Dublin 2, D02 XY45, Ireland.", "Post to [ADDRESS], Ireland."],
    ["Apt 5, 9 Rathmines Road, Dublin 6W, D6W Y2K3", "[ADDRESS]"],
    ["Flat 1, 40 Baggot Street\nDublin 2\nD02 X285", "[ADDRESS]"],
    ["Send to 8 Main Street\nCork\nT12 X5K8 today", "Send to [ADDRESS] today"],
    ["We have 3 Rooms\nDublin 4 office", "We have 3 Rooms\nDublin 4 office"],
    ["Ship to Rua Augusta 100, 1100-053 Lisboa, Portugal", "Ship to [ADDRESS]"],
    ["Keizersgracht 123, 1015 CJ Amsterdam", "[ADDRESS]"],
    ["Our Dublin 4 office opens on Monday", "Our Dublin 4 office opens on Monday"],
    ["Chapter 2, 12-345 Notes", "Chapter 2, 12-345 Notes"],
  ],
});

describeMaskingClasses("look-alike classes of the seventeenth set", {
  "a shop's or a restaurant's word after a surname makes a firm": [
    ["勤務先 松本ラーメン本舗 に勤務", "勤務先 松本ラーメン本舗 に勤務"],
    ["担当 山田食堂 へ納品", "担当 山田食堂 へ納品"],
    ["担当 山田 太郎 へ連絡", "担当 [PERSON] へ連絡"],
  ],
  "a bracket a password's run opens and does not close starts an aside": [
    ["パスワード Umi#Kaze2611（12月1日に変更予定）", "パスワード [SECRET]（12月1日に変更予定）"],
    ["暗証 Tori#88x（3/1まで）", "暗証 [SECRET]（3/1まで）"],
    ["password is Tk(22)91x! ok", "password is [SECRET] ok"],
  ],
  "a library item's and an event's number are the thing's": [
    ["資料番号 C0318842 返却期限 9/2", "資料番号 C0318842 返却期限 9/2"],
    ["蔵書番号: B1234567 を返却", "蔵書番号: B1234567 を返却"],
    ["コンペ番号 CP-2612-03 でお預かり", "コンペ番号 CP-2612-03 でお預かり"],
    ["公演番号: K-2024-11 の座席", "公演番号: K-2024-11 の座席"],
    ["大会参加者番号 CP-2612-03 の方", "大会参加者番号 [PERSONAL_ID] の方"],
    ["利用者番号 A1234567 の方", "利用者番号 [PERSONAL_ID] の方"],
  ],
  "digits grouped by spaces after groups of capitals and digits are a code's tail": [
    ["Tracking: 1Z 999 AA1 01 2345 6784.", "Tracking: 1Z 999 AA1 01 2345 6784."],
    ["UPS 1Z 4A8 F92 03 1234 5678 で発送", "UPS 1Z 4A8 F92 03 1234 5678 で発送"],
    ["TEL 03 1234 5678", "TEL [PHONE]"],
    ["Room 3B 03 1234 5678", "Room 3B [PHONE]"],
  ],
  "a pair of names after a venue's label is the venue's": [
    ["LAN venue: Belle Salle Shibuya, Dec 20", "LAN venue: Belle Salle Shibuya, Dec 20"],
    ["Location: Maria Luisa Park (north gate)", "Location: Maria Luisa Park (north gate)"],
    ["Speaker: Maria Rossi, venue TBD", "Speaker: [PERSON], venue TBD"],
  ],
});

describeMaskingClasses("leftovers of the seventeenth set's round", {
  "a listed Latin given name and a Korean or Chinese family name that is a place's word too, in a mail's header": [
    ["Helen Park <helen.park@example.com> wrote:", "[PERSON] <[EMAIL]> wrote:"],
    ["On Tue, 3 Dec 2024, Sarah Park wrote:", "On Tue, 3 Dec 2024, [PERSON] wrote:"],
    ["From: Daniel Park <dpark@example.com>", "From: [PERSON] <[EMAIL]>"],
    ["Olympic Park <info@olympicpark.example> wrote:", "Olympic Park <[EMAIL]> wrote:"],
  ],
});
