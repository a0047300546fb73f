import { BRACKETED_STAMP } from "../context/chat-stamps.js";
import { gated, type PiiDetector, type Span } from "../detector.js";
import { WORD } from "../lexicon/lexicon-latin-names.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { isListedSingleName, isUnlistedSingleName } from "./listed-single-names.js";

/**
 * A chat log's speaker written in one word where an IRC, Slack or Discord export puts it: in angle brackets at the
 * line's start (`<Grzegorz> can someone review`, `[10:03] <Huong> lunch?`), before a dash (the shadow writes every dash as a hyphen) and a lower-case message
 * (`Radek — on call this week`), alone before a colon with the message on the next line (`Bartłomiej:`), or in a join
 * notice (`* Eirik has joined #backend`). The slot names a person, but a component (<Tooltip>), a heading (Summary:) or
 * a tool stands there too, so the word must be a listed name; after a time or in a join notice any name's word is, and
 * so is one word alone before the colon after a chat export's stamp (`[2026-11-22 21:30] Hoa: …`).
 */
const TIME = String.raw`\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+`;
const ANGLE_SPEAKER = new RegExp(`^[ \\t]*(?<time>${TIME})?<(?<name>${WORD})>[ \\t]+\\S`, "dgmu");
const DASH_SPEAKER = new RegExp(`^[ \\t]*(?<name>${WORD})[ \\t]+[—–-][ \\t]+(?=\\p{Ll})`, "dgmu");
const SPEAKER_ALONE = new RegExp(`^[ \\t]*(?<name>${WORD})[ \\t]*[:：][ \\t]*$`, "dgmu");
/**
 * A chat export's stamp: a date and a time, in brackets or not (`bare`), or a time in brackets; the speaker after it
 * stands before a colon and the message.
 */
const STAMP = String.raw`(?:${BRACKETED_STAMP}|(?<bare>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?))[ \t]+`;
const STAMPED_SPEAKER = new RegExp(`^[ \\t]*${STAMP}(?<name>${WORD})[ \\t]*[:：][ \\t]*\\S`, "dgmu");
const JOIN_NOTICE = new RegExp(`^[ \\t]*\\*+[ \\t]+(?<name>${WORD})[ \\t]+has[ \\t]+(?:joined|left|quit)(?!\\p{L})`, "dgmu");

/**
 * The cue: a capital after `<`, a dash before a small letter, a colon ending a line after a small letter, a join
 * notice, a word and a colon after a stamp's time.
 */
const SLOT_CUE = /<\p{Lu}|[—–-] \p{Ll}|\p{Ll}[:：][ \t]*(?:\n|$)|has (?:joined|left|quit)|\d:\d\d\]? \p{Lu}\p{Ll}+[:：]/mu;

/** A program's log stamps a service's, a step's or a level's word as often (Server:, Deploy:, Error:): a listed name only if an English word. */
const stampedSpeaker = (word: string): boolean =>
  isUnlistedSingleName(word) && !isCommonEnglishWord(word) && (!isEnglishWord(word) || isListedSingleName(word));

function findSlotSpeakers(shadow: string): Span[] {
  const spans: Span[] = [];
  const take = (pattern: RegExp, accept: (match: RegExpExecArray) => boolean): void => {
    for (const match of shadow.matchAll(pattern)) {
      if (!accept(match)) continue;
      const [start, end] = match.indices!.groups!.name!;
      spans.push({ start, end });
    }
  };
  take(ANGLE_SPEAKER, (match) => (match.groups!.time ? isUnlistedSingleName : isListedSingleName)(match.groups!.name!));
  take(DASH_SPEAKER, (match) => isListedSingleName(match.groups!.name!));
  take(SPEAKER_ALONE, (match) => isListedSingleName(match.groups!.name!));
  // A stamp without brackets heads a program's log line more than a chat export's (2026-12-01 20:16 Retry: …, … Tokyo:
  // …): the word after it must be a listed name.
  take(STAMPED_SPEAKER, (match) => stampedSpeaker(match.groups!.name!) && (match.groups!.bare === undefined || isListedSingleName(match.groups!.name!)));
  take(JOIN_NOTICE, (match) => isUnlistedSingleName(match.groups!.name!));
  return spans;
}

export const CHAT_SLOT_SPEAKER: PiiDetector = gated(SLOT_CUE, { type: "PERSON", find: findSlotSpeakers });
