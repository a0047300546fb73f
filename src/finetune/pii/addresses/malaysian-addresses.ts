import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * The house's number with no word before it (23A, Lorong …; B-12-3, Jalan …): not a year (In 2024, Jalan Ampang was
 * closed), nor a number after a capitalised word or a count's word, which is that word's (Chapter 3, Jalan Sejarah;
 * page 3, Jalan …).
 */
const BARE_HOUSE = String.raw`(?<!\b(?:\p{Lu}\p{Ll}*\.?|page|chapter|section|part|step|item|version|day|week|table|figure|level|lesson|bab|halaman|hari)\s)\b(?!(?:19|20)\d\d\b)(?:[A-Z]-?)?\d{1,4}[A-Z]?(?:-\d{1,3}){0,2}[A-Z]?`;
const HOUSE = String.raw`(?:\b(?:No\.?|Lot|Unit|Blok|Block)\s?(?:[A-Z]-?)?\d{1,5}[A-Z]?(?:-\d{1,3}){0,2}[A-Z]?|${BARE_HOUSE})`;
const STREET_WORD = String.raw`\b(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Lebuhraya|Lintang|Solok|Changkat|Lengkok)`;
/** A word of a street's or an estate's name: a capitalised word (two joined by a hyphen: Kangar-Alor), a code in capitals (SS, PJU, USJ) or a number (2/24, 3A). */
const NAME_PART = String.raw`(?:[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?|[A-Z]{1,4}|\d{1,3}[A-Z]?(?:\/\d{1,3}[A-Z]?)?)`;
const STREET = `${STREET_WORD}\\s${NAME_PART}(?:\\s${NAME_PART}){0,5}`;
const ESTATE_WORD = String.raw`(?:Taman|Tmn\.?|Bandar|Kampung|Kg\.?|Seksyen|Section|Desa|Pangsapuri|Kondominium|Apartment|Flat|Precinct|Presint)`;
const ESTATE = `${ESTATE_WORD}\\s${NAME_PART}(?:\\s${NAME_PART}){0,4}`;
const STATES =
  "Selangor|Johor|Kedah|Kelantan|Melaka|Malacca|Negeri Sembilan|Pahang|Perak|Perlis|Pulau Pinang|Penang|Sabah|Sarawak|Terengganu|Kuala Lumpur|Putrajaya|Labuan|Wilayah Persekutuan(?: Kuala Lumpur)?";
const POSTCODE_TOWN = String.raw`\d{5}(?!\d)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}`;
/**
 * A Malaysian address: the house (No. 12, Lot 8, 12-3A, B-12-3), the street by its Malay word (Jalan SS 2/24, Jln Mawar
 * 3, Lorong Bunga Raya 5, Persiaran Gurney), the estate or section (Taman Bahagia, Bandar Baru Bangi, Seksyen 7), then
 * the five-digit postcode, its town and the state (47301 Petaling Jaya, Selangor). The house before the street or the
 * postcode after it says it is one home's, where Jalan Ampang alone is a road and Taman Negara a park.
 */
const MALAYSIAN_ADDRESS = new RegExp(
  `(?:(?<house>${HOUSE}),\\s+)?${STREET}(?:,\\s+${ESTATE}){0,2}(?:,\\s+(?<postcode>${POSTCODE_TOWN})(?:,\\s+(?:${STATES})\\b)?)?`,
  "dgu",
);

export const MALAYSIAN_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(
    /(?:Jalan|Jln|Lorong|Lrg|Persiaran|Lebuh|Lintang|Solok|Changkat|Lengkok) [A-Z0-9]/,
    patternDetector("ADDRESS", MALAYSIAN_ADDRESS, (match) => match.groups!.house !== undefined || match.groups!.postcode !== undefined),
  ),
];
