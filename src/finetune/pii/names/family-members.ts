import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { PLACE_SURNAMES } from "./name-detectors.js";
import type { Finding, NeighbourSpans } from "../context/neighbour-spans.js";
import { PLACE_OR_TITLE_END } from "../context/neighbour-words.js";

/** A found name's value split into the full names it holds (真田 啓太・真田 美穂: a cell of two parents). */
const FULL_NAMES_IN = /(?<=^|[・、,，/／])(\p{Script=Han}[\p{Script=Han}々]{0,3})[ 　][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4}(?=$|[・、,，/／])/gu;
/**
 * A given name after a family's surname and a space: kanji the dictionary lists as a given name (nouns too: 蓮, 光),
 * hiragana and 子, or katakana it reads as one.
 */
const FAMILY_GIVEN_AFTER = /^[ 　]([\p{Script=Han}々]{1,3}|\p{Script=Hiragana}{1,3}子|[\p{Script=Katakana}ー]{2,4})(?![\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー])/u;

/**
 * A given name after a family's surname: one kanji the dictionary lists as a given name, or two or three that are no
 * common noun (部長, 工業) nor a shop's or an office's word (啓太, 陽菜: the dictionary lists few modern given names).
 */
const isFamilyGivenName = (given: string, givenNames: ReadonlySet<string>): boolean =>
  !commonNouns().has(given) && (given.length === 1 ? givenNames.has(given) : !PLACE_OR_TITLE_END.test(given));

/**
 * Another full name of a found person's family, written with the same surname and a space (辻 浩一 … 二男 辻 康弘、
 * 代襲：辻 陽菜; 真田 啓太 … 双子（真田 結・真田 蓮）): an heir list, a family's register or a parent's form names the
 * family member by member. The surname is a found full name's, of the dictionary or not, one kanji too: its given name
 * need only be no common word (isFamilyGivenName): the family is known.
 */
export function addFamilyMembers(shadow: string, findings: readonly Finding[], spans: NeighbourSpans): void {
  const { givenNames, givenNameReadings } = nameLexicon();
  const families = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    for (const match of shadow.slice(finding.start, finding.end).matchAll(FULL_NAMES_IN)) families.add(match[1]!);
  }
  for (const family of families) {
    // A place that is a surname too (上野 真理子 … 上野 天神) is read as the place; a noun-like surname (真田) is kept.
    if (PLACE_SURNAMES.has(family)) continue;
    for (let at = shadow.indexOf(family); at >= 0; at = shadow.indexOf(family, at + 1)) {
      if (at > 0 && /[\p{Script=Han}々]/u.test(shadow[at - 1]!)) continue;
      const given = FAMILY_GIVEN_AFTER.exec(shadow.slice(at + family.length, at + family.length + 6))?.[1];
      if (given === undefined) continue;
      const end = at + family.length + 1 + given.length;
      // Siblings joined by ・ (真田 結・真田 蓮): the next one's surname says this one's kanji is a given name too.
      const sibling = shadow.startsWith(`・${family}`, end);
      const named = /^\p{Script=Han}/u.test(given) ? sibling || isFamilyGivenName(given, givenNames) : /子$/u.test(given) || givenNameReadings.has(given);
      // A found name inside it (its surname or given name masked alone, 真田 [蓮]) grows to the full name.
      if (named) spans.growOrAdd({ start: at, end });
    }
  }
}
