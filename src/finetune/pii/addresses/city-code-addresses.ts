import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";

/**
 * Addresses in Latin letters that end with their town and its postal number, as India and the Philippines write them:
 * the parts before (a tower, a floor, a house and its road, a barangay), each after a comma or on a line of its own,
 * then the city and its PIN or ZIP (Tower B, 7th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103; 128 M.J.
 * Cuenco Ave, Barangay Tinago, Cebu City 6000). The ending alone (shipped to Bengaluru 560001) names no one's door: the
 * parts before it are read back from it while each holds a digit or an address's word, so that a name or a greeting
 * before the address is left (Raj Kumar, 12 MG Road, …).
 */

/**
 * One part of the address: words opening with a capital, a digit or # (Tower B, 7th Floor, 128 M.J. Cuenco Ave, #12),
 * their letters perhaps accented (Brgy. Muñoz), or a street corner written with cor. or corner (EDSA cor. Shaw Blvd.).
 */
const PART = String.raw`(?:#\s?)?[\p{Lu}0-9][\p{L}\d_.'&/-]*(?:[ \t]+(?:[\p{Lu}0-9#][\p{L}\d_.'&/-]*|of|and|de|del|la|ng|sa|cor\.|corner)){0,6}`;
/** Between parts: a comma, or a line break where the address is written a part a line. */
const SEPARATOR = String.raw`(?:,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)`;
/** An ending starts a part: it is read back from only where a separator is right before it. */
const AFTER_SEPARATOR = String.raw`(?<=[,\n][ \t]*)`;
/** How far before its ending an address's parts are read. */
const REACH = 200;
const PARTS_BEFORE = new RegExp(`(?:${PART}${SEPARATOR}){1,7}$`, "u");
const ONE_PART = new RegExp(`${PART}${SEPARATOR}`, "yu");

/** The parts read back from an ending at `end` of `shadow`, from the first that holds a digit or one of `words`. */
function partsStart(shadow: string, end: number, words: RegExp): number {
  const from = Math.max(0, end - REACH);
  const run = PARTS_BEFORE.exec(shadow.slice(from, end));
  if (run === null) return end;
  let at = from + run.index;
  while (at < end) {
    ONE_PART.lastIndex = at;
    const part = ONE_PART.exec(shadow);
    if (part === null) return end;
    if (/\d/.test(part[0]) || words.test(part[0])) return at;
    at += part[0].length;
  }
  return end;
}

/**
 * A detector of an ending (`ending`, global with indices) and the parts before it that `words` or a digit says are an
 * address's, where the whole holds what `needs` asks (a barangay, a street's number and word).
 */
function cityCodeAddress(ending: RegExp, words: RegExp, needs: RegExp = /(?:)/): PiiDetector {
  return {
    type: "ADDRESS",
    find(shadow) {
      const spans: Span[] = [];
      for (const match of matchesOf(ending, shadow)) {
        const start = partsStart(shadow, match.index, words);
        if (start < match.index && needs.test(shadow.slice(start, match.index + match[0].length))) spans.push({ start, end: match.index + match[0].length });
      }
      return spans;
    },
  };
}

const INDIAN_CITIES =
  "Bengaluru|Bangalore|Mumbai|Bombay|Navi Mumbai|Thane|New Delhi|Delhi|Chennai|Madras|Hyderabad|Secunderabad|Pune|Kolkata|Calcutta|Ahmedabad|Kochi|Cochin|Gurugram|Gurgaon|Noida|Ghaziabad|Faridabad|Jaipur|Mysuru|Mysore|Mangaluru|Mangalore|Coimbatore|Madurai|Thiruvananthapuram|Trivandrum|Visakhapatnam|Vijayawada|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Surat|Vadodara|Chandigarh|Bhubaneswar|Patna|Panaji|Goa";
/** A state after the city (Bengaluru, Karnataka 560103). */
const INDIAN_STATES =
  "Karnataka|Maharashtra|Tamil Nadu|Kerala|Telangana|Andhra Pradesh|Gujarat|West Bengal|Uttar Pradesh|Haryana|Rajasthan|Madhya Pradesh|Punjab|Odisha|Bihar|Goa|Delhi";
/** The city, perhaps its state, and the six-digit PIN (Bengaluru 560025, Bangalore - 560 038, Pune, Maharashtra 411001). */
const INDIAN_ENDING = new RegExp(`${AFTER_SEPARATOR}(?:${INDIAN_CITIES})(?:,\\s(?:${INDIAN_STATES}))?\\s?[-–]?\\s?[1-9]\\d{2}\\s?\\d{3}(?![\\d-])`, "dg");
/** What an Indian address's parts are named by: its building, floor, road, cross, main, layout, area. */
const INDIAN_WORDS =
  /\b(?:Tower|Towers|Block|Wing|Floor|Flat|Plot|Door|House|Villa|Building|Bldg|Apartments?|Complex|Park|Road|Rd|Cross|Main|Layout|Nagar|Street|St|Marg|Colony|Sector|Phase|Stage|Lane|Enclave|Vihar|Puram|Extension|Residency|Bhavan|Bhawan|Chowk|Bagh|Ganj|Peth)\b/;

