import { CENTRAL_EUROPEAN_ADDRESS_DETECTORS } from "./central-european-addresses.js";
import { MILITARY_MAIL_ADDRESS_DETECTORS } from "./military-mail-addresses.js";
import { ROMANISED_ASIAN_ADDRESS_DETECTORS } from "./romanised-asian-addresses.js";
import { TRANSLITERATED_CYRILLIC_ADDRESS_DETECTORS } from "./transliterated-cyrillic-addresses.js";
import { gated, patternDetector, type PiiDetector, type Span } from "../detector.js";
import { honorificAlternation, ROMAJI_HONORIFICS } from "../lexicon/honorifics.js";

/**
 * Address forms of the countries whose streets are named before their number, or whose order the Japanese and English
 * patterns do not read: a Portuguese, Spanish or Malay street word first (Rua Galvão Bueno, 412, apto 73, …), Korean
 * road and lot addresses in Hangul, Russian and Ukrainian ones in Cyrillic, a Japanese address in romaji written town-first (Toyota-shi, Kitamachi 2-14-5), and a unit in a named tower.
 */

/** A capitalised word of a place or a street's name, in any Latin script (São, Galvão, Ñuñoa). */
const PLACE_WORD = "\\p{Lu}[\\p{L}'’-]*";
/** The small words inside a street's or a town's name (Rua da Consolação, Calle de la Paz, Avenida dos Andradas). */
const LINK_WORD = "(?:de|da|do|dos|das|del|de la|la|las|los|y|e)";
/** Rua, Avenida, Calle, Jalan …: the word that starts a street's name in Portuguese, Spanish, Malay or Indonesian. */
const STREET_WORD = "(?:Rua|R\\.|Avenida|Av\\.|Avda\\.|Alameda|Travessa|Praça|Largo|Estrada|Rodovia|Calle|Carrera|Calzada|Paseo|Jalan|Jl\\.|Lorong|Persiaran)";
/**
 * The flat, the room or the house after the number (apto 73, sala 1204, piso 3, dpto. B, bloco 2, 3º B), after a comma
 * or a space, or after a dash as Brazil often writes it (812 - apto 43).
 */
const FLAT = "(?:(?:,?\\s*|\\s[-–]\\s)(?:(?:apto|apt|ap|sala|conj|cj|bloco|bl|casa|piso|dpto|depto|depa|int|andar|lote|no|unit)\\.?\\s*[\\dA-Z][\\w-]{0,5}|\\d{1,2}[º°ª](?:\\s?[A-Z]\\b|\\s?(?:izq|izda|dcha|der)\\.?)?)){0,2}";
/**
 * The street word, the name, the number (412, nº 412, # 71-21), the flat; then, where a postcode ends them, the
 * neighbourhood, the city and the state (Liberdade, São Paulo - SP, 01506-000; 28013 Madrid; 50450 Kuala Lumpur;
 * Argentina's C1005AAC Buenos Aires).
 */
const STREET_WORD_FIRST = new RegExp(
  `\\b${STREET_WORD}\\s+(?:${LINK_WORD}\\s+)*${PLACE_WORD}(?:\\s+(?:${LINK_WORD}|${PLACE_WORD})){0,4},?\\s+(?:n[º°o]\\.?\\s*|#\\s*)?\\d{1,5}(?:-\\d{1,4})?[A-Za-z]?\\b${FLAT}` +
    `(?:(?:,\\s*${PLACE_WORD}(?:\\s+(?:${LINK_WORD}|${PLACE_WORD})){0,3}){0,3}(?:\\s*[-–/]\\s*[A-Z]{2})?,?\\s*(?:CEP:?\\s*)?(?:\\d{5}-\\d{3}|\\d{5}|[A-Z]\\d{4}[A-Z]{3})(?![\\dA-Z-])(?:\\s+${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2})?)?`,
  "dgu",
);

/**
 * A Korean address: the province or city (서울특별시, 경기도), the district (마포구, 성남시 분당구), then a road and its
 * building number (월드컵북로 21길 17) or a neighbourhood and its lot (역삼동 123-45); the flat (302호, 101동 1203호) or the
 * floor (, 12층; 12층 1203호; a building's name before it: , 강남파이낸스센터 23층) and the postcode in brackets after it; the
 * city perhaps named short, without its 특별시 or 광역시 (서울 강남구 테헤란로 152).
 */
