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

/** Vietnam's places named in a width-folded text, with no person's cue beside them, as spans. */
export function vietnamesePlaceSpans(shadow: string): Span[] {
  if (!TONED_LETTER.test(shadow)) return [];
  return [...shadow.matchAll(PLACE)].map((match) => ({ start: match.index, end: match.index + match[0].length })).filter((span) => !personCued(shadow, span));
}
