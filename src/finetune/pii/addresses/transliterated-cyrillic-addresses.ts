import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Ukrainian or Russian address written in Latin letters, as a courier's or a crew's form writes it: the street's word
 * (vul., vulytsia, ulitsa, prosp., prospekt, prov., provulok, bulv., nab., shosse), its name and the house, then
 * the flat (kv. 17) and the city with its postcode and country where they follow (vul. Kanatna 84, kv. 17, Odesa 65039,
 * Ukraine; prosp. Mira 12, kv. 34, Moskva 129090; a city of two words: ul. Bolshaya Pokrovskaya 17, kv. 43, Nizhny Novgorod
 * 603005, Russia). The street's word and a number after a capitalised name say it. The Polish ul. is
 * central-european-addresses'; ul. here only with a flat's kv. after it, as Polish does not write one.
 */
const STREET_WORD = "(?:[Uu]l\\.(?=[^\\n]{0,40}\\bkv\\.)|[Vv]ul\\.|[Vv]ulytsia|[Vv]ulitsa|[Uu]litsa|[Pp]rosp\\.|[Pp]rospekt|[Pp]rov\\.|[Pp]rovulok|[Bb]ulv\\.|[Bb]ulvar|[Nn]ab\\.|[Nn]aberezhna(?:ya)?|[Ss]hosse)";
const TRANSLITERATED_ADDRESS = new RegExp(
  `(?<![\\p{L}\\d])${STREET_WORD}\\s?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}` +
    `,?\\s(?:(?:d\\.|bud\\.)\\s?)?\\d{1,4}[A-Za-z]?(?:\\/\\d{1,3})?(?:,?\\s(?:korp\\.|k\\.)\\s?\\d{1,3})?(?:,?\\s(?:kv\\.|kvartyra|kvartira|of\\.)\\s?\\d{1,4})?` +
    `(?:,\\s\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?(?:,?\\s\\d{5,6})?(?:,\\s(?:Ukraine|Russia|Russian Federation|Belarus|Moldova|Kazakhstan))?)?(?![\\p{L}\\d])`,
  "dgu",
);

export const TRANSLITERATED_CYRILLIC_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(/(?:[Uu]l|[Vv]ul|[Pp]rosp|[Pp]rov|[Bb]ulv|[Nn]ab)\.|[Vv]ulytsia|[Vv]ulitsa|[Uu]litsa|[Pp]rospekt|[Pp]rovulok|[Bb]ulvar|[Nn]aberezhn|[Ss]hosse/, patternDetector("ADDRESS", TRANSLITERATED_ADDRESS)),
];