const KOREAN_ADDRESS =
  /(?:(?:[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도|시)|서울|부산|대구|인천|광주|대전|울산|세종)\s)?[가-힣]{1,6}(?:시|군|구)(?:\s[가-힣]{1,6}(?:구|읍|면))?\s(?:[가-힣0-9]{1,12}(?:로|길)(?:\s?\d{1,4}(?:번?길|가))?\s?\d{1,5}(?:-\d{1,4})?|[가-힣0-9]{1,8}(?:동|리|가)\s?\d{1,5}(?:-\d{1,4})?(?:번지)?)(?![\d가-힣])(?:,?\s?(?:[가-힣A-Za-z0-9]{1,12}\s)?(?:\d{1,4}동\s?)?(?:\d{1,3}층\s?)?\d{1,5}호|,?\s?(?:[가-힣A-Za-z0-9]{1,12}\s?)?\d{1,3}층)?(?:\s?\(\d{5}\))?/dgu;

/**
 * A Russian or Ukrainian address: the street's word (ул., проспект, вул.), its name, the house (д. 7, 12/3, корп. 2) and
 * the flat (кв. 12, or after the house and a hyphen: 45-12), then the city and its postcode (Russia's six digits,
 * Ukraine's five) where they follow.
 */
const CYRILLIC_ADDRESS =
  /(?<![\p{L}])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.|набережная|б-р|бульвар|пл\.|площадь|вул\.|вулиця)\s?\p{Lu}[\p{L}-]*(?:\s\p{L}[\p{L}-]*){0,2},?\s(?:д\.|дом|буд\.)?\s?\d{1,4}[а-яА-Я]?(?:\/\d{1,3}|-\d{1,4}(?![\d-]))?(?:,?\s(?:корп\.|к\.|стр\.)\s?\d{1,3})?(?:,?\s(?:кв\.|квартира|оф\.)\s?\d{1,4})?(?:,\s\p{Lu}[\p{L}-]+(?:,?\s\d{5,6})?)?(?!\d)/dgu;

/** Japan's prefectures in romaji, by name: a word that says the words before it are a Japanese address. */
export const JAPAN_PREFECTURES_ROMAJI =
  "Hokkaido|Aomori|Iwate|Miyagi|Akita|Yamagata|Fukushima|Ibaraki|Tochigi|Gunma|Saitama|Chiba|Tokyo|Kanagawa|Niigata|Toyama|Ishikawa|Fukui|Yamanashi|Nagano|Gifu|Shizuoka|Aichi|Mie|Shiga|Kyoto|Osaka|Hyogo|Nara|Wakayama|Tottori|Shimane|Okayama|Hiroshima|Yamaguchi|Tokushima|Kagawa|Ehime|Kochi|Fukuoka|Saga|Nagasaki|Kumamoto|Oita|Miyazaki|Kagoshima|Okinawa";

/**
 * A Japanese address in romaji written from the city down, or from the town up: the city or ward (Toyota-shi,
 * Minato-ku), the town and its block (Kitamachi 2-14-5, Shibaura 1-chome 14-3), or the town and block first and the
 * city after (Kitamachi 2-14-5, Toyota-shi), perhaps its prefecture before it (Ibaraki-ken Mito-shi …, Tokyo, Shibuya-ku,
 * …); then a building and its room, the prefecture and the postcode. The
 * block-first order (1-14-3 Shibaura, Minato-ku) is address-detectors' own.
 */
/**
 * A word read as romaji: consonant–vowel syllables, perhaps with a closing n (Kitamachi, Shibaura, Ginza), its first a
 * vowel alone where it opens with one (Aka, Ebisu, Ueno).
 */
export const ROMAJI_WORD = "(?:[AIUEO]|(?:[A-Z]|[A-Z]?(?:[kgsztdnhbpmyrwfj]|ch|sh|ts)?y?)[aiueo])(?:n(?![aiueoy]))?(?:(?:[kgsztdnhbpmyrwfj]|ch|sh|ts)?y?[aiueo](?:n(?![aiueoy]))?)*";
/**
 * What ends a municipality's name in romaji: a city, a ward, a county, a town or a village, which Okinawa and Kyushu
 * read -son (Zamami-son, Yomitan-son).
 */
const ROMAJI_MUNICIPALITY = "(?:shi|ku|gun|cho|machi|mura|son)";
const ROMAJI_CITY = `[A-Z][a-z]+-${ROMAJI_MUNICIPALITY}\\b`;
/** A Japanese honorific in romaji after a word (Tanaka-san, Mori-sensei): the word is a person's, not a town's. */
const ROMAJI_HONORIFIC = `${honorificAlternation(...ROMAJI_HONORIFICS)}\\b`;
/**
 * The town, read as romaji (consonant–vowel syllables), so that Model 4-6-12, Minato-ku stays; in Sapporo after its
 * numbered 条 (Kita 3-jo Nishi 4-chome 1-1). Not a word with an honorific after it (3-5 Tanaka-san came).
 */
