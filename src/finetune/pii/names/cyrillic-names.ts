import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";

/**
 * A Russian, Ukrainian or Belarusian name in Cyrillic letters in Japanese or English text (a booking's Анна Петрова, a
 * fitting list's Кузьмин Дмитрий): two or three capitalised Cyrillic words, one of them with a family name's or a
 * patronymic's ending (-ов, -ева, -ин, -ская, -енко, -чук, -ович, -дзе …). A place or a firm of two words takes an
 * adjective's ending instead (Нижний Новгород, Красная Площадь), and is left.
 */
const WORD = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
/** Edges against Latin and Cyrillic letters only: a Japanese honorific or particle may touch the name (Анна Петрова様). */
const BEFORE = "(?<![\\p{Script=Latin}\\p{Script=Cyrillic}-])";
const AFTER = "(?![\\p{Script=Latin}\\p{Script=Cyrillic}-])";
const CYRILLIC_NAME = new RegExp(`${BEFORE}${WORD}(?:[ \\t]+${WORD}){1,2}${AFTER}`, "dgu");
const FAMILY_OR_PATRONYMIC_ENDING = /(?:[оеё]в|[оеё]ва|[иы]н|[иы]на|ск(?:ий|ая)|цк(?:ий|ая)|енко|[чю]к|ук|[ое]вич|[ое]вна|ична|ян|дзе|швили)$/u;

/**
 * A Cyrillic word before a Japanese honorific or after an English title (Светлана様, Дмитрий さん, Mr. Соколов): a person
 * addressed, whatever the word's ending.
 */
const ADDRESSED = new RegExp(`${BEFORE}(?:(?<=(?:Mr|Mrs|Ms|Dr)\\.?[ \\t])${WORD}${AFTER}|${WORD}(?=[ \\t　]?(?:様|さま|さん|氏|殿|ちゃん|くん)))`, "dgu");

const spanOf = (match: RegExpExecArray): Span => ({ start: match.index, end: match.index + match[0].length });

function cyrillicNames(shadow: string): Span[] {
  const full = matchesOf(CYRILLIC_NAME, shadow)
    .filter((match) => match[0].split(/[ \t]+/).some((word) => FAMILY_OR_PATRONYMIC_ENDING.test(word)))
    .map(spanOf);
  // The given name of a full name found before its honorific (Анна Петрова様) is inside it already.
  const addressed = matchesOf(ADDRESSED, shadow)
    .map(spanOf)
    .filter((span) => !full.some((name) => name.start < span.end && span.start < name.end));
  return [...full, ...addressed].sort((a, b) => a.start - b.start);
}

export const CYRILLIC_NAME_DETECTOR: PiiDetector = gated(/[А-ЯЁ][а-яё]/u, { type: "PERSON", find: cyrillicNames });
