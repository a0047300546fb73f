import type { Span } from "../detector.js";

/**
 * A shop's name of a place and a word in kana glued to a shop's ending (館山 なぎさ屋, 鎌倉 しおさい亭, 仙台 こけし堂, 小樽
 * カモメ商店): the place and the kana word read as a surname and a given name, but no given name is written glued to
 * 屋, 亭, 庵 or 堂. Not a shop's master or keeper (屋主, 堂主) nor a name then its honorific.
 */
const PLACE_AND_KANA_SHOP = /\p{Script=Han}{1,4}[ 　][\p{Script=Hiragana}\p{Script=Katakana}ー]{2,6}(?:屋|亭|庵|堂|商店|本舗|工房)(?![長主])/gu;

/**
 * A shop's kind, its name and its branch (カレーハウス サガルマータ 戸塚店, ヘアサロン Atelier 鬼頭 吉祥寺店, Café Rosa 渋谷店):
 * a name between a shop's word and the town's 店 is the shop's, though a surname or a given name spells it. Not its
 * manager or staff (吉祥寺店長, 店員).
 */
const SHOP_KIND = "(?:カレーハウス|ヘアサロン|サロン|カフェ|アトリエ|ビストロ|トラットリア|レストラン|ブティック|スタジオ|ベーカリー|Atelier|Salon|Caf[eé]|Bistro|Trattoria|Restaurant|Boutique|Studio)";
const SHOP_WITH_BRANCH = new RegExp(`${SHOP_KIND}[ 　][^\\s　、。,，（）()]{1,16}(?:[ 　][^\\s　、。,，（）()]{1,16})?[ 　]\\p{Script=Han}{1,4}店(?![長主員])`, "gu");

/**
 * A family business of a place's or a surname's kanji glued to its trade's word (南箕輪青果, 佐藤精肉店, 丸山鮮魚, 高橋米穀):
 * the kanji before read as a surname, but the trade's word says the whole is the shop. Not its keeper (青果店主) nor a
 * name then a space (佐藤 青果担当).
 */
const TRADE = /青果|精肉|鮮魚|米穀|酒販|乾物|豆腐|農園|果樹園|牧場|養鶏|製麺|鉄工所|石材|造園|畳店|工務店/u;
const TRADE_SHOP = new RegExp(String.raw`(?<![\p{Script=Han}])\p{Script=Han}{1,4}(?:${TRADE.source})(?:店|商店)?(?![長主員部])`, "gu");

export const spansOf = (shadow: string, pattern: RegExp): Span[] => [...shadow.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

/** The spans of such shops' names in a text. */
export function shopNameSpans(shadow: string): Span[] {
  const glued = /[屋亭庵堂]|商店|本舗|工房/.test(shadow) ? spansOf(shadow, PLACE_AND_KANA_SHOP) : [];
  const trades = TRADE.test(shadow) ? spansOf(shadow, TRADE_SHOP) : [];
  return shadow.includes("店") ? [...glued, ...trades, ...spansOf(shadow, SHOP_WITH_BRANCH)] : [...glued, ...trades];
}
