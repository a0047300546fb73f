import { toRomaji } from "wanakana";
import { isEnglishWord } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD } from "../lexicon/firm-words.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { ORGANISATION_WORD } from "./name-detectors.js";
import type { Finding, NeighbourSpans } from "../context/neighbour-spans.js";

/*
 * A name right before its owner's e-mail address, in the cell before it or in brackets around both (| Aoife Ní Bhriain |
 * aoife.nibhriain@… |, （仲宗根、nakasone@…）): an address is most often made of its owner's name, so a name whose
 * letters its local part spells is a person's, whatever script or particle it is written in.
 */

/** What may stand between a name and the address after it: a cell's bar, a comma, a bracket, a colon. */
const JOIN_BEFORE = /(?:[ \t]*[|,，、(（<:：/／;][ \t]*|[ \t]+)$/u;
/** Latin words at the end of the text before the join: capitalised, with the lowercase particles of a name (da, Ní is capitalised). */
const LATIN_NAME_BEFORE = /(?<![\p{L}\p{N}'’.@_-])((?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,3})(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,3})){1,3})$/u;
/** A kanji surname, perhaps a space and a kanji given name, at the end of the text before the join. */
const KANJI_NAME_BEFORE = /(?<![\p{Script=Han}々ヶ])(\p{Script=Han}[\p{Script=Han}々ヶ]{1,3})(?:[ 　]\p{Script=Han}[\p{Script=Han}々]{0,2})?$/u;
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/;
const LEADING_NOT_NAME = /^(?:(?:\p{Ll}{1,3}|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?)[ \t]+)+/u;

/** Letters only, lowercase, accents dropped (Ní Bhriain → nibhriain). */
const folded = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
/** Romaji as an address writes it: long vowels short (サトウ → sato). */
const shortVowels = (romaji: string): string => romaji.replace(/ou/g, "o").replace(/uu/g, "u").replace(/oo/g, "o");

/** Whether a Latin full name's family name, and its given name or the initial of it, are in the local part. */
function spellsLatinName(words: readonly string[], local: string): boolean {
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word) && !TITLE.test(word));
  if (capitalised.length < 2) return false;
  if (capitalised.some((word) => ORGANISATION_WORD.test(word) || FIRM_OR_THING_WORD.test(word)) || capitalised.every(isEnglishWord)) return false;
  const given = folded(capitalised[0]!);
  const family = folded(capitalised.at(-1)!);
  return family.length >= 2 && local.includes(family) && (local.includes(given) || local.startsWith(given.charAt(0)));
}

/** Whether a kanji surname's reading, in romaji, is in the local part (仲宗根: nakasone). */
function spellsKanjiSurname(surname: string, local: string): boolean {
  return (nameLexicon().readingsOfSurname.get(surname) ?? []).some((reading) => {
    const romaji = shortVowels(toRomaji(reading));
    return romaji.length >= 3 && shortVowels(local).includes(romaji);
  });
}

/**
 * A given name alone earlier on the address's line, the local part opening with it and a dot, a hyphen or an underscore
 * (Lucas から問い合わせ（lucas.h.moreau@…）, Ines asked at ines_garcia@…): a listed given name, no English word; with the
 * family name beside it when the rest of the local part spells it (Kim Jiwoo … jiwoo.kim@…).
 */
const GIVEN_ON_LINE = /(?<![\p{L}\p{N}'’.@_-])\p{Lu}\p{Ll}{2,15}(?![\p{L}\p{N}'’@_-])/gu;
function givenNameOpeningLocal(before: string, written: string, offset: number): { start: number; end: number } | undefined {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const lineStart = offset + before.length - line.length;
  const local = written.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  for (const match of line.matchAll(GIVEN_ON_LINE)) {
    const word = match[0];
    const name = folded(word);
    const opens = local.startsWith(name) && /^[._-]/.test(local.slice(name.length));
    if (!opens || !worldNames().latinGiven.has(word) || isEnglishWord(word)) continue;
    // The family name beside it, when the local part spells it too (Kim Jiwoo … jiwoo.kim@…): the same name, whole.
    const familyBefore = WORD_BEFORE.exec(line.slice(0, match.index));
    const familyAfter = WORD_AFTER.exec(line.slice(match.index + word.length));
    const spelt = (family: RegExpExecArray | null): boolean => family !== null && folded(family[1]!).length >= 2 && local.slice(name.length).includes(folded(family[1]!));
    const start = lineStart + match.index - (spelt(familyBefore) ? familyBefore![0].length : 0);
    return { start, end: lineStart + match.index + word.length + (spelt(familyAfter) ? familyAfter![0].length : 0) };
  }
  return undefined;
}
/** A capitalised word and a space right before, or a space and one right after, a given name on the line. */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’.@_-])(\p{Lu}[\p{L}'’-]*)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+(\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}'’@_-])/u;

/** Adds the names right before found e-mail addresses whose local parts spell them. */
export function addNamesBeforeEmail(shadow: string, findings: readonly Finding[], spans: NeighbourSpans): void {
  for (const finding of findings) {
    if (finding.type !== "EMAIL") continue;
    const written = shadow.slice(finding.start, finding.end).split("@")[0]!;
    const local = folded(written);
    const before = shadow.slice(Math.max(0, finding.start - 48), finding.start);
    const given = givenNameOpeningLocal(before, written, finding.start - before.length);
    if (given !== undefined) spans.add(given);
    const join = JOIN_BEFORE.exec(before);
    if (local.length < 3 || join === null) continue;
    const text = before.slice(0, join.index);
    const end = finding.start - join[0].length;
    const latin = LATIN_NAME_BEFORE.exec(text);
    if (latin) {
      // Lowercase words and a title before the name are no part of it (mail to Ms. Aoife Byrne).
      const name = latin[1]!.replace(LEADING_NOT_NAME, "");
      if (spellsLatinName(name.split(/[ \t]+/), local)) spans.add({ start: end - name.length, end });
      continue;
    }
    const kanji = KANJI_NAME_BEFORE.exec(text);
    if (kanji && spellsKanjiSurname(kanji[1]!, local)) spans.add({ start: end - kanji[0].length, end });
  }
}
