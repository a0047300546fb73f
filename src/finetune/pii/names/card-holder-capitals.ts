import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { CAPITALS_NOT_A_NAME } from "./name-detectors.js";

/**
 * A card's holder as the card is embossed, an initial and the family name in capitals, after the holder's word (holder
 * M DELACOURT ONO, Cardholder: J SMITH, name on card R. OKAFOR-BELL): the person the card is in. Not a card's kind or a
 * placeholder (holder A VISA, holder N NAME), which the capitals' stop list names.
 */
const EMBOSSED_HOLDER =
  /(?<![A-Za-z])(?:[Cc]ard ?holder|[Hh]older|HOLDER|[Nn]ame on (?:the )?card)[ \t]*[:：]?[ \t]*(?<name>[A-Z]\.? [A-Z]{2,}(?:[ -][A-Z]{2,}){0,2})(?![A-Za-z0-9])/dg;

function findEmbossedHolder(shadow: string): Span[] {
  return matchesOf(EMBOSSED_HOLDER, shadow).flatMap((match) => {
    const words = match.groups!.name!.split(/[ .-]+/).slice(1);
    if (words.some((word) => CAPITALS_NOT_A_NAME.test(word))) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

export const EMBOSSED_CARD_HOLDER: PiiDetector = gated(/[Hh]older|HOLDER|[Nn]ame on/, { type: "PERSON", find: findEmbossedHolder });
