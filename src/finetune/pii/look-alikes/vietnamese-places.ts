import type { Span } from "../detector.js";
import { personCued } from "./person-cues.js";

/*
 * Vietnam's cities and provinces written with their tones (Hà Nội, Đà Nẵng, Hải Phòng): a family name of the lists
 * starts some of them, and a rule that reads a name after "visited" or "from" takes them for a person. Those whose
 * name reads as a person's too (Hà Nam, Thái Bình, Long An, Khánh Hòa) are left out, and a person's cue beside one
 * (Hải Phòng さん) keeps it a person's.
 */
const PLACES = [
  "Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nha Trang", "Đà Lạt", "Vũng Tàu", "Hội An", "Hạ Long", "Biên Hòa", "Quy Nhơn",
  "Buôn Ma Thuột", "Phú Quốc", "Sa Pa", "Bắc Ninh", "Nghệ An", "Quảng Ngãi", "Quảng Bình", "Quảng Trị", "Đồng Nai", "Lâm Đồng",
  "Hà Tĩnh", "Hà Giang", "Lào Cai", "Cà Mau", "Tây Ninh", "Bến Tre", "Sóc Trăng", "Bạc Liêu", "Đồng Tháp", "Lạng Sơn", "Cao Bằng",
  "Yên Bái", "Sơn La", "Điện Biên", "Lai Châu", "Bắc Kạn", "Gia Lai", "Kon Tum", "Đắk Lắk", "Đắk Nông", "Ninh Thuận", "Bà Rịa",
  "Phú Thọ", "Bắc Giang",
];
const PLACE = new RegExp(`(?<![\\p{L}])(?:${PLACES.join("|")})(?![\\p{L}])`, "gu");
/** The gate: a letter with a tone or a hook, as every one of these names holds. */
const TONED_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ]/u;

/**
 * Places whose name reads as a person's too (Hồ Chí Minh, Thái Bình): a place where a city's word stands before one
 * (TP. Hồ Chí Minh, Thành phố Hồ Chí Minh) or a list joins it to another place (Hà Nội and Hồ Chí Minh; Hải Phòng,
 * Hồ Chí Minh, Cần Thơ; from Đà Nẵng to Hồ Chí Minh), a person's elsewhere.
 */
const PERSON_NAMED_PLACES = ["Hồ Chí Minh", "Hà Nam", "Thái Bình", "Long An", "Khánh Hòa"];
const PERSON_NAMED_PLACE = new RegExp(`(?<![\\p{L}])(?:${PERSON_NAMED_PLACES.join("|")})(?![\\p{L}])`, "gu");
const CITY_WORD_BEFORE = /(?<![\p{L}])(?:TP|Tp)\.?[ \t]*$|(?:Thành|thành)[ \t]+phố[ \t]+$/u;
/** What joins two places of a list: a comma, a slash, a dash or an arrow, and, or, to, và (and), đến (to). */
const PLACE_JOIN = /^[ \t]*(?:[,、/&→–-]|and|or|to|và|hoặc|đến)[ \t]*$|^[ \t]*,[ \t]*(?:and|và)[ \t]+$/u;

const spansOf = (pattern: RegExp, shadow: string): Span[] => [...shadow.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
const joined = (first: Span, second: Span, shadow: string): boolean => first.end <= second.start && PLACE_JOIN.test(shadow.slice(first.end, second.start));

/** The places named like people that a city's word or a list of places makes places: a list reads on from one to the next. */
function placesNamedLikePeople(shadow: string, places: readonly Span[]): Span[] {
  const candidates = spansOf(PERSON_NAMED_PLACE, shadow);
  const known = [...places];
  const found = candidates.filter((span) => CITY_WORD_BEFORE.test(shadow.slice(Math.max(0, span.start - 12), span.start)));
  known.push(...found);
  for (let grew = true; grew; ) {
    grew = false;
    for (const span of candidates) {
      if (found.includes(span) || !known.some((place) => joined(place, span, shadow) || joined(span, place, shadow))) continue;
      found.push(span);
      known.push(span);
      grew = true;
    }
  }
  return found;
}

/** Vietnam's places named in a width-folded text, with no person's cue beside them, as spans. */
export function vietnamesePlaceSpans(shadow: string): Span[] {
  if (!TONED_LETTER.test(shadow)) return [];
  const places = spansOf(PLACE, shadow);
  return [...places, ...placesNamedLikePeople(shadow, places)].filter((span) => !personCued(shadow, span));
}

/**
 * An industrial park's or an export zone's name after its word (KCN Quang Minh, KCX Tân Thuận, Khu công nghiệp Thăng
 * Long): a place, written with a person's given names or without its tones, that a name rule takes for a person.
 */
const INDUSTRIAL_PARK = /(?<![\p{L}])(?:KCN|KCX|KCNC|CCN|[Kk]hu công nghiệp|[Kk]hu chế xuất|[Cc]ụm công nghiệp)[ \t]+(?<name>\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,3})/dgu;

/** Industrial parks' names in a width-folded text, with no person's cue beside them, as spans. */
export function industrialParkSpans(shadow: string): Span[] {
  if (!/KC[NX]|CCN|công nghiệp|chế xuất/.test(shadow)) return [];
  return [...shadow.matchAll(INDUSTRIAL_PARK)]
    .map((match) => ({ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] }))
    .filter((span) => !personCued(shadow, span));
}