export const ROMAJI_TOWN = `(?=[A-Z])(?:${ROMAJI_WORD}\\s\\d{1,2}-jo\\s)?${ROMAJI_WORD}(?:-(?!${ROMAJI_HONORIFIC})${ROMAJI_WORD})?(?!-${ROMAJI_HONORIFIC})`;
// Three numbers may carry the room as a fourth (2-3-4-1203), as a form's single line writes it.
const ROMAJI_BLOCK = "(?:\\d{1,2}-chome(?:[ ,-]\\s?\\d{1,4}(?:-\\d{1,4}){0,2})?|\\d{1,4}-\\d{1,4}(?:-\\d{1,4}(?:-\\d{1,4})?)?)(?![\\d-])";
/**
 * The flat written last, after the town, the city and the prefecture, as a listing or a form in English puts it (…,
 * Minato-ku, Tokyo, Apt 501; …, Toyota-shi, Aichi, Flat 2B; or the room alone after #: …, Kawasaki 211-0063, #502):
 * the address's last line.
 */
const ROMAJI_FLAT_WORD = "(?:Apt|Apartment|Flat|Room|Rm|Unit|Suite)";
export const ROMAJI_FLAT_AFTER = String.raw`(?:,\s+(?:${ROMAJI_FLAT_WORD}\.?\s?#?|#)\d{1,5}[A-Z]?(?![\w-]))?`;
/** The prefecture after the city (…, Minato-ku, Tokyo), not the flat's word that may stand there instead (…, Shibuya-ku, Apt. 702). */
export const ROMAJI_PREFECTURE = String.raw`(?!${ROMAJI_FLAT_WORD}\b)[A-Z][a-z]+(?:-(?:ken|to|fu))?`;
export const ROMAJI_TAIL = `(?:,\\s+(?:[A-Z][A-Za-z]+\\s){0,3}[A-Z][A-Za-z]+\\s(?:#?\\d{1,4}[A-Z]?|#?\\d{1,2}-\\d{2,4})(?=[,\\s。、;)）]|\\.(?!\\d)|$))?(?:,\\s+${ROMAJI_CITY})*(?:,\\s+${ROMAJI_PREFECTURE}\\b)?(?:,?\\s+\\d{3}-\\d{4}(?!\\d))?${ROMAJI_FLAT_AFTER}`;
/**
 * The town after its city with no comma between, as a form filled in Japanese order writes it (Mito-shi Senba-cho
 * 1455-8, Sapporo-shi Chuo-ku Kita 3-jo Nishi 4-chome 1-1; the old village's name before the town: Kyoto-shi Sakyo-ku
 * Ichijoji Kitano-cho 12-3): only a town named a town (-cho, -machi, -mura) or a block of
 * a chome or three numbers, which say the words are an address, where Osaka-shi Matsuri 7-17 is a festival's dates.
 */
const TOWN_AFTER_CITY = `\\s+(?:(?:(?=[A-Z])${ROMAJI_WORD}\\s)?(?=[A-Z])${ROMAJI_WORD}-(?:cho|machi|mura)\\s${ROMAJI_BLOCK}|${ROMAJI_TOWN}\\s(?:\\d{1,2}-chome(?:[ ,-]\\s?\\d{1,4}(?:-\\d{1,4}){0,2})?|[1-9]\\d?-\\d{1,4}-\\d{1,3}(?:-\\d{1,4})?)(?![\\d-]))`;
/**
 * The ward first and its city after it without -shi, then the block and the town in English order (Nishi-ku, Yokohama,
 * 2-3-4 Minatomirai; Chuo-ku, Osaka, 1-2 Honmachi): the ward's suffix and the numbers before a romaji town say it. Where
 * a person and an honorific follow the block (Minato-ku, Tokyo, 3-5 Tanaka-san came), the address ends at the block.
 */
