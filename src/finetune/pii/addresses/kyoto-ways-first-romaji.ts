import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Kyoto address in romaji written street first, as Kyoto's own post writes it: the street (Karasuma-dori) and the way
 * from its crossing (Oike-agaru, Shichijo-sagaru, Sanjo-iru), perhaps the ward before them (Shimogyo-ku, …), then the
 * town and its number and the ward and city after (…, Higashishiokoji-cho 721-1; … 412, Kamigyo-ku, Kyoto 602-0801),
 * or the number and town before them (95-3 Enokicho, Nijo-sagaru, Teramachi-dori, …). The way may stand apart from its
 * crossing (Marutamachi agaru), and the city and ward may lead (Kyoto-shi Kamigyo-ku Teramachi-dori …).
 * A street with the way from a crossing names one block of houses, so the pair says it is an address, where a street
 * alone (Shijo-dori) is a shopping street anyone names. The block-first order is address-detectors' own.
 */
const WAY = "[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:-dori|[- ](?:agaru|sagaru|iru|higashi-iru|nishi-iru))\\b";
const KYOTO_WAYS_FIRST = new RegExp(
  `(?:\\bKyoto-shi,?\\s+)?(?:\\b[A-Z][a-z]+-ku,?\\s+)?(?:\\b\\d{1,4}(?:-\\d{1,4}){0,2}(?:\\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)?,?\\s+)?\\b${WAY}(?:,?\\s+${WAY}){1,2}` +
    `(?:,?\\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?-(?:cho|machi))?(?:,?\\s+\\d{1,4}(?:-\\d{1,4}){0,2}(?![\\d:.]))?` +
    `(?:,\\s+[A-Z][a-z]+-ku)?(?:,\\s+Kyoto(?:-(?:shi|fu))?)?(?:,?\\s+\\d{3}-\\d{4}(?!\\d))?`,
  "dg",
);
/** One of the ways must be from a crossing: two streets alone (Kawaramachi-dori, Shijo-dori) are a crossing's name. */
const FROM_CROSSING = /[- ](?:agaru|sagaru|iru)\b/;

export const KYOTO_WAYS_FIRST_DETECTORS: readonly PiiDetector[] = [
  gated(/[- ](?:agaru|sagaru|iru)\b/, patternDetector("ADDRESS", KYOTO_WAYS_FIRST, (match) => FROM_CROSSING.test(match[0]))),
];
