import { gated, matchesOf, type PiiDetector } from "./detector.js";

/**
 * A Vietnamese full name in katakana, its parts joined by ・ or spaces, in full or half width (グエン・ヴァン・ミン, ファム・ティ・ラン,
 * ｸﾞｴﾝ ｳﾞｧﾝ ﾄｩｱﾝ): a family name of the list, then a middle name of the list, then one or two syllables. The middle
 * name says a person: a thing's katakana name (ファン・ミーティング) has none.
 */
const KATAKANA_FAMILY = new Set("グエン|チャン|ファム|ホアン|フイン|ファン|ヴー|ブー|ヴォー|ボー|ダン|ブイ|ドー|ホー|ゴー|ズオン|ディン|チュオン|ルオン|ドアン|レー|レ".split("|"));
const KATAKANA_MIDDLE = new Set("ティ|ティー|ヴァン|バン|ドゥック|ドク|フー|ゴック|クオック|スアン|コン|ミン|タイン|キム|ホン|バオ".split("|"));
const KATAKANA_PART = "[\\p{Script=Katakana}ｰﾞﾟー]{1,8}";
// Not a piece of a longer katakana run; after a kanji name and ・ it is the next of a list (脇坂・ブイ・ヴァン・ナム).
const KATAKANA_PARTS = new RegExp(`(?<![\\p{Script=Katakana}ｰﾞﾟー]|[\\p{Script=Katakana}ｰﾞﾟー]・)${KATAKANA_PART}(?:[・ 　]${KATAKANA_PART}){2,3}(?![\\p{Script=Katakana}ｰﾞﾟー・])`, "gu");

export const vietnameseKatakanaName: PiiDetector = gated(/[\p{Script=Katakana}ｰﾞﾟー][・ 　][\p{Script=Katakana}ｰﾞﾟ]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KATAKANA_PARTS, shadow)
      .filter((match) => {
        const [family, middle] = match[0].normalize("NFKC").split(/[・ 　]/);
        return KATAKANA_FAMILY.has(family!) && KATAKANA_MIDDLE.has(middle!);
      })
      .map((match) => ({ start: match.index, end: match.index + match[0].length })),
});

/**
 * The family name of a Vietnamese name in katakana (ブイ of ブイ・ヴァン・ナム), which a note goes on to write alone
 * (現着（ブイ）); undefined for any other value.
 */
export function vietnameseKatakanaFamily(value: string): string | undefined {
  const parts = value.split(/[・ 　]/);
  if (parts.length < 3) return undefined;
  const [family, middle] = parts.map((part) => part.normalize("NFKC"));
  return KATAKANA_FAMILY.has(family!) && KATAKANA_MIDDLE.has(middle!) && family!.length >= 2 ? parts[0] : undefined;
}
