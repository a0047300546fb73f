import { gated, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD, ORGANISATION_WORD, TITLE_WORD } from "../lexicon/firm-words.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { CAPITALS_NOT_A_NAME, readsAs } from "./name-detectors.js";
import { type Cell, tablesOf } from "../context/table-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A column of people by its heading: a name's (Name as in passport, Guest name, 氏名（ローマ字）), or the people a rooming
 * list or a manifest lists (Guest 1, Traveller, Passenger, Pax). Not a thing's name (Hotel name, Company name).
 */
const PERSON_COLUMN =
  /^(?:(?!(?:Hotel|Company|Product|File|Room|City|Venue|Host|Domain|Airline|Brand|Item|Model|Project|Team|Station|Street|Field|Column|Table|Server|Device|Ship|Tour)\s)[^|]*\b(?:[Nn]ame|NAME)\b[^|]*|(?:Guest|GUEST|Traveller|Traveler|Passenger|Pax|PAX|Occupant|Member|Participant|Attendee|Delegate)s?(?:\s?#?\d{1,2}|\s(?:[Nn]ame|NAME))?|[^|]*(?:氏名|名前|ローマ字)[^|]*)$/u;

/** A name in capitals of two to four words, a surname's particles besides (DE LA CRUZ MIGUEL ANGEL). */
const CAPITALS = /^[A-Z][A-Z'’-]*[A-Z](?: [A-Z][A-Z'’-]*[A-Z]){1,5}$/;
const PARTICLE = /^(?:DE|DEL|LA|LOS|LAS|DA|DOS|DAS|DI|DU|VAN|VON|DER|DEN|BIN|BINTI|AL|EL)$/;

const titleCase = (word: string): string => word[0] + word.slice(1).toLowerCase();

/** A listed first or last name (faker's lists), or a Japanese surname's or given name's reading in romaji (HIGA, SOICHIRO). */
function listedName(word: string): boolean {
  const name = titleCase(word);
  const { latinGiven, latinFamily } = worldNames();
  const { surnameReadings, givenNameReadings } = nameLexicon();
  return latinGiven.has(name) || latinFamily.has(name) || readsAs(name, surnameReadings) || readsAs(name, givenNameReadings);
}

/**
 * A name in capitals family first, as a passport or a rooming list writes it (HIGA SOICHIRO, DE LA CRUZ MIGUEL ANGEL):
 * a word a listed name and every other word no English one (a rare surname: TAKARABE KANA), none a form's, a firm's, a
 * thing's or a title's word (TWIN ROOM, HOTEL OKURA, NON-SMOKING), and not every word a place's (TOKYO OSAKA).
 */
function capitalsName(cell: Cell): boolean {
  if (!CAPITALS.test(cell.text)) return false;
  const words = cell.text.split(" ").filter((word) => !PARTICLE.test(word));
  if (words.length < 2 || words.length > 4) return false;
  if (words.some((word) => CAPITALS_NOT_A_NAME.test(word) || [ORGANISATION_WORD, FIRM_OR_THING_WORD, TITLE_WORD].some((kind) => kind.test(titleCase(word))))) return false;
  return words.some(listedName) && words.every((word) => listedName(word) || !isEnglishWord(titleCase(word))) && !words.every((word) => isPlaceName(titleCase(word)));
}

const personColumns = (headings: readonly Cell[]): boolean[] | undefined => {
  const columns = headings.map((heading) => PERSON_COLUMN.test(heading.text));
  return columns.some(Boolean) ? columns : undefined;
};

/** Names in capitals in a column of people: the cells of other kinds (a room, a passport number) stay. */
function capitalsNamesInColumns(shadow: string): Span[] {
  return tablesOf(shadow, personColumns).flatMap(({ read: columns, rows }) =>
    rows.flatMap((cells) => cells.filter((cell, column) => columns[column] && capitalsName(cell)).map(({ start, end }) => ({ start, end }))),
  );
}

/** A heading's word of a column of people, and two capitals words: most texts have neither. */
const HEADING_CUE = /[Nn]ame|NAME|Guest|GUEST|Travel|Passenger|Pax|PAX|Occupant|Member|Participant|Attendee|Delegate|氏名|名前|ローマ字/;
const TWO_CAPITALS = /[A-Z]{2} [A-Z]{2}/;

export const capitalsNameColumn: PiiDetector = gated(
  (shadow) => (shadow.includes("|") || shadow.includes(",")) && TWO_CAPITALS.test(shadow) && HEADING_CUE.test(shadow),
  { type: "PERSON", find: capitalsNamesInColumns },
);
