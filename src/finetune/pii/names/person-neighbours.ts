import { fullNameAfterFoundAndAmpersand } from "./ampersand-joined-names.js";
import { givenNameBeforeAnd, nameAfterAnd } from "./and-joined-names.js";
import { ownWordNicknameAfter, quotedNicknameAfter } from "./bracketed-quoted-nicknames.js";
import { kanaNameAfterArrow, kanjiNameAfterArrow, romajiSurnameBeforeArrow } from "./arrow-joined-names.js";
import { latinFamilyAfterPlus } from "./plus-joined-names.js";
import type { Span } from "../detector.js";
import { latinNameAfterDot, surnameBeforeDot } from "./dot-joined-names.js";
import { addFamilyMembers } from "./family-members.js";
import { FAMILIAR_HONORIFICS, FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";
import { latinListItemBefore, listItemAfter, listItemBefore } from "./list-item-names.js";
import { hiraganaReadingsBesideNames } from "./hiragana-readings-beside-names.js";
import { addNameHalves } from "./name-halves.js";
import { addNamesBeforeEmail } from "./names-before-email.js";
import { addLatinNameAffixes } from "./latin-name-affixes.js";
import { type Beside, type Finding, NeighbourSpans } from "../context/neighbour-spans.js";
import { addOtherWritings, kanaReadingsInNextCell } from "./other-writings.js";
import { quotedItemAfter, quotedItemBefore } from "./quoted-name-series.js";

/**
 * Names known by a name found beside them, once every detector has read a text: the surname before a given name that
 * was masked alone (阿部 [翔太] 様), the other people of a list that holds a found name (参加者は [佐野]さん、Emma、Tom
 * です; 上野 と [坂口] が保管; [Connor] and Maeve), and a found full name's other writings and family. Each kind of
 * neighbour is a module; this one runs them in order and reads a list item by item. A name before an e-mail address its
 * local part spells is one too (names-before-email.ts), and a Latin name's title or particle family name (latin-name-affixes.ts).
 */

/** An honorific or a short note in brackets after a found name (峰岸 哲夫（本人）、…), passed over to reach the next item. */
const NOTES_AFTER = new RegExp(
  `^(?:[ \\t]?${honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS, ...FAMILIAR_HONORIFICS)}|[ \\t]?[（(][^（()）\\n]{1,8}[）)])+`,
  "u",
);

/** The joins by which a list goes on from a found name, after it and then before it. */
const LIST_JOINS: readonly ((beside: Beside) => Span | undefined)[] = [
  kanaNameAfterArrow,
  kanjiNameAfterArrow,
  latinNameAfterDot,
  listItemAfter,
  fullNameAfterFoundAndAmpersand,
  nameAfterAnd,
  listItemBefore,
  surnameBeforeDot,
  givenNameBeforeAnd,
  latinListItemBefore,
  romajiSurnameBeforeArrow,
  latinFamilyAfterPlus,
  quotedItemAfter,
  quotedItemBefore,
  quotedNicknameAfter,
  ownWordNicknameAfter,
];

/** Finds the names beside `findings` in `shadow`; returns the spans to add (a surname extends its given name's finding in place). */
export function namesBesideFound(shadow: string, findings: Finding[]): Finding[] {
  const spans = new NeighbourSpans(findings);
  addNameHalves(shadow, findings, spans);
  addOtherWritings(shadow, findings, spans);
  addNamesBeforeEmail(shadow, findings, spans);
  addLatinNameAffixes(shadow, findings, spans);
  addFamilyMembers(shadow, findings, spans);
  // A list read item by item from each found name, both ways, until no item is added.
  // A reading added beside a name is a list's item too (纐纈 大輔、[こうけつ だいすけ]、大豆生田 実): the list goes on from it.
  const queue: Span[] = [...findings.filter((finding) => finding.type === "PERSON"), ...spans.added.list];
  for (let span = queue.shift(); span !== undefined; span = queue.shift()) {
    const after = shadow.slice(span.end, span.end + 40).replace(NOTES_AFTER, (note) => " ".repeat(note.length));
    const before = shadow.slice(Math.max(0, span.start - 12), span.start);
    for (const join of LIST_JOINS) {
      const next = join({ shadow, span, after, before });
      if (next && spans.add(next)) queue.push(next);
    }
  }
  // A name's reading in the next field, once the list has given the row's name (| [五百旗頭 廉] | いおきべ れん |).
  for (const span of kanaReadingsInNextCell(shadow, [...findings, ...spans.added.list])) spans.add(span);
  // And its hiragana reading as the list's next item (…、大豆生田 実、おおまみゅうだ みのる).
  for (const span of hiraganaReadingsBesideNames(shadow, [...spans.added.list])) spans.add(span);
  return spans.added.list;
}
