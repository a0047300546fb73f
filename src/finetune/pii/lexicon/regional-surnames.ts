import { surnameList } from "./written-surname-list.js";

/**
 * Rare and regional surnames IPADIC does not list as 人名,姓, with their readings: from Tohoku (長利, 高舘, 一ノ渡),
 * Kyushu (芦刈, 今給黎, 興梠, 黒葛原, 阿比留), Okinawa beyond its commonest (渡具知, 米須, 平安山; okinawan-surnames.ts)
 * and the rare ones of every region that public surname rankings and readings lists give (五百蔵, 百目鬼, 小鳥遊,
 * 勘解由小路). Each was checked against the dictionary: listed only where it has no 人名,姓 entry. Left out: those it
 * reads as a common noun (如月, 一戸, 執行, 雲母, 鴨脚), so that a month's or a thing's name is never a surname; those
 * whose kanji begin common words (四十物 of 四十物件, 百鬼 of 百鬼夜行, 新納 of 新納品, 四十八願); and those read in two kana.
 * A reading that is a katakana word is not given (道祖土's サイド, "side"): its other, サヤド, is. 寒河江 is listed
 * though the dictionary has it, for its reading.
 * Written `surname reading/reading`, comma-separated.
 */
export const REGIONAL_SURNAMES = surnameList(
  `
  五百蔵 イオロイ, 百目鬼 ドウメキ, 小鳥遊 タカナシ, 月見里 ヤマナシ, 勘解由小路 カデノコウジ, 栗花落 ツユリ,
  薬袋 ミナイ, 一青 ヒトト, 長利 オサリ, 舟山 フナヤマ, 高舘 タカダテ, 一ノ渡 イチノワタリ, 芦刈 アシカリ,
  永渕 ナガフチ, 満留 ミツドメ, 國武 クニタケ, 牧之瀬 マキノセ, 中釜 ナカガマ, 假屋 カリヤ, 蓑田 ミノダ,
  枦山 ハゼヤマ, 惣福脇 ソウフクワキ, 鐘ヶ江 カネガエ, 廣渡 ヒロワタリ, 上瀧 ジョウタキ, 一番ヶ瀬 イチバンガセ,
  興梠 コウロギ, 黒葛原 ツヅラハラ, 調所 ズショ, 種子田 タネダ, 今給黎 イマキイレ, 桑鶴 クワヅル, 下薗 シモゾノ,
  阿比留 アビル, 渡具知 トグチ, 米須 コメス, 大舛 オオマス, 平安山 ヘンザン, 安仁屋 アニヤ,
  五百旗頭 イオキベ, 廿日出 ヒカイデ, 日比生 ヒビウ, 道祖土 サヤド, 寒河江 サガエ, 桐ケ谷 キリガヤ, 久高 クダカ,
  大豆生田 オオマメウダ/オオマミュウダ, 佐古田 サコタ`,
);
