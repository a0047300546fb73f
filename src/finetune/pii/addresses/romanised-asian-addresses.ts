import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Korean road address in Latin letters: the road by its suffix (-ro, -gil, -daero; Dosan-daero 45-gil) and the
 * building's number before or after it, then the district, city or neighbourhood by theirs (-gu, -si, -dong), perhaps the
 * city and the five-digit postcode (Teheran-ro 123, Gangnam-gu, Seoul 06164; 15 Jong-ro 1-gil, Jongno-gu, Seoul).
 */
const KOREAN_ROAD = "[A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)(?:\\s\\d{1,3}(?:beon)?-gil)?";
const BUILDING_NUMBER = "\\d{1,4}(?:-\\d{1,4})?";
const ROMANISED_KOREAN_ADDRESS = new RegExp(
  `\\b(?:${BUILDING_NUMBER},?\\s${KOREAN_ROAD}|${KOREAN_ROAD}\\s${BUILDING_NUMBER})(?:,\\s[A-Z][a-z]+-(?:gu|si|gun|dong|eup|myeon)\\b)+(?:,\\s[A-Z][a-z]+(?:-(?:si|do))?\\b)?(?:,?\\s\\d{5}(?!\\d))?`,
  "dg",
);

/**
 * The same written from the city down, as a form filled in Korean order gives it: the city, district or province first
 * (Seoul, Jongno-gu, …; Bundang-gu, Seongnam-si, Gyeonggi-do, …), then the road and the building's number (Samcheong-ro
 * 22-1) or the neighbourhood and its lot (Jeongja-dong 178-1): a district's suffix before a road's or a
 * neighbourhood's with a number says it.
 */
const KOREAN_DISTRICT = "[A-Z][a-z]+-(?:gu|si|gun|do|eup|myeon)";
const DISTRICTS_FIRST_KOREAN_ADDRESS = new RegExp(
  `\\b(?:[A-Z][a-z]+,\\s)?(?:${KOREAN_DISTRICT},\\s){1,3}(?:${KOREAN_ROAD}|[A-Z][a-z]+-(?:dong|ri|ga))\\s${BUILDING_NUMBER}(?![\\d-])`,
  "dg",
);

/**
 * A Taiwanese address in English, numbered first as its post office writes it: the number, perhaps its lane and alley,
 * the road's section and the road (No. 88, Sec. 2, Zhongxiao E. Rd.; No. 5, Ln. 12, Minsheng Rd.), then the district and
 * city and the postcode (Da'an Dist., Taipei City 106): No. before a road's word, with the section, lane or district,
 * says it is an address, where Item No. 5, Main Road is a list's.
 */
const TAIWANESE_ROMAN_ADDRESS =
  /\b(?:\d{1,2}F\.?,\s)?No\.\s?\d{1,4}(?:-\d{1,3})?,\s(?:(?:Aly\.|Alley|Ln\.|Lane)\s\d{1,4},\s)*(?:(?:Sec\.|Section)\s\d,\s)?(?:[A-Z][A-Za-z'’]*\.?\s){1,3}(?:Rd\.|Road|St\.|Street|Blvd\.|Boulevard|Ave\.|Avenue)(?:,\s[A-Z][A-Za-z'’]*(?:\s[A-Z][A-Za-z'’]*)?\s(?:Dist\.|District|City|County|Township)(?:\s\d{3,6}(?!\d))?)*(?:,\s(?:Taipei|Taichung|Tainan|Kaohsiung|Taoyuan|Hsinchu|Keelung|Chiayi)\s\d{3,6}(?!\d))?/dg;

/**
 * The same written backwards, from the city down as a Chinese address runs (Tainan, 70142, East Dist., Linsen Rd. Sec. 1,
 * No. 201; Taipei City 106, Da'an Dist., Ln. 12, Minsheng Rd., No. 5, 3F): a city's name, its postcode and a district
 * before the road and its No.
 */
const TAIWANESE_CITY_FIRST_ADDRESS =
  /\b(?:Taipei|New Taipei|Taichung|Tainan|Kaohsiung|Taoyuan|Hsinchu|Keelung|Chiayi)(?:\sCity)?,?\s\d{3,6},\s(?:[A-Z][A-Za-z'’]*\.?\s){1,2}(?:Dist\.|District),\s(?:[A-Z][A-Za-z'’]*\.?\s){1,3}(?:Rd\.|Road|St\.|Street|Blvd\.|Boulevard|Ave\.|Avenue)(?:,?\s(?:Sec\.|Section)\s\d)?(?:,\s(?:Ln\.|Lane|Aly\.|Alley)\s\d{1,4})*,\sNo\.\s?\d{1,4}(?:-\d{1,3})?(?:,\s\d{1,2}F\b\.?)?/dg;

/**
 * A Nepali address by its ward (Ward No. 7, Pokhara-14, Kaski, Gandaki Province, Nepal; Kathmandu-10, Baneshwor, Bagmati
 * Province): the ward's number, or a municipality joined to its ward's (Pokhara-14), then the district and province.
 * A hospital's ward (Ward No. 5, Surgical) has no municipality's ward, province or country after it.
 */
const NEPALI_WARD_ADDRESS =
  /\b(?:Ward No\.?\s?\d{1,2},\s)?(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+(?:-\d{1,2})?(?:,\s(?:Ward No\.?\s?\d{1,2}|[A-Z][a-z]+(?:\s(?:District|Province|Pradesh))?))*,\s?(?:[A-Z][a-z]+\s(?:Province|Pradesh)|Province No\.?\s?\d|Nepal)\b(?:,\s?Nepal\b)?/dg;
const NEPALI_WARD = /Ward No|[A-Z][a-z]+-\d{1,2}\b/;

const TAIWANESE_PART = /Sec\.|Section|Ln\.|Lane|Aly\.|Alley|Dist\.|District|City|County|Township/;

export const ROMANISED_ASIAN_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(/-(?:ro|gil|daero)\b/, patternDetector("ADDRESS", ROMANISED_KOREAN_ADDRESS)),
  gated(/-(?:gu|si|gun|do|eup|myeon), [A-Z]/, patternDetector("ADDRESS", DISTRICTS_FIRST_KOREAN_ADDRESS)),
  gated(/No\.\s?\d/, patternDetector("ADDRESS", TAIWANESE_ROMAN_ADDRESS, (match) => TAIWANESE_PART.test(match[0]))),
  gated(/ Dist(?:\.|rict),/, patternDetector("ADDRESS", TAIWANESE_CITY_FIRST_ADDRESS)),
  gated(/Province|Pradesh|Nepal/, patternDetector("ADDRESS", NEPALI_WARD_ADDRESS, (match) => NEPALI_WARD.test(match[0]))),
];
