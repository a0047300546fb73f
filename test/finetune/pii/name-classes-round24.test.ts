import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Name classes taken in the round after the twenty-second set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a romaji name after a desk's 'by' and in a dash's signature": [
    ["Reply by Nakasone: refund sent, tracking 4471 2290 1183.", "Reply by [PERSON]: refund sent, tracking 4471 2290 1183."],
    ["Handled by Kenji, closed the same day.", "Handled by [PERSON], closed the same day."],
    ["Answered by Higa (front desk)", "Answered by [PERSON] (front desk)"],
    ["Thanks for waiting. — Nakandakari, support", "Thanks for waiting. — [PERSON], support"],
    ["Try it on at our shop. — Kubota, uniform desk", "Try it on at our shop. — [PERSON], uniform desk"],
    ["Reply by Friday, please.", "Reply by Friday, please."],
    ["Reviewed by Legal on 3 Dec.", "Reviewed by Legal on 3 Dec."],
    ["Handled by Tokyo office.", "Handled by Tokyo office."],
    ["Shipped by Sagawa, tracking 5012 7793 4461.", "Shipped by Sagawa, tracking 5012 7793 4461."],
    ["— Tokyo, office hours 9-18", "— Tokyo, office hours 9-18"],
  ],
  "a Japanese given name in romaji before a person's verb": [
    ["Chihiro logged in from home on Sunday.", "[PERSON] logged in from home on Sunday."],
    ["Haruto signed in at 9:02.", "[PERSON] signed in at 9:02."],
    ["Honda confirmed the recall.", "Honda confirmed the recall."],
    ["Osaka said yes to the venue.", "Osaka said yes to the venue."],
  ],
  "a name of three words or more after a title": [
    ["beneficial owner Mr. Ravi Shankar Iyer, director", "beneficial owner Mr. [PERSON], director"],
    ["Dr. Maria Elena Gonzalez confirmed.", "Dr. [PERSON] confirmed."],
    ["Ms. Ana Lucia Ferreira Costa arrives today.", "Ms. [PERSON] arrives today."],
    ["- Miguel Ángel de la Cruz: partner on WhatsApp", "- [PERSON]: partner on WhatsApp"],
    ["| T-14 | Fatima Zahra Benali, Ito Riku | x |", "| T-14 | [PERSON], [PERSON] | x |"],
    ["Mr. John Smith Tokyo office", "Mr. [PERSON] Tokyo office"],
    ["Ms. Anna Maria Clinic opened", "Ms. Anna Maria Clinic opened"],
    ["Mr. Kenji Sato Monday", "Mr. [PERSON] Monday"],
    ["Dr. Anna Weber Clinic opens at 9.", "Dr. Anna Weber Clinic opens at 9."],
  ],
  "a family name with its particle, and its given name": [
    ["義母 Corazon Dela Cruz と同居", "義母 [PERSON] と同居"],
    ["Corazon Dela Cruz (applicant)", "[PERSON] [PERSON] (applicant)"],
    ["同居：母 Maria De la Cruz、父 Jose Dela Cruz", "同居：母 [PERSON]、父 [PERSON]"],
    ["Casa de la Cruz restaurant", "Casa de la Cruz restaurant"],
  ],
  "a given name alone after a word for a spouse, a relative or a companion": [
    ["奥様 Siobhan は運転せず。", "奥様 [PERSON] は運転せず。"],
    ["ご主人 Marcus も了承。", "ご主人 [PERSON] も了承。"],
    ["分配先の Hyejin がまだ受け取れていません。", "分配先の [PERSON] がまだ受け取れていません。"],
    ["娘 Chloe が同行します。", "娘 [PERSON] が同行します。"],
    ["Friend Giulia booked for her.", "Friend [PERSON] booked for her."],
    ["Hydrafacial. Friend Aoife came too.", "Hydrafacial. Friend [PERSON] came too."],
    ["Linh (her sister, no account) sent the translation.", "[PERSON] (her sister, no account) sent the translation."],
    ["Thao (his mother, speaks Vietnamese) will call.", "[PERSON] (his mother, speaks Vietnamese) will call."],
    ["ご主人の Moreau 花子 さんが来院。", "ご主人の [PERSON] さんが来院。"],
    ["妻 iPhone を買い替え", "妻 iPhone を買い替え"],
    ["夫 Google で検索した", "夫 Google で検索した"],
    ["Friend Request sent.", "Friend Request sent."],
    ["Windows (her laptop, old) crashed.", "Windows (her laptop, old) crashed."],
  ],
  "a kana display name decorated with a symbol, and a kana full name after 私は or a name's label": [
    ["LINE名 ﾊﾅ☆ｺﾊﾞﾔｼ、本名 小林 花子。", "LINE名 [PERSON]、本名 [PERSON]。"],
    ["表示名：ユキ♪タナカ", "表示名：[PERSON]"],
    ["ニックネーム ﾐﾎ★ｻﾄｳ です", "ニックネーム [PERSON] です"],
    ["私は ﾋﾞｾﾞﾝ ﾀｸﾐ、会員ID tk-7714520 です。", "私は [PERSON]、会員ID [PERSONAL_ID] です。"],
    ["お名前 マキノ ユウト です", "お名前 [PERSON] です"],
    ["私は トヨタ アクア に乗っています", "私は トヨタ アクア に乗っています"],
  ],
  "a surname that is a word too, as a shop's staff; an unlisted surname before a listed given name after a role": [
    ["受領。社内Wiki に記載せず、高嶺 店長 のみ保管。", "受領。社内Wiki に記載せず、[PERSON] 店長 のみ保管。"],
    ["当店スタッフの高嶺とは無関係の会社。", "当店スタッフの[PERSON]とは無関係の会社。"],
    ["Checked by 弁理士 如月 弘樹.", "Checked by 弁理士 [PERSON]."],
    ["担当：長閑 大輔", "担当：[PERSON]"],
    ["高嶺の花です。", "高嶺の花です。"],
    ["本店 店長 が対応", "本店 店長 が対応"],
    ["担当 営業 一課", "担当 営業 一課"],
    ["担当者 本社 健太", "担当者 本社 健太"],
  ],
  "a firm's numbered site after an address's block is the address's": [
    ["現場：品川区西大井6丁目1-22 鬼頭工務店 第二倉庫", "現場：[ADDRESS]"],
    ["納品先：大田区大森北1丁目2-3 山田運輸 第3倉庫", "納品先：[ADDRESS]"],
    ["品川区西大井6丁目1-22 の倉庫に置く", "[ADDRESS] の倉庫に置く"],
  ],
  "a listed given name and a surname that is a word too, after a person's label or an order's 'for'": [
    ["customer: John Park", "customer: [PERSON]"],
    ["Client: Mary Young", "Client: [PERSON]"],
    ["Order 1234 for Anna Lee shipped.", "Order 1234 for [PERSON] shipped."],
    ["Refund for Jordan Brown issued", "Refund for [PERSON] issued"],
    ["Booking for Victoria Park", "Booking for Victoria Park"],
    ["Booking for Victoria Station", "Booking for Victoria Station"],
    ["customer: Apple Store", "customer: Apple Store"],
    ["Tickets for Santa Monica", "Tickets for Santa Monica"],
    ["Order 1234 for Monday delivery", "Order 1234 for Monday delivery"],
  ],
  "a CSV's lower-case heading of people, each cell masked within its edges": [
    ["id,applicant,status\n1,Corazon Dela Cruz,open\n2,Takamine,closed", "id,applicant,status\n1,[PERSON],open\n2,[PERSON],closed"],
    ["id,customer_name,plan\n7,Hyejin Seo,basic", "id,customer_name,plan\n7,[PERSON],basic"],
    ["id,担当者,memo\n1,野口 真,ok", "id,担当者,memo\n1,[PERSON],ok"],
    ["sku,applicant_count,status\nA-1,3,open", "sku,applicant_count,status\nA-1,3,open"],
  ],
};

describeMaskingClasses("name classes of the round after the twenty-second set", classes);
