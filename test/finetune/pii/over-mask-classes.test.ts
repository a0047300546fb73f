import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks by class (issue 13's precision): words beside a name, a shop's or a form's name, and an address cut from
 * its city, each with several forms and the real name or address of the same shape still masked.
 */
describeMaskingClasses("over-masks beside names and addresses", {
  "an English word no list gives as a given name, before a family name found elsewhere, is the sentence's verb": [
    ["They met Marcus Feldmann. Note Feldmann is away until Friday.", "They met [PERSON]. Note [PERSON] is away until Friday."],
    ["Badge for Ken Shibuya. Visit Shibuya (IT) for it.", "Badge for [PERSON]. Visit [PERSON] (IT) for it."],
    ["Ticket from Olga Brandt. Check Brandt's notes first.", "Ticket from [PERSON]. Check [PERSON]'s notes first."],
    ["Email from Marcus Feldmann. Remind Feldmann about it.", "Email from [PERSON]. Remind [PERSON] about it."],
    ["Ticket from Olga Brandt. Notify Brandt if it fails.", "Ticket from [PERSON]. Notify [PERSON] if it fails."],
    ["Met Ken Shibuya. Then Mark Shibuya called.", "Met [PERSON]. Then [PERSON] called."],
    ["Met Marcus Feldmann. Grace Feldmann came too.", "Met [PERSON]. [PERSON] came too."],
  ],
  "a team's board, tracker or calendar named after a role's word": [
    ["Manager Kaizen Board: updated weekly.", "Manager Kaizen Board: updated weekly."],
    ["Lead Release Tracker is green", "Lead Release Tracker is green"],
    ["Director Ops Calendar moved", "Director Ops Calendar moved"],
    ["Manager Olivia Brandt approves", "Manager [PERSON] approves"],
  ],
  "a possessive's 's after two romaji words that read together as a thing or a firm": [
    ["Sakura Mochi's recipe is here.", "Sakura Mochi's recipe is here."],
    ["Asahi Kasei's plant in Nobeoka", "Asahi Kasei's plant in Nobeoka"],
    ["Ingrid Solberg's report was late.", "[PERSON]'s report was late."],
  ],
  "a common noun before a surname and a hiragana given name says who the person is, and is no part of the name": [
    ["付添 座波 ちえ子 さん 098-987-2206", "付添 [PERSON] さん [PHONE]"],
    ["同伴 早瀬 みく 様", "同伴 [PERSON] 様"],
    ["代理 高橋 ゆり さん が来店", "代理 [PERSON] さん が来店"],
    ["座波 ちえ子 さん", "[PERSON] さん"],
  ],
  "a common noun written before a one-kanji surname and an honorific keeps its last kanji": [
    ["御社林様にお世話になっております", "御社[PERSON]様にお世話になっております"],
    ["貴社森様より", "貴社[PERSON]様より"],
    ["当社林様", "当社[PERSON]様"],
    ["山田太郎様", "[PERSON]様"],
  ],
  "a shop's word before a surname alone is the shop's name": [
    ["居酒屋 田村 さん に予約", "居酒屋 田村 さん に予約"],
    ["割烹 松本 に予約した", "割烹 松本 に予約した"],
    ["喫茶 木下 さんで待ち合わせ", "喫茶 木下 さんで待ち合わせ"],
    ["店長の田村 さん に予約", "店長の[PERSON] さん に予約"],
  ],
  "a country's name before a given name is a form's specimen name, no surname": [
    ["| 氏名 | 日本 一郎 |", "| 氏名 | 日本 一郎 |"],
    ["| 日本 花子 | 東京都千代田区 |", "| 日本 花子 | 東京都千代田区 |"],
    ["記入例 日本 太郎です", "記入例 日本 太郎です"],
    ["| 氏名 | 山田 一郎 |", "| 氏名 | [PERSON] |"],
  ],
  "a firm named after people: a Vietnamese name before a premises' or a trade's word, a partner's O' or Mc name before the legal form": [
    ["Lunch at Nguyen Pho House was great.", "Lunch at Nguyen Pho House was great."],
    ["Dinner at Tran Hung Noodle Bar", "Dinner at Tran Hung Noodle Bar"],
    ["Our lawyer at Brennan O'Hare LLP replied.", "Our lawyer at Brennan O'Hare LLP replied."],
    ["See Kelly O'Brien Ltd for the lease", "See Kelly O'Brien Ltd for the lease"],
    ["Invoice from McKenna Kowalski GmbH", "Invoice from McKenna Kowalski GmbH"],
    ["Nguyen Thi Lan called.", "[PERSON] called."],
    ["Our lawyer Brennan O'Hare replied.", "Our lawyer [PERSON] replied."],
  ],
  "a lone first name before a comma and a US state's two letters is a city": [
    ["Office in Charlotte, NC.", "Office in Charlotte, NC."],
    ["Moved to Tyler, TX last year", "Moved to Tyler, TX last year"],
    ["Our plant in Florence, AL is closed", "Our plant in Florence, AL is closed"],
    ["Charlotte called from Raleigh, NC.", "[PERSON] called from Raleigh, NC."],
  ],
  "a show, a prize or a cup named after a person": [
    ["Chris Evans Show guest", "Chris Evans Show guest"],
    ["Winner of the Walter Scott Prize", "Winner of the Walter Scott Prize"],
    ["Tickets for the Ryder Cup", "Tickets for the Ryder Cup"],
    ["Chris Evans called the show", "[PERSON] called the show"],
  ],
  "a surname alone before a site's word after の is the place the site is in": [
    ["会場は飛島の公民館です。", "会場は飛島の公民館です。"],
    ["妻田の倉庫に納品", "妻田の倉庫に納品"],
    ["葛西の店舗で受け取り", "葛西の店舗で受け取り"],
    ["配達先は大久保の営業所", "配達先は大久保の営業所"],
    ["配達先は大久保様", "配達先は[PERSON]様"],
    ["担当者は大久保です", "担当者は[PERSON]です"],
  ],
  "a hyphenated -machi or -cho town, its city without -shi and its prefecture by name, whole": [
    ["deliver to 1-12 Higashi-machi, Inuyama, Aichi please", "deliver to [ADDRESS] please"],
    ["Ship to 3-4 Naka-cho, Tokorozawa, Saitama-ken 359-0000 today", "Ship to [ADDRESS] today"],
    ["Staying at 27 Gion-machi 2-chome, Higashiyama-ku, Kyoto tonight", "Staying at [ADDRESS] tonight"],
    ["Scores 1-12 Tigers, Giants, Hanshin fans", "Scores 1-12 Tigers, Giants, Hanshin fans"],
  ],
});

describeMaskingClasses("a song credited to its singer", {
  "the singer in a song's credit after a request's or a programme's word is a public figure named for the song": [
    ["前の再開発の話。リクエスト「中島みゆき／糸」。", "前の再開発の話。リクエスト「中島みゆき／糸」。"],
    ["リクエスト曲は「松任谷由実／春よ、来い」です", "リクエスト曲は「松任谷由実／春よ、来い」です"],
    ["BGM：山下達郎『クリスマス・イブ』を流した", "BGM：山下達郎『クリスマス・イブ』を流した"],
    ["リクエストは佐藤 花子さんから「糸」", "リクエストは[PERSON]さんから「糸」"],
    ["本名：刈田 冬美 ／ リクエスト「中島みゆき／糸」", "本名：[PERSON] ／ リクエスト「中島みゆき／糸」"],
  ],
  "an artist or an author written whole before a published record's or book's word is credited with it": [
    ["竹内まりやのアルバムをかけた", "竹内まりやのアルバムをかけた"],
    ["村上春樹の新刊を予約", "村上春樹の新刊を予約"],
    ["米津玄師のシングルを注文", "米津玄師のシングルを注文"],
    ["娘の美咲の曲を練習", "娘の[PERSON]の曲を練習"],
    ["担当の佐藤 花子の新刊チェック", "担当の[PERSON]の新刊チェック"],
  ],
});
