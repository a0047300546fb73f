import type { Span } from "../detector.js";

/**
 * Dog breeds named after a person (King Charles Spaniel, Jack Russell Terrier, Gordon Setter): a pet's record
 * names the breed, no one, though its words read as a king's or a man's name.
 */
const BREED_NAMED_AFTER_PERSON =
  /(?<![\p{L}])(?:(?:Cavalier[ \t]+)?King[ \t]+Charles(?:[ \t]+Spaniels?)?|(?:Jack|Parson)[ \t]+Russell(?:[ \t]+Terriers?)?|Gordon[ \t]+Setters?|Dandie[ \t]+Dinmont(?:[ \t]+Terriers?)?)(?![\p{L}])/gu;
/** A word every breed of the list holds: most texts have none. */
const BREED_CUE = /Charles|Russell|Setter|Dinmont/;

/** The spans of dog breeds named after a person. */
export function dogBreedSpans(shadow: string): Span[] {
  if (!BREED_CUE.test(shadow)) return [];
  return [...shadow.matchAll(BREED_NAMED_AFTER_PERSON)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