const CITY_AFTER_WARD = `(?:,\\s+(?=[A-Z])${ROMAJI_WORD}(?![A-Za-z-]))?`;
const BLOCK_THEN_TOWN = `[1-9]\\d{0,3}-\\d{1,4}(?:-\\d{1,4}){0,2}(?![\\d-])(?:\\s+${ROMAJI_TOWN}(?![A-Za-z])|(?=\\s+[A-Z][a-z]+-${ROMAJI_HONORIFIC}))`;
const ROMAJI_TOWN_FIRST = new RegExp(
  `\\b(?:(?:(?:${JAPAN_PREFECTURES_ROMAJI})(?:-(?:to|fu|ken))?,?\\s+)?${ROMAJI_CITY}(?:,?\\s+${ROMAJI_CITY})?(?:${CITY_AFTER_WARD},\\s+(?:${ROMAJI_TOWN}\\s${ROMAJI_BLOCK}|${BLOCK_THEN_TOWN})|${TOWN_AFTER_CITY})|${ROMAJI_TOWN}\\s${ROMAJI_BLOCK},\\s+${ROMAJI_CITY})${ROMAJI_TAIL}`,
  "dg",
);

/**
 * A block of three numbers (chome, ban, go), a town and a city all in romaji with no -shi or -ku to say so (2-1-1
 * Akebonocho, Tachikawa; 4-12-8 Nishi-Kamata, Ota; the town first: Akebonocho 2-1-1, Tachikawa; its flat before it and
 * its ward in English: Apt. 5, 1-4-7 Sendagi, Bunkyo City): the three numbers and
 * two words read as romaji together are one plot's address. The first number is a chome's (one or two digits, no 0
 * before it), so that a date (2024-11-05) and a phone number (03-1234-567) are none.
 */
const THREE_NUMBER_BLOCK = "[1-9]\\d?-\\d{1,4}-\\d{1,3}(?![\\d-])";
/**
 * The flat written first, as an English letter heads the address with it (Apt. 702, 2-3-15 …; Room 5B, …), and the
 * ward or city named in English after its name (Bunkyo City, Kita Ward), as Tokyo's wards style themselves abroad.
 */
const ROMAJI_FLAT_BEFORE = String.raw`(?:\b${ROMAJI_FLAT_WORD}\.?\s?#?\d{1,5}[A-Z]?,\s+)?`;
const ENGLISH_MUNICIPALITY = String.raw`\s(?:City|Ward|Town|Village)\b`;
const ROMAJI_BLOCK_TOWN_CITY = new RegExp(
  `${ROMAJI_FLAT_BEFORE}\\b(?:${THREE_NUMBER_BLOCK}\\s+${ROMAJI_TOWN}|${ROMAJI_TOWN}\\s${THREE_NUMBER_BLOCK}),\\s+(?=[A-Z])${ROMAJI_WORD}(?:-${ROMAJI_MUNICIPALITY}|${ENGLISH_MUNICIPALITY})?(?![A-Za-z])${ROMAJI_TAIL}`,
  "dg",
);

/**
 * A block of two numbers (ban and go), a town and a city in romaji with no -shi to say so, then a prefecture by its
 * name (1-12 Kitakoken, Inuyama, Aichi; 3-8 Motomachi, Hakodate, Hokkaido 040-0054): the prefecture says the two
 * numbers are a plot's, where 1-12 alone may be a range or a score.
 */
const ROMAJI_TWO_NUMBER_ADDRESS = new RegExp(
  `\\b[1-9]\\d{0,3}-\\d{1,4}(?![\\d-])\\s+${ROMAJI_TOWN},\\s+(?=[A-Z])${ROMAJI_WORD}(?:-${ROMAJI_MUNICIPALITY})?,\\s+(?:${JAPAN_PREFECTURES_ROMAJI})(?:-(?:ken|fu|to))?\\b(?:,?\\s+\\d{3}-\\d{4}(?!\\d))?`,
  "dg",
);

/**
 * An office or a flat in a named tower with no street number, as the Gulf writes it: the unit, the building, then the
 * district and the city (Office 1402, Al Habtoor Tower, Dubai Marina, Dubai; Flat 803, Marina Heights Building, JLT).
 * The unit and the building's word together say it is one place's address.
 */
const TOWER_UNIT_ADDRESS =
  /\b(?:Office|Suite|Flat|Apartment|Apt\.?|Unit|Villa)\s?#?\d{1,5}[A-Z]?,\s+(?:[A-Z][A-Za-z'’-]*\s){1,4}(?:Towers?|Building|Bldg\.?|Centre|Center|Plaza|Complex|Residences?|Heights)\b(?:\s\d{1,2}[A-Z]?)?(?:,\s+[A-Z][A-Za-z'’-]*(?:\s[A-Z][A-Za-z'’-]*){0,2}){0,3}/dg;

