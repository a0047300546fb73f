/**
 * The places a delivery route, a round or a district covers, listed in brackets after its code (A-3（永山・貝取）,
 * 2-B (中町・本町・栄町), R12（落合、鶴牧）): town names, some of them surnames too, no person's. A list in brackets after
 * a word (担当（佐藤・鈴木）) or one name alone (B-1（落合）) may be people's and is left to the name rules.
 */
const CODE_THEN_BRACKET = /(?<![A-Za-z0-9-])(?:[A-Z]{1,2}-?\d{1,3}|\d{1,3}-?[A-Z]{1,2})[ \t]?[（(]$/;
const LIST_BEFORE = /[（(]((?:\p{Script=Han}[\p{Script=Han}ヶノ々]{0,4}[・、,])*)$/u;
const LIST_AFTER = /^((?:[・、,]\p{Script=Han}[\p{Script=Han}ヶノ々]{0,4})*)[）)]/u;

/** Whether the kanji word from `start` to `end` is one of the places a route's code lists in brackets. */
export function inRoutePlaceList(shadow: string, start: number, end: number): boolean {
  const before = LIST_BEFORE.exec(shadow.slice(Math.max(0, start - 24), start));
  if (!before) return false;
  const after = LIST_AFTER.exec(shadow.slice(end, end + 24));
  if (!after || before[1]!.length + after[1]!.length === 0) return false;
  const open = start - before[1]!.length - 1;
  return CODE_THEN_BRACKET.test(shadow.slice(Math.max(0, open - 8), open + 1));
}
