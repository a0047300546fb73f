import type { Span } from "../detector.js";

/**
 * A shop's name of a place and a word in kana glued to a shop's ending (館山 なぎさ屋, 鎌倉 しおさい亭, 仙台 こけし堂, 小樽
 * カモメ商店): the place and the kana word read as a surname and a given name, but no given name is written glued to
 * 屋, 亭, 庵 or 堂. Not a shop's master or keeper (屋主, 堂主) nor a name then its honorific.
 */
const PLACE_AND_KANA_SHOP = /\p{Script=Han}{1,4}[ 　][\p{Script=Hiragana}\p{Script=Katakana}ー]{2,6}(?:屋|亭|庵|堂|商店|本舗|工房)(?![長主])/gu;

/** The spans of such shops' names in a text. */
export function shopNameSpans(shadow: string): Span[] {
  if (!/[屋亭庵堂]|商店|本舗|工房/.test(shadow)) return [];
  return [...shadow.matchAll(PLACE_AND_KANA_SHOP)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
