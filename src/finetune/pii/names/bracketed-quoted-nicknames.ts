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
