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

const spansOf = (shadow: string, pattern: RegExp): Span[] => [...shadow.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

/** The spans of such shops' names in a text. */
export function shopNameSpans(shadow: string): Span[] {
  const glued = /[屋亭庵堂]|商店|本舗|工房/.test(shadow) ? spansOf(shadow, PLACE_AND_KANA_SHOP) : [];
  return shadow.includes("店") ? [...glued, ...spansOf(shadow, SHOP_WITH_BRANCH)] : glued;
}
