import { gated, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";

/**
 * An order that opens with a verb that is also a first name, then a person's surname and what is done for them (Grant
 * Kowalski access to …, Mark Jones as absent, Bill Tanaka for the hours, Will Chen send the report?): the verb is the
 * word and the surname alone is the person. Read before the name rules, which would take verb and surname as one name.
 */
const VERB_THEN_SURNAME =
  /(?<=^|\n|[.!?;:][ \t]+|^[ \t]*[-*•][ \t]+|\n[ \t]*[-*•][ \t]+)(?<verb>Grant|Mark|Bill|Chase|Will)[ \t]+(?<surname>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)[ \t]+(?<next>[a-z]+)\b/dg;
/** What an order grants, marks or bills a person for, or with: an object or a preposition, never a verb of their own (Grant Kowalski said). */
const ORDER_OBJECT = /^(?:access|permission|permissions|rights|admin|approval|leave|as|for|to|with|on|in|into|at|from|the|a|an|his|her|their|up|down|off|back|about|late|absent|present|complete|done)$/;
/** A question's bare verb after Will and a surname (Will Chen send …?, Will Ortiz be …?), not a past or a person's verb. */
const BARE_VERB = /^(?:be|send|check|call|come|join|attend|review|sign|approve|cover|take|do|have|need|finish|bring|confirm|reply|update|handle|lead|present|visit|get|make|share)$/;

/** Whether a match is an order to a person: a surname no word or place, then what the verb orders (or Will's question). */
function isOrder(shadow: string, match: RegExpExecArray): boolean {
  const { verb, surname, next } = match.groups!;
  if (isEnglishWord(surname!) || isPlaceName(surname!)) return false;
  return verb === "Will" ? BARE_VERB.test(next!) && /^[^.!\n]*\?/.test(shadow.slice(match.index + match[0].length)) : ORDER_OBJECT.test(next!);
}

function findSurnames(shadow: string): Span[] {
  const spans: Span[] = [];
  for (const match of shadow.matchAll(VERB_THEN_SURNAME)) {
    if (!isOrder(shadow, match)) continue;
    const [start, end] = match.indices!.groups!.surname!;
    spans.push({ start, end });
  }
  return spans;
}

const VERB_AT = new RegExp(VERB_THEN_SURNAME.source, "dy");
/** Whether the word at `start` is the verb of such an order, not the given name of the surname after it (for the name-halves rule). */
export function opensOrderToSurname(shadow: string, start: number): boolean {
  VERB_AT.lastIndex = start;
  const match = VERB_AT.exec(shadow);
  return match !== null && isOrder(shadow, match);
}

export const SURNAME_AFTER_IMPERATIVE_VERB: PiiDetector = gated(/(?:Grant|Mark|Bill|Chase|Will) [A-Z]/, { type: "PERSON", find: findSurnames });