/**
 * A Thai address in Latin letters: its subdistrict and district by their Thai words (Khwaeng, Khet, Tambon, Amphoe,
 * Mueang, or Sub-district), the province, then the five-digit postcode that says it is one (Khet Watthana, Bangkok
 * 10110; Tambon Nong Prue, Amphoe Bang Lamung, Chonburi 20150); the house, its village (Moo), lane (Soi) and road
 * before them where they are written in the same list (99 Moo 3, …; 123 Sukhumvit Soi 11, …). Read before the street
 * patterns, which would take the house and its lane alone.
 */
const THAI_AREA_WORD = "(?:Khwaeng|Khet|Tambon|Tumbon|Amphoe|Amphur|Mueang|Muang)";
const THAI_AREA = `(?:${THAI_AREA_WORD}\\s${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}|${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}\\s(?:Sub-?[Dd]istrict|District))`;
const THAI_ADDRESS = new RegExp(
  `(?:\\b\\d{1,4}(?:\\/\\d{1,4})?(?:,?\\s+(?:Moo|Soi|Thanon|Th\\.|${PLACE_WORD})(?:\\s(?:${PLACE_WORD}|\\d{1,4}))*){1,3},\\s+)?` +
    `(?=(?:${THAI_AREA},\\s+)*(?:${THAI_AREA_WORD}|${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}\\sSub-?[Dd]istrict))(?:${THAI_AREA},\\s+){1,3}(?:${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2},?\\s+)?[1-9]\\d{4}(?![\\d-])`,
  "dgu",
);
export const THAI_ADDRESS_DETECTOR: PiiDetector = gated(/Khwaeng|Khet|Tambon|Tumbon|Amphoe|Amphur|Mueang|Muang|Sub-?[Dd]istrict/, patternDetector("ADDRESS", THAI_ADDRESS));

/**
 * An address whose postcode a detector before it took (Aichi [POSTAL_CODE]): cut before the postcode, so that the
 * street and the town are masked and the postcode stays the postal code's. An address a finding starts inside of is
 * dropped, as any overlapping finding is.
 */
function untilFound(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find(shadow, found) {
      return detector.find(shadow, found).flatMap((span): Span[] => {
        const inside = (found?.overlapping(span) ?? []).filter((other) => other.start > span.start && other.start < span.end && other.end >= span.end);
        if (inside.length === 0) return [span];
        let end = Math.min(...inside.map((other) => other.start));
        while (end > span.start && /[\s,，、(（-]/.test(shadow[end - 1]!)) end--;
        return [{ start: span.start, end }];
      });
    },
  };
}

export const WORLD_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  // Before the Polish ul.: a Russian one with its flat's kv. is taken whole, to its city and country.
  ...TRANSLITERATED_CYRILLIC_ADDRESS_DETECTORS,
  ...CENTRAL_EUROPEAN_ADDRESS_DETECTORS,
  ...ROMANISED_ASIAN_ADDRESS_DETECTORS,
  gated(/(?:Rua|R\.|Avenida|Av\.|Avda\.|Alameda|Travessa|Praça|Largo|Estrada|Rodovia|Calle|Carrera|Calzada|Paseo|Jalan|Jl\.|Lorong|Persiaran) \S/u, untilFound(patternDetector("ADDRESS", STREET_WORD_FIRST))),
  gated(/(?:ул|пр|пер|ш|наб|б-р|пл|вул)[\p{L}.-]*\s?\p{Lu}/u, untilFound(patternDetector("ADDRESS", CYRILLIC_ADDRESS))),
  gated(/[가-힣](?:로|길|동|리|가) ?\d/u, untilFound(patternDetector("ADDRESS", KOREAN_ADDRESS))),
  gated(/-(?:shi|ku|gun|cho|machi|mura|son)\b/, untilFound(patternDetector("ADDRESS", ROMAJI_TOWN_FIRST))),
  gated(/\d-\d{1,4}-\d{1,3}(?:\s+[A-Z][A-Za-z-]+)?, [A-Z]/, patternDetector("ADDRESS", ROMAJI_BLOCK_TOWN_CITY)),
  gated(/\d-\d{1,4}\s+[A-Z][a-z]+, [A-Z][a-z]+, [A-Z]/, untilFound(patternDetector("ADDRESS", ROMAJI_TWO_NUMBER_ADDRESS))),
  gated(/(?:Office|Suite|Flat|Apartment|Apt|Unit|Villa)\s?#?\d/, untilFound(patternDetector("ADDRESS", TOWER_UNIT_ADDRESS))),
  ...MILITARY_MAIL_ADDRESS_DETECTORS,
];
