import type { Span } from "../detector.js";
import type { Beside } from "../context/neighbour-spans.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * What a found person goes by, quoted in brackets right after the name, alone or before a note of where it is used
 * ([Siobhán Ní Dhomhnaill] ("Shiv" on the rota), [Aleksandra Nowak] (“Ola”)): a given name of the lists or a word no
 * dictionary holds; not an English word, a thing's or a place's ([Anna Berg] ("Chair"), ("Tokyo" office)).
 */
const QUOTED_AFTER = /^[ \t]?[(（][ \t]?["“](\p{Lu}\p{Ll}{1,15})["”](?=[ \t]*[)）]|[ \t]+\p{Ll})/u;

export function quotedNicknameAfter({ span, after }: Beside): Span | undefined {
  // The cheap literal first: most found names have no bracket after them.
  if (!after.includes("(") && !after.includes("（")) return undefined;
  const quoted = QUOTED_AFTER.exec(after);
  if (quoted === null) return undefined;
  const nickname = quoted[1]!;
  const listed = worldNames().latinGiven.has(nickname) && !isEnglishWord(nickname);
  if (!listed && (isEnglishWord(nickname) || isThing(nickname) || isPlaceName(nickname))) return undefined;
  const start = span.end + quoted[0].indexOf(nickname);
  return { start, end: start + nickname.length };
}

/**
 * One of a found full name's own words alone in brackets right after it, unquoted ([Chan Tsz Wai] (Wai), [Maria Luisa
 * Ortega] (Luisa)): the word the person goes by, whatever else the word is. A word the name does not hold is a note
 * (Tokyo), a team's (IT) or a role's (ops), and stays.
 */
const BRACKETED_WORD_AFTER = /^[ \t]?[(（](\p{Lu}\p{Ll}{1,15})[)）]/u;

export function ownWordNicknameAfter({ shadow, span }: Beside): Span | undefined {
  const next = shadow.slice(span.end, span.end + 20);
  if (!next.includes("(") && !next.includes("（")) return undefined;
  const bracketed = BRACKETED_WORD_AFTER.exec(next);
  if (bracketed === null) return undefined;
  const words = shadow.slice(span.start, span.end).split(/[ \t]+/u);
  if (words.length < 2 || !words.includes(bracketed[1]!)) return undefined;
  const start = span.end + bracketed[0].indexOf(bracketed[1]!);
  return { start, end: start + bracketed[1]!.length };
}
