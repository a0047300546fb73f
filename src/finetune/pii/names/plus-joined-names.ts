import type { Span } from "../detector.js";
import type { Beside } from "../context/neighbour-spans.js";
import { EAST_ASIAN_FAMILY_NAMES } from "./east-asian-family-names.js";
import { isRomajiSurname } from "./latin-name-cues.js";
import { isNameOnlyWord } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A family name in Latin letters after a plus from a found name, as a visit's or a shift's pair is written (現地調査
 * （[堀井] ＋ Yoon）, crew: [Teodora Valdivia] + Szabados): the one who went along is a person too. Only a family name of the
 * East Asian list or the world lists, or one read as a Japanese surname, no English word, thing or place, ending the
 * pair (a bracket, a comma, the line's end): a plus also adds a plan or a product ([PERSON] + Premium, ＋ Wi-Fi).
 */
const FAMILY_AFTER_PLUS = /^[ 　]*[+＋][ 　]*(\p{Lu}\p{Ll}{1,15})(?=[ 　]*(?:[)）、,，。]|$))/mu;

export function latinFamilyAfterPlus({ span, after }: Beside): Span | undefined {
  // The cheap literal first: most found names have no plus after them.
  if (!after.includes("+") && !after.includes("＋")) return undefined;
  const match = FAMILY_AFTER_PLUS.exec(after);
  const family = match?.[1];
  if (family === undefined || !isNameOnlyWord(family)) return undefined;
  if (!(EAST_ASIAN_FAMILY_NAMES.has(family) || worldNames().latinFamily.has(family) || isRomajiSurname(family))) return undefined;
  const start = span.end + match!.index + match![0].length - family.length;
  return { start, end: start + family.length };
}
