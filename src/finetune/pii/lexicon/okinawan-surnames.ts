import { surnameList } from "./written-surname-list.js";

/**
 * Common surnames of Okinawa with their readings, from public lists of the prefecture's commonest family names:
 * IPADIC lists few of them as 人名,姓 (it has 比嘉 and 具志堅, not 仲宗根, 瑞慶覧 or 真栄城), so a customer or a colleague
 * from Okinawa went unmasked where one from Tokyo was. Readings the dictionary gives differently are added beside its
 * own (新城: アラシロ as well as シンジョウ). The old kanji 與 (與那覇, 與那嶺), as families there still write it, is
 * added with the other old forms (japanese-name-lexicon.ts). Left out: surnames read in two kana or as a katakana word (名嘉 ナカ),
 * which a katakana word alone would match, and those known first as places (普天間, 座間味, 金武); one with such a reading
 * and another (平安名: ヘンナ, a word, and ヘアンナ) is listed with the other alone.
 * Written `surname reading/reading`, comma-separated.
 */
export const OKINAWAN_SURNAMES = surnameList(
  `
  比嘉 ヒガ, 金城 キンジョウ/カナグスク, 大城 オオシロ, 新垣 アラカキ, 玉城 タマキ/タマシロ,
  島袋 シマブクロ, 平良 タイラ, 山城 ヤマシロ, 知念 チネン, 宮里 ミヤザト, 仲宗根 ナカソネ, 大湾 オオワン,
  具志堅 グシケン, 照屋 テルヤ, 赤嶺 アカミネ, 与那嶺 ヨナミネ, 安里 アサト, 外間 ホカマ, 宮平 ミヤヒラ,
  新城 アラシロ/シンジョウ, 當山 トウヤマ, 喜屋武 キャン/キヤン, 又吉 マタヨシ, 瑞慶覧 ズケラン,
  真栄城 マエシロ, 与那覇 ヨナハ, 比屋根 ヒヤネ, 糸数 イトカズ, 当間 トウマ, 翁長 オナガ, 親泊 オヤドマリ,
  運天 ウンテン, 砂川 スナガワ/スナカワ, 謝花 ジャハナ, 我那覇 ガナハ, 桃原 トウバル, 真栄田 マエダ,
  真栄平 マエヒラ, 兼城 カネシロ, 玉那覇 タマナハ, 目取真 メドルマ, 仲嶺 ナカミネ, 安谷屋 アダニヤ,
  屋比久 ヤビク, 喜友名 キユナ, 奥間 オクマ, 譜久村 フクムラ, 高江洲 タカエス, 内間 ウチマ, 嘉陽 カヨウ,
  新里 シンザト/ニイザト, 小橋川 コバシガワ, 津波古 ツハコ, 玉寄 タマヨセ, 波平 ナミヒラ, 宮良 ミヤラ,
  前泊 マエドマリ, 仲松 ナカマツ, 安慶名 アゲナ, 嘉手苅 カデカル, 当銘 トウメ, 安次嶺 アシミネ,
  安次富 アシトミ, 仲井眞 ナカイマ, 真喜志 マキシ, 崎原 サキハラ, 我如古 ガネコ, 渡慶次 トケシ,
  上江洲 ウエズ, 垣花 カキノハナ/カキハナ, 仲村渠 ナカンダカリ, 古謝 コジャ, 稲嶺 イナミネ, 東恩納 ヒガシオンナ,
  仲程 ナカホド, 兼島 カネシマ, 饒平名 ヨヘナ, 当真 トウマ, 棚原 タナハラ, 宮国 ミヤグニ, 比屋定 ヒヤジョウ,
  平安名 ヘアンナ`,
);

/**
 * Okinawan surnames known first as the towns they come from (嘉手納, 普天間, 座間味, 金武, 北谷, 読谷): left out of the list
 * above, as a place is what they name in most text, and read as a person's only where a person's cue stands beside them
 * (甲板員 嘉手納, a crew's job: crew-job-surnames.ts).
 */
export const OKINAWAN_PLACE_SURNAMES: ReadonlySet<string> = new Set(["嘉手納", "普天間", "座間味", "金武", "北谷", "読谷", "宜野座", "渡嘉敷", "国頭"]);
