/**
 * A shop's, a branch's, a site's or a product's word before ID (店舗 ID（tokyo-01 / osaka-02）, 支店 ID（nagoya-3 /
 * fukuoka-7）, store ID (shibuya-12 / umeda-04)): the IDs after it are the places' or the goods' codes, joined by a
 * slash as a list joins them, no one's login and password.
 */
const THING_BEFORE_ID = /(?:店舗|支店|拠点|倉庫|営業所|工場|商品|製品|[Ss]tore|[Ss]hop|[Bb]ranch|[Ss]ite|[Ww]arehouse|[Pp]roduct|SKU)[ \t]?$/;

/** Whether the ID cue at `cueStart` is a thing's (a shop's, a branch's, a product's). */
export const isThingsIdCue = (shadow: string, cueStart: number): boolean =>
  shadow.startsWith("ID", cueStart) && THING_BEFORE_ID.test(shadow.slice(Math.max(0, cueStart - 10), cueStart));
