import { JAPAN_PREFECTURES_ROMAJI } from "./world-address-detectors.js";

/**
 * What says a romaji word before a municipality's suffix is a place, not a person: -shi is a city's (市) as well as an
 * honorific's (氏), -ku, -cho, -machi, -mura, -gun, -ken and -fu only a place's (Minato-ku, Kanda-cho, Aso-gun).
 */

/** A place's suffix that no honorific is spelled as, right after the word. */
export const PLACE_SUFFIX_AFTER = /^-(?:ku|cho|machi|mura|gun|ken|fu)(?![A-Za-z])/;

/**
 * After a -shi, what goes on with an address: a ward or a town (Osaka-shi Kita-ku, Sapporo-shi, Chuo-ku), a prefecture
 * by its suffix (Toyota-shi, Aichi-ken), by its name where the address ends (Nagoya-shi, Aichi; Osaka-shi, Osaka
 * 530-0001; not Tanaka-shi, Osaka office) or a postcode (Osaka-shi 530-0001): the -shi is the city's.
 */
export const CITY_PART_AFTER_SHI = String.raw`(?:,?[ \t]+[A-Z][a-z]+-(?:ku|cho|machi|mura|gun|ken|to|fu)(?![A-Za-z])|,[ \t]+(?:${JAPAN_PREFECTURES_ROMAJI})(?=[ \t]*(?:$|[,.;:)\n]|\d{3}-\d{4}|(?:and|or|Japan)\b))|,?[ \t]+\d{3}-\d{4}(?!\d))`;

/** A verb of going or sending and its "to" (Ship to, delivered to, moving to), or "bound for": a place follows. */
const GOING_TO = String.raw`(?:[Ss]hip(?:ped|ping)?|[Dd]eliver(?:ed|ing|y)?|[Mm]ov(?:e|ed|ing)|[Rr]elocat(?:e|ed|ing)|[Tt]ravel(?:l?ed|l?ing)?|[Ff]l(?:y|ew|ying)|[Dd]riv(?:e|ing)|[Hh]ead(?:ed|ing)?|[Tt]ransfer(?:red|ring)?|[Ff]orward(?:ed|ing)?|[Rr]eturn(?:ed|ing)?)[ \t]+to|[Bb]ound[ \t]+for`;

/**
 * Before a -shi, a preposition of place (lives in Osaka-shi, moved from Kobe-shi), a going or a sending there (Ship to
 * Sendai-shi, relocating to Chiba-shi, bound for Nara-shi) or an address's block of numbers and
 * its comma (Model 4-6-12, Osaka-shi; 2-1-5, Kobe-shi), or the prefecture, as an address written from the top names it
 * first (Okinawa-ken Ishigaki-shi): the -shi is the city's.
 */
export const PLACE_PREPOSITION_BEFORE_SHI = String.raw`(?<!(?:(?<![A-Za-z])(?:[Ii]n|[Ff]rom|[Nn]ear|[Aa]round|[Oo]utside|${GOING_TO})[ \t]+|\d-\d{1,4},[ \t]+|(?<![A-Za-z])[A-Z][a-z]+-(?:ken|to|fu|do),?[ \t]+)[A-Z][a-z]+-shi)`;
