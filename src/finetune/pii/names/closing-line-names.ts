import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { readsAs } from "./name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * Latin names that close or receive a message with no comma or dash to say so: a closing word alone on its line and
 * the writer's name alone on the next (Regards⏎Tomoya), and a parcel's recipient after its delivery words (Delivered
 * to: Olena Kovalenko, Received by Ana Reyes). A desk, a team or a place takes the same places (Regards⏎Support Team,
 * Delivered to: Front Desk, Received by: Reception), so each word must be a name's: no English word, no place and no
 * thing's word, and one of them a given or a family name of the lists or read as a Japanese given name (Tomoya).
 */
const CLOSING_THEN_NAME_LINE = new RegExp(
  `^[ \\t]*(?:Regards|Best regards|Kind regards|Warm regards|Best wishes|Sincerely|Yours sincerely|Yours truly|Cheers|Thanks|Thank you|Best)[.!]?[ \\t]*\\n[ \\t]*(?<name>${WORD}(?:[ \\t]+${WORD})?)[ \\t]*$`,
  "dgmu",
);
/**
 * A closing in another language, or a close one's in English (Beijos,⏎Bia; Un abrazo⏎Lucía; Liebe Grüße,⏎Jonas;
 * Love,⏎Mei), alone on its line and the writer's name alone on the next: these close a friend's or a family's message,
 * not a desk's, so the name may be one no list holds (Bia); no English word, place or thing's word all the same.
 */
const FOREIGN_CLOSING_THEN_NAME_LINE = new RegExp(
  `^[ \\t]*(?:Beijos|Beijo|Bjs|Um abraço|Abraços|Abraço|Atenciosamente|Saludos|Un saludo|Un abrazo|Abrazos|Besos|Cordialement|Bisous|Amitiés|Liebe Grüße|Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|Grüße|Groetjes|Met vriendelijke groet|Cordiali saluti|Saluti|Un abbraccio|Pozdrawiam|Love|Lots of love|Hugs|xoxo|XOXO)[,.!]?[ \\t]*\\n[ \\t]*(?<name>${WORD}(?:[ \\t]+${WORD})?)[ \\t]*$`,
  "dgmu",
);
/** A team's, a desk's or a family's word in the languages of those closings (Saludos,⏎Equipo Ventas; Grüße⏎Familie Weber). */
const GROUP_WORD = /^(?:Equipo|Equipe|Equipa|Familia|Família|Famille|Familie|Servicio|Atendimento|Suporte|Soporte|Kundenservice|Gruppo)$/u;
const RECIPIENT = new RegExp(
  `(?<![A-Za-z])(?:[Dd]elivered to|[Hh]anded (?:over )?to|[Rr]eceived by|[Cc]ollected by|[Pp]icked up by|[Ss]igned for by)[ \\t]*:?[ \\t]+(?<name>${WORD}(?:[ \\t]+${WORD}){0,2})(?![\\p{L}])`,
  "dgu",
);
const NAME_WORD = new RegExp(WORD, "gu");

const nameWord = (word: string): boolean => !isThing(word) && !isPlaceName(word) && !isEnglishWord(word);
const listedName = (word: string): boolean =>
  worldNames().latinGiven.has(word) || worldNames().latinFamily.has(word) || readsAs(word, nameLexicon().givenNameReadings);

function namesIn(pattern: RegExp, shadow: string, named: (words: readonly string[]) => boolean = (words) => words.some(listedName)): Span[] {
  return matchesOf(pattern, shadow).flatMap((match) => {
    const words = matchesOf(NAME_WORD, match.groups!.name!).map(([word]) => word);
    if (!words.every(nameWord) || !named(words)) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

export const CLOSING_LINE_NAME: PiiDetector = gated(/(?:[Rr]egards|Best|Sincerely|Yours|Cheers|Thank)[.!]?[ \t]*\n[ \t]*\p{Lu}/u, {
  type: "PERSON",
  find: (shadow) => namesIn(CLOSING_THEN_NAME_LINE, shadow),
});

export const FOREIGN_CLOSING_LINE_NAME: PiiDetector = gated(/(?:Beijos?|Bjs|[Aa]braços?|Atenciosamente|[Ss]aludos?|[Aa]brazos?|Besos|Cordialement|Bisous|Amitiés|Grüßen?|Groetjes|groet|[Ss]aluti|abbraccio|Pozdrawiam|[Ll]ove|Hugs|xoxo|XOXO)[,.!]?[ \t]*\n/u, {
  type: "PERSON",
  find: (shadow) => namesIn(FOREIGN_CLOSING_THEN_NAME_LINE, shadow, (words) => !words.some((word) => GROUP_WORD.test(word))),
});

export const DELIVERY_RECIPIENT_NAME: PiiDetector = gated(/[Dd]elivered to|[Hh]anded|[Rr]eceived by|[Cc]ollected by|[Pp]icked up by|[Ss]igned for/, {
  type: "PERSON",
  find: (shadow) => namesIn(RECIPIENT, shadow),
});