/**
 * The city or municipality, perhaps its province or Metro Manila, and the four-digit ZIP code (Cebu City 6000, Makati
 * City, Metro Manila 1226, Santa Rosa, Laguna 4026), its letters perhaps Spanish (Las Piñas City 1740, Parañaque).
 */
const PHILIPPINE_ENDING = new RegExp(String.raw`${AFTER_SEPARATOR}\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?: City)?(?:, (?:Metro Manila|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?))?,? [1-9]\d{3}(?![\d-])`, "dgu");
/** A barangay or a purok names a Philippine address's part; a street's word with a house's number does too. */
const PHILIPPINE_WORDS = /\b(?:Barangay|Brgy|Bgy|Purok|Sitio|Subdivision|Subd|Village|Compound|Street|St|Avenue|Ave|Road|Rd|Highway|Hwy|Drive|Dr|Extension|Ext|Unit|Blk|Block|Lot|Phase|Tower|Building|Bldg|Floor)\b/;
/** An address ending in a Philippine ZIP is told from a year (Quezon City 2024) by a barangay or a purok before it, or by City. */
const PHILIPPINE_CUE = /\b(?:Barangay|Brgy\.?|Bgy\.?|Purok) [A-Z0-9]|\bCity,? (?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,? )?[1-9]\d{3}(?![\d-])/;


/**
 * What names a part of an address in most countries that write in Latin letters: its house, floor, road or area, or
 * the department, the faculty or the institute a letter is sent to (Central Department of Food Technology, Kirtipur,
 * Kathmandu 44618, Nepal).
 */
const ADDRESS_WORDS =
  /\b(?:House|Flat|Apt|Apartment|Unit|Suite|Floor|Tower|Block|Building|Bldg|Plot|Sector|Phase|Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Highway|Hwy|Way|Place|Terrace|Crescent|Close|Court|Village|Colony|Estate|Park|Area|District|Ward|Barangay|Jalan|Soi|Moo|Department|Dept|Faculty|Institute)\b/;
/**
 * Countries named after an address's postal code: after a town and four to six digits the country says the digits are
 * a postcode (House 12, Road 5, Dhanmondi, Dhaka 1205, Bangladesh), whatever the country writes before them.
 */
const COUNTRIES =
  "Bangladesh|Pakistan|Sri Lanka|Nepal|India|Philippines|Indonesia|Malaysia|Singapore|Thailand|Vietnam|Viet Nam|Cambodia|Myanmar|Mongolia|Taiwan|Korea|South Korea|Japan|China|Australia|New Zealand|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Nigeria|Kenya|South Africa|Egypt|Turkey|Türkiye|Israel|Saudi Arabia|Germany|France|Italy|Spain|Portugal|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Czechia|Czech Republic|Hungary|Greece|Romania|Ireland|Russia|Ukraine";
const COUNTRY_ENDING = new RegExp(`${AFTER_SEPARATOR}[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?: ?[-–] ?| )\\d{4,6}(?![\\d-])(?=,? (?:${COUNTRIES})\\b)`, "dg");
/**
 * A street address, its number before the street's words and type (12 Queen Street), then its town and a code of four
 * or five digits, perhaps after a state's letters (Auckland 1010; Fitzroy VIC 3065 where no postal rule took it): the
 * street before says the digits are a postcode and not a year or a count.
 */
const TOWN_CODE_ENDING = new RegExp(`${AFTER_SEPARATOR}[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?: [A-Z]{2,3})? \\d{4,5}(?![\\d-])`, "dg");
const NUMBERED_STREET =
  /\b\d{1,5}[A-Z]?(?:\s+[A-Z][\w.'-]*){1,3}\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl|Terrace|Crescent|Cres|Court|Ct|Parade|Highway|Hwy|Close|Grove|Quay)\b\.?,/;

export const CITY_CODE_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(new RegExp(`(?:${INDIAN_CITIES})(?:,\\s\\p{L}+(?: \\p{L}+)?)?\\s?[-–]?\\s?[1-9]\\d{2}\\s?\\d{3}\\b`, "u"), cityCodeAddress(INDIAN_ENDING, INDIAN_WORDS)),
  gated(PHILIPPINE_CUE, cityCodeAddress(PHILIPPINE_ENDING, PHILIPPINE_WORDS, PHILIPPINE_CUE)),
  gated(new RegExp(`\\d{4,6},? (?:${COUNTRIES})\\b`), cityCodeAddress(COUNTRY_ENDING, ADDRESS_WORDS, ADDRESS_WORDS)),
  gated(/(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl|Terrace|Crescent|Cres|Court|Ct|Parade|Highway|Hwy|Close|Grove|Quay)\.?, [A-Z]/, cityCodeAddress(TOWN_CODE_ENDING, ADDRESS_WORDS, NUMBERED_STREET)),
];
