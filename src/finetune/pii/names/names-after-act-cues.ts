import { gated, nameGroupSpans, type PiiDetector, type Span } from "../detector.js";
import { familyName, WORD } from "../lexicon/lexicon-latin-names.js";
import { isListedSingleName } from "./listed-single-names.js";
import { isPlaceName } from "./english-person-tagger.js";
import { readsAsParts } from "./latin-name-cues.js";

/**
 * A name after what a tracker, a desk or a mail writes before a person (reported by Takeshi, Reopened by Ferenc,
 * taught by Sigrún Pálsdóttir, Ask Kwabena about, I met Oluwaseun at, hand it to Vuk, loop in Jurgita Kazlauskienė,
 * Greetings from Halldóra, thanks, Ngozi!, per Kateryna, ping Ömer, cc: Arjun, Sign-off: Kaito Ishiwata): one to three capitalised words, one a listed name (or holding a letter English never
 * writes) or two a Japanese given name and surname in romaji, and each a word a name may be. A team, a tool or a firm stands there too (reported by Support, closed by
 * Jenkins, Greetings from Lisbon), and no list holds it.
 */
const ACT_CUE =
  "(?:[Rr]eported|[Rr]eferred|[Rr]eopened|[Tt]aught|[Ii]ntroduced|[Cc]losed|[Mm]oderated|[Rr]aised|[Ff]iled|[Ee]scalated[ \\t]+to|[Hh]anded[ \\t]+over[ \\t]+to)[ \\t]+by|[Aa]sk|met|visited|interviewed|[Ss]poke[ \\t]+(?:to|with)|hand[ \\t]+it[ \\t]+to|loop[ \\t]+in|[Ii]nterview[ \\t]+with|[Gg]reetings[ \\t]+from|[Tt]hanks,|[Pp]er|[Pp]ing|[Cc]c:?|[Ss]ign(?:ed)?[- ]off(?:[ \\t]+by)?:?";
const NAME_AFTER_ACT_CUE = new RegExp(
  `(?<![\\p{L}])(?:${ACT_CUE})[ \\t]+(?<name>${WORD}(?:[ \\t]+${WORD}){0,2})(?![\\p{L}\\p{N}@_-])`,
  "dgu",
);

/** Two words of a Japanese name in romaji, each read by the dictionary as a given name or a surname (Kaito Ishiwata), neither a place. */
const readsAsRomaji = (word: string): boolean => {
  const { given, surname } = readsAsParts(word);
  return (given || surname) && !isPlaceName(word);
};
const romajiFullName = (words: readonly string[]): boolean => words.length === 2 && words.every(readsAsRomaji);

const readsAsName = (name: string): boolean => {
  const words = name.split(/[ \t]+/);
  return (words.some(isListedSingleName) || romajiFullName(words)) && words.every(familyName);
};

function findNamesAfterActCues(shadow: string): Span[] {
  return nameGroupSpans(NAME_AFTER_ACT_CUE, shadow, readsAsName);
}

/** The cue: one of the cue's words before a space and a capital. */
export const NAME_AFTER_ACT_CUE_DETECTOR: PiiDetector = gated(
  /(?:by|[Aa]sk|met|visited|interviewed|to|with|in|from|hanks,|[Pp]er|[Pp]ing|[Cc]c:?|off:?) \p{Lu}/u,
  { type: "PERSON", find: findNamesAfterActCues },
);
