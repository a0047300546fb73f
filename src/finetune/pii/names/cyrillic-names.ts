import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { BETWEEN_WRITINGS, pairedWritingSpans } from "./paired-writings.js";

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
 * addressed, whatever the word's ending. So is one greeted (GREETED).
 */
const ADDRESSED = new RegExp(`${BEFORE}(?:(?<=(?:Mr|Mrs|Ms|Dr)\\.?[ \\t])${WORD}${AFTER}|${WORD}(?=[ \\t　]?(?:様|さま|さん|氏|殿|ちゃん|くん)))`, "dgu");
/**
 * The one a greeting or a wish is addressed to, as a cake's or a card's words name them (С днём рождения, Маша!, Дорогая
 * Оксана, Поздравляем, Игорь!): a capitalised word after the wish and its comma, whatever its ending.
 */
const GREETING = "[Сс] дн[её]м рождения|[Сс] юбилеем|[Сс] праздником|[Сс] годовщиной|[Пп]оздравля(?:ю|ем)|[Дд]орог(?:ой|ая|ие)|[Мм]ил(?:ый|ая)|[Лл]юбим(?:ый|ая)|[Пп]ривет|[Зз]дравствуй(?:те)?|[Зз] днем народження";
const GREETED = new RegExp(`(?<=(?:${GREETING}),?[ \\t]+)${WORD}${AFTER}`, "dgu");

const spanOf = (match: RegExpExecArray): Span => ({ start: match.index, end: match.index + match[0].length });

/**
 * A name written in Latin and in Cyrillic letters side by side, a space, a line break, a slash or a bracket between
 * (Bold Tsogtbayar<br>Болд Цогтбаяр, Олег Зорин (Oleg Zorin)): a Mongolian's or a Russian's two writings of one name,
 * whatever its endings. Each word of one writing spells a word of the other: their consonants agree once the Cyrillic
 * is romanised (Ц ts, Х kh, Ж zh) and the vowels, y, h and a hyphen are left out (Tsogt-Ochir, Цогтоочир: tsgtchr).
 */
const LATIN_WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?";
const CYRILLIC_WORD = "[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮ]?[а-яёөү]+)?";
const both = (first: string, second: string): RegExp =>
  new RegExp(`(?<![\\p{L}-])(?<first>${first}(?:[ \\t]+${first}){1,2})${BETWEEN_WRITINGS}(?<second>${second}(?:[ \\t]+${second}){1,2})(?![\\p{L}-])`, "dgu");
const LATIN_THEN_CYRILLIC = both(LATIN_WORD, CYRILLIC_WORD);
const CYRILLIC_THEN_LATIN = both(CYRILLIC_WORD, LATIN_WORD);

const ROMANISED: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", ө: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ү: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};
/** A word's consonants as the Latin writing spells them: w as v, x as ks, j as the y it stands for, a double once. */
const consonants = (word: string): string =>
  [...word.toLowerCase()]
    .map((letter) => ROMANISED[letter] ?? letter)
    .join("")
    .replace(/w/g, "v")
    .replace(/x/g, "ks")
    .replace(/[^a-z]|[aeiouyjh]/g, "")
    .replace(/(.)\1+/g, "$1");
const sameName = (latin: string, cyrillic: string): boolean => {
  const [one, two] = [latin.split(/[ \t]+/), cyrillic.split(/[ \t]+/)].map((words) => words.map(consonants).sort());
  return one!.length === two!.length && one!.every((word, index) => word.length >= 2 && word === two![index]);
};

function cyrillicNames(shadow: string): Span[] {
  const full = matchesOf(CYRILLIC_NAME, shadow)
    .filter((match) => match[0].split(/[ \t]+/).some((word) => FAMILY_OR_PATRONYMIC_ENDING.test(word)))
    .map(spanOf);
  // The given name of a full name found before its honorific (Анна Петрова様) is inside it already.
  const addressed = [...matchesOf(ADDRESSED, shadow), ...matchesOf(GREETED, shadow)]
    .map(spanOf)
    .filter((span) => !full.some((name) => name.start < span.end && span.start < name.end));
  const paired = pairedWritingSpans(shadow, LATIN_THEN_CYRILLIC, CYRILLIC_THEN_LATIN, sameName).filter((span) => !full.some((name) => name.start < span.end && span.start < name.end));
  return [...full, ...addressed, ...paired].sort((a, b) => a.start - b.start);
}

export const CYRILLIC_NAME_DETECTOR: PiiDetector = gated(/[А-ЯЁӨҮ][а-яёөү]/u, { type: "PERSON", find: cyrillicNames });
