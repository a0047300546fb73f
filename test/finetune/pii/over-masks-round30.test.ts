import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks helpers saw on main (issue 13, round 30), each class in other layouts, with a person beside it still
 * masked and the look-alikes it must leave alone (expected === input). Values are made up here.
 */
describeMaskingClasses("over-masks of round 30", {
  "a log line's stamp without brackets, then a level's, a step's, a place's or a service's word": [
    ["2026-12-01 20:15 Error: timeout after 30s; paged Sarah Miller", "2026-12-01 20:15 Error: timeout after 30s; paged [PERSON]"],
    ["2026/11/05 14:02 Warning: disk almost full", "2026/11/05 14:02 Warning: disk almost full"],
    ["2026-12-01 20:16 Retry: attempt 3 of 5", "2026-12-01 20:16 Retry: attempt 3 of 5"],
    ["2026-11-22 08:10 Postgres: vacuum done", "2026-11-22 08:10 Postgres: vacuum done"],
    ["2026-12-01 20:17 Tokyo: node restarted", "2026-12-01 20:17 Tokyo: node restarted"],
    ["2026-12-01 20:18 Sarah Miller: I restarted it", "2026-12-01 20:18 [PERSON]: I restarted it"],
    ["2026-11-22 21:30 Kowalski: on my way", "2026-11-22 21:30 [PERSON]: on my way"],
    ["[2026-11-22 21:30] Hoa: lunch?", "[2026-11-22 21:30] [PERSON]: lunch?"],
    ["2026-11-05 Sato: called back", "2026-11-05 [PERSON]: called back"],
    ["12/3 Okonkwo: called back", "12/3 [PERSON]: called back"],
  ],
  "a Hong Kong district's romanised words, in capitals or not, are a place": [
    ["WONG Tai Sin district office, contact Emily Watson", "WONG Tai Sin district office, contact [PERSON]"],
    ["Flat 3, Lok Fu Estate, WONG Tai Sin, Kowloon (attn. Daniel Foster)", "Flat 3, Lok Fu Estate, WONG Tai Sin, Kowloon (attn. [PERSON])"],
    ["Office in Wan Chai, Hong Kong; ask for Emily Watson", "Office in Wan Chai, Hong Kong; ask for [PERSON]"],
    ["Our shops in Tai Po and Sham Shui Po; manager Rachel Moore", "Our shops in Tai Po and Sham Shui Po; manager [PERSON]"],
    ["CHAN Tai Man and WONG Siu Ming signed the register", "[PERSON] and [PERSON] signed the register"],
  ],
  "a language named in its own tongue is no given and family name": [
    ["She teaches Te Reo Māori at night school with Emily Watson.", "She teaches Te Reo Māori at night school with [PERSON]."],
    ["Lessons in Reo Tahiti and Bahasa Melayu, tutor Daniel Foster", "Lessons in Reo Tahiti and Bahasa Melayu, tutor [PERSON]"],
  ],
  "a product's tier and size in brackets after its word is no sign-off's name and group": [
    ["Model (Pro, 14)", "Model (Pro, 14)"],
    ['Thanks for your order. Tablet (Air 11")', 'Thanks for your order. Tablet (Air 11")'],
    ["Laptop (Max, 16-inch)", "Laptop (Max, 16-inch)"],
    ["See you at 11:45. Emi (Sakura Travel)", "See you at 11:45. [PERSON] (Sakura Travel)"],
  ],
  "a common noun alone after a kin word and の is the kin's thing": [
    ["物件は（父の所有）の土地です。", "物件は（父の所有）の土地です。"],
    ["土地は母の所有で、母の介護は兄が担当。", "土地は母の所有で、母の介護は兄が担当。"],
    ["父の山田 太郎が来ます", "父の[PERSON]が来ます"],
    ["妻 佐藤 花子（同居）", "妻 [PERSON]（同居）"],
  ],
  "a common noun in a person's column (担当) is a desk or a channel": [
    ["| 日付 | 担当 | 内容 |\n|---|---|---|\n| 11/2 | 店頭 | 修理受付 |\n| 11/3 | 佐藤 | 納品 |", "| 日付 | 担当 | 内容 |\n|---|---|---|\n| 11/2 | 店頭 | 修理受付 |\n| 11/3 | [PERSON] | 納品 |"],
    ["日付,担当,内容\n11/2,窓口,修理受付\n11/3,高橋,納品", "日付,担当,内容\n11/2,窓口,修理受付\n11/3,[PERSON],納品"],
  ],
  "a bank's half-width kana with a firm's kind spelt out is the firm's name": [
    ["名義 ﾐﾄﾞﾘ ｼﾖｳｼﾞ ｶﾌﾞｼｷｶﾞｲｼﾔ", "名義 ﾐﾄﾞﾘ ｼﾖｳｼﾞ ｶﾌﾞｼｷｶﾞｲｼﾔ"],
    ["振込先 普通 7654321 ｱｵｿﾞﾗ ｻﾝｷﾞﾖｳ ﾕｳｹﾞﾝｶﾞｲｼﾔ", "振込先 [PERSONAL_ID] ｱｵｿﾞﾗ ｻﾝｷﾞﾖｳ ﾕｳｹﾞﾝｶﾞｲｼﾔ"],
    ["名義 ｶﾌﾞｼｷｶﾞｲｼﾔ ﾎｼﾉ ﾃﾞﾝｷ", "名義 ｶﾌﾞｼｷｶﾞｲｼﾔ ﾎｼﾉ ﾃﾞﾝｷ"],
    ["名義 ﾔﾏﾀﾞ ﾀﾛｳ", "名義 [PERSON]"],
    ["口座番号 1234567 ﾔﾏﾀﾞ ﾊﾅｺ", "口座番号 [PERSONAL_ID] [PERSON]"],
  ],
  "a machine's ID names no person": [
    ["サーバーのホストID srv-0417 を確認", "サーバーのホストID srv-0417 を確認"],
    ["ノードID node-7731 が落ちた（担当 高橋）", "ノードID node-7731 が落ちた（担当 [PERSON]）"],
    ["インスタンスID i-0abc1234 を再起動", "インスタンスID i-0abc1234 を再起動"],
    ["ホストファミリーID HF-20417", "ホストファミリーID [PERSONAL_ID]"],
    ["会員ID: M-55012", "会員ID: [PERSONAL_ID]"],
  ],
  "a club's own ID in prose names no one; as a sign-in pair's first half it is a login": [
    ["道場ID D-13-0471", "道場ID D-13-0471"],
    ["連盟の申込システム: 道場ID D-13-0471、担当者ログイン kitou.k@example.jp、パスワード Men!Kote!D", "連盟の申込システム: 道場ID D-13-0471、担当者ログイン [EMAIL]、パスワード [SECRET]"],
    ["クラブID CLB-0042 で登録済み", "クラブID CLB-0042 で登録済み"],
    ["教室ID: KY-2291 / パスワード: piano#77", "教室ID: [PERSONAL_ID] / パスワード: [SECRET]"],
  ],
  "an issuer's ward and a serial between 第 and 号 is a permit's number, no address": [
    ["道路占用許可 港区 第3-1234号", "道路占用許可 港区 第3-1234号"],
    ["撮影の道路使用許可 渋谷区 第8-17号（申請者 山田 太郎）", "撮影の道路使用許可 渋谷区 第8-17号（申請者 [PERSON]）"],
    ["道路占用許可（港区 第2026-0417号）取得済み", "道路占用許可（港区 第2026-0417号）取得済み"],
    ["東京都港区芝5-3-1 山田 太郎", "[ADDRESS] [PERSON]"],
  ],
});
