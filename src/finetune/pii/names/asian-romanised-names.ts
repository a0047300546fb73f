import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { EAST_ASIAN_FAMILY, HONG_KONG_FAMILY } from "./east-asian-family-names.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { ORGANISATION_WORD } from "./name-detectors.js";
import { FIRM_OR_THING_WORD, firmAfterName } from "../lexicon/firm-words.js";
import { KOREAN_JOINED_GIVEN_NAMES } from "../lexicon/irish-and-korean-given-names.js";

/**
 * Vietnamese full names written in Latin letters, with or without their marks (Nguyen Thi Thu Ha, Phạm Thị Lan, BUI THI
 * MAI): a family name, then syllables. The five commonest family names are names before any one to three capitalised
 * syllables; the others before a middle name (Thi, Van) or two syllables at least (Bui Thi Mai, Dang Quang Huy, not Vu
 * Meter); the short ones that are words or other names too (Le, Do, Ho, Mai) only before a middle name or after a
 * title (Mr. Đỗ Quang Huy), or written with their marks (Lê Hoàng Nam). Read whole,
 * before a title's or an honorific's rule takes two words of four (Ms. Pham Thi | Lan).
 */
const COMMON_FAMILY = "Nguyen|Nguyễn|Tran|Trần|Pham|Phạm|Huynh|Huỳnh|Hoang|Hoàng";
const FAMILY =
  "Phan|Vu|Vũ|Vo|Võ|Dang|Đặng|Bui|Bùi|Duong|Dương|Ngo|Ngô|Dinh|Đinh|Trinh|Trịnh|Truong|Trương|Luong|Lương|Doan|Đoàn|Luu|Lưu|Vuong|Vương|Quach|Quách|Phung|Phùng|Nghiem|Nghiêm|Trieu|Triệu|Thach|Thạch|Khuc|Khúc|Giap|Giáp";
const SHORT_FAMILY = "Le|Lê|Do|Đỗ|Ho|Hồ|Ly|Lý|Mai|Ha|Hà|Lam|Lâm|Cao|Dao|Đào|Ta|Tạ|Chu|Lai|Lại|Tang|Tăng|Kieu|Kiều|Tống|Thái|Châu|Hứa|Mạc";
/**
 * The short family names that are written with marks: so written, no English word or other name (Thai, Chau, Mac are;
 * Thái, Châu, Mạc are not).
 */
const SHORT_FAMILY_MARKED = "Lê|Đỗ|Hồ|Lý|Hà|Lâm|Đào|Tạ|Lại|Tăng|Kiều|Tống|Thái|Châu|Hứa|Mạc";
const MIDDLE = "Thi|Thị|Van|Văn|Duc|Đức|Huu|Hữu|Ngoc|Ngọc|Quoc|Quốc|Xuan|Xuân|Cong|Công|Dinh|Đình|Minh|Thanh|Kim|Hong|Hồng|Gia|Bao|Bảo";
/** A syllable: capitalised, seven letters at most (Nguyen, Thuong), marks too. */
const SYLLABLE = "[A-ZĐÀ-ỸÂÊÔƠƯ][a-zđà-ỹâêôơư]{0,6}";
const upper = (names: string) =>
  names
    .split("|")
    .map((name) => name.toUpperCase())
    .join("|");

/**
 * The family names of a tier, as written or in capitals, and what must follow them: the given names in capitals too, or
 * capitalised after a family name in capitals, as a register writes a name for foreign readers (PHAM Van Long).
 */
const tier = (families: string, rest: (syllable: string, middle: string) => string) =>
  `(?:${families}|${upper(families)})${rest(SYLLABLE, MIDDLE)}|(?:${upper(families)})${rest("[A-ZĐÀ-Ỹ]{1,7}", upper(MIDDLE))}`;
const VIETNAMESE_NAME = new RegExp(
  `(?<![A-Za-zÀ-ỹ0-9'’-])(?:${[
    tier(COMMON_FAMILY, (syllable) => `(?:[ \\t]+${syllable}){1,3}`),
    tier(FAMILY, (syllable, middle) => `(?:[ \\t]+(?:${middle})(?:[ \\t]+${syllable}){1,2}|(?:[ \\t]+${syllable}){2,3})`),
    tier(SHORT_FAMILY, (syllable, middle) => `[ \\t]+(?:${middle})(?:[ \\t]+${syllable}){1,2}`),
    // Written with its marks, a short family name is no English word (Lê, not Le): before two or three syllables (Lê Hoàng Nam).
    `(?:${SHORT_FAMILY_MARKED})(?:[ \\t]+${SYLLABLE}){2,3}`,
    // After a title, any family name of the lists before two or three syllables (Mr. Đỗ Quang Huy, Ms. Vu Hai Yen).
    `(?<=(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?[ \\t]+)(?:${FAMILY}|${SHORT_FAMILY})(?:[ \\t]+${SYLLABLE}){2,3}`,
  ].join("|")})(?![A-Za-zÀ-ỹ0-9'’-])`,
  "gu",
);
/** What a street, a building or a firm named after a person is followed by (Nguyen Hue Boulevard, Tran Hung Dao Street). */
const PLACE_AFTER = /^[ \t]+(?:Street|St\b|Road|Rd\b|Boulevard|Blvd|Avenue|Ave\b|Ward|District|Bridge|Market|School|High School|University|Hospital|Park|Square|Building|Tower|Co\b|Company|Corp|Group|JSC|Ltd)/;

export const vietnameseFullName: PiiDetector = gated(new RegExp(`(?:${COMMON_FAMILY}|${FAMILY}|${SHORT_FAMILY}|${upper(COMMON_FAMILY)}|${upper(FAMILY)}|${upper(SHORT_FAMILY)})[ \\t]+[A-ZĐÀ-Ỹ]`, "u"), {
  type: "PERSON",
  find(shadow) {
    // A syllable that is a firm's or a place's word, or such a word after the name: Pham Office, Tran Hung Dao Street;
    // or a firm's words after any of its syllables (Nguyen Pho House, Tran Hung Noodle Bar, Pham Minh Trading & Co).
    return matchesOf(VIETNAMESE_NAME, shadow).flatMap((match) => {
      const end = match.index + match[0].length;
      const words = match[0].split(/[ \t]+/);
      const after = shadow.slice(end, end + 40);
      const firm = words.some((_, index) => index > 0 && firmAfterName(` ${words.slice(index).join(" ")}${after}`, { ampersandAlone: false }));
      return words.some((word) => ORGANISATION_WORD.test(word)) || PLACE_AFTER.test(after) || firm ? [] : [{ start: match.index, end }];
    });
  },
});

/**
 * A Vietnamese family name alone in a Japanese sentence, as a staff member signs a note (対応 Pham。, 案内書を持参（Nguyen）):
 * the commonest family names and the longer others, with a Japanese character or bracket on either side; not the
 * short ones that are words too (Le, Do, Ho, Vo).
 */
const LONE_FAMILY = "Nguyen|Nguyễn|Tran|Trần|Pham|Phạm|Huynh|Huỳnh|Hoang|Hoàng|Phan|Bui|Bùi|Dang|Đặng|Duong|Dương|Dinh|Đinh|Trinh|Trịnh|Truong|Trương|Luong|Lương|Doan|Đoàn";
const JAPANESE = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー";
const FAMILY_IN_JAPANESE = new RegExp(
  `(?<=[${JAPANESE}(（「『【][ \\t　]?)(?:${LONE_FAMILY}|${upper(LONE_FAMILY)})(?=[ \\t　]?[${JAPANESE})）」』】、。])`,
  "gu",
);

export const vietnameseFamilyInJapanese: PiiDetector = gated(new RegExp(`(?:${LONE_FAMILY}|${upper(LONE_FAMILY)})[ \\t　]?[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー)）」』】、。]`, "u"), {
  type: "PERSON",
  find: (shadow) => matchesOf(FAMILY_IN_JAPANESE, shadow).map((match) => ({ start: match.index, end: match.index + match[0].length })),
});

/**
 * A Vietnamese name given names first, as a foreigner in Japan writes it, before a self-introduction or an honorific
 * (Bảo Ngọc Lê です, Thu Hà Nguyễn さん): one or two syllables, the first a middle name of the list or marked as
 * Vietnamese is, then any family name of the lists.
 */
const MIDDLE_WORD = new RegExp(`^(?:${MIDDLE})$`, "u");
const VIETNAMESE_MARKED = /[àáãạảấầẩẫậắằẳẵặèéẹẻẽếềểễệìíĩỉịòóõọỏốồổỗộớờởỡợùúũụủứừửữựýỳỵỷỹđơưăâêô]/u;
const GIVEN_FIRST = new RegExp(
  `(?<![A-Za-zÀ-ỹ0-9'’-])(?<given>${SYLLABLE}(?:[ \\t]+${SYLLABLE})?)[ \\t]+(?:${COMMON_FAMILY}|${FAMILY}|${SHORT_FAMILY})(?=[ \\t]?(?:です|さん|様|と申|でござ))`,
  "dgu",
);

export const vietnameseNameGivenFirst: PiiDetector = gated(/[a-zà-ỹ][ \t]?(?:です|さん|様|と申|でござ)/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(GIVEN_FIRST, shadow).flatMap((match) => {
      const given = match.groups!.given!;
      const first = given.split(/[ \t]+/)[0]!;
      return MIDDLE_WORD.test(first) || VIETNAMESE_MARKED.test(given) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    }),
});

/**
 * Korean and Chinese (Taiwanese, Hong Kong) names romanised with a hyphen in the given name (Lee Seo-yeon, Wu
 * Mei-ling, Chen Yu-Ting, Seo-yeon Park): a family name of the list before or after a given name of two syllables joined by a hyphen,
 * the second in lower case. Not a phrasal noun after a word that is a family name too (Park Check-in, Lee Sign-off).
 */
/** The given name's second syllable in lower case or capitalised, as Taiwan often writes it (Seo-yeon, Yu-Ting). */
const HYPHENED_GIVEN = "[A-Z][a-z]{1,5}-(?!(?:[Uu]p|[Ii]n|[Oo]n|[Oo]ff|[Oo]ut|[Oo]p|[Bb]y|[Bb]ack|[Dd]own|[Aa]way|[Oo]ver|[Ee]nd)(?![a-z]))(?:[a-z]{2,5}|[A-Z][a-z]{1,4})";
const HYPHENED_FAMILY = `${EAST_ASIAN_FAMILY}|${HONG_KONG_FAMILY}`;
const EAST_ASIAN_NAME = new RegExp(
  `(?<![A-Za-z'’-])(?:(?:${HYPHENED_FAMILY}|${upper(HYPHENED_FAMILY)})[ \\t]+${HYPHENED_GIVEN}|${HYPHENED_GIVEN}[ \\t]+(?:${HYPHENED_FAMILY}|${upper(HYPHENED_FAMILY)}))(?![A-Za-z'’-])`,
  "gu",
);

/**
 * A Hong Kong family name (HONG_KONG_FAMILY: Yip Chi-Keung) before an English compound (Lam Self-help, Tam Follow-up) is a
 * word's: after one, a given name whose first syllable is an English word has its second capitalised (Fok Wing-Kei), as a
 * compound has not.
 */
const HONG_KONG_ONLY = new Set(HONG_KONG_FAMILY.split("|"));
function readsAsHyphenedName(name: string): boolean {
  const words = name.split(/[ \t]+/);
  if (!words.some((word) => HONG_KONG_ONLY.has(word.charAt(0) + word.slice(1).toLowerCase()))) return true;
  const [first, second] = words.find((word) => word.includes("-"))!.split("-") as [string, string];
  return /^[A-Z]/.test(second) || !isEnglishWord(first);
}

export const eastAsianHyphenedName: PiiDetector = gated(/[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,4}/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(EAST_ASIAN_NAME, shadow).flatMap((match) => (readsAsHyphenedName(match[0]) ? [{ start: match.index, end: match.index + match[0].length }] : [])),
});

/**
 * The same family names before a Korean given name of the list written joined (Kim Doyun, Park Seoyeon, Choi Jiwoo), as
 * a passport or a manifest writes it; not a family name before a word (Park Street, Song Lyrics), no listed given name.
 */
const KOREAN_JOINED_NAME = new RegExp(`(?<![A-Za-z'’-])(?:${EAST_ASIAN_FAMILY})[ \\t]+(?<given>[A-Z][a-z]{3,9})(?![A-Za-z'’-])`, "dgu");

export const koreanJoinedName: PiiDetector = gated(new RegExp(`(?:${EAST_ASIAN_FAMILY})[ \\t]+[A-Z]`), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KOREAN_JOINED_NAME, shadow).flatMap((match) => (KOREAN_JOINED_GIVEN_NAMES.has(match.groups!.given!) ? [{ start: match.index, end: match.index + match[0].length }] : [])),
});

/**
 * A Korean or Chinese family name alone after a title (Mr. Park, Ms. Kim, Dr. Chen): one syllable the English title
 * rule leaves when it is a place's word too (Park).
 */
const TITLE_FAMILY = new RegExp(`(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?[ \\t]+(?<name>${EAST_ASIAN_FAMILY})(?![A-Za-z'’-]|[ \\t]+[A-Z])`, "dg");

export const eastAsianFamilyAfterTitle: PiiDetector = gated(/(?:Mr|Ms|Miss|Mx|Dr|Prof)\.? /, {
  type: "PERSON",
  find: (shadow) => matchesOf(TITLE_FAMILY, shadow).map((match) => ({ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] })),
});

/**
 * A Chinese name in pinyin with no hyphen (Li Wei, Zhang Xiaoming, Wang Yi): a family name that is no English word,
 * then a given name of one or two pinyin syllables, and no capitalised word after it (Zhou Dynasty is no pinyin), nor a
 * firm's or a thing's word in lower case (Sun Life insurance, the Li Ning store). The pattern reads case as written, so that a lower-case
 * word after the name (ask Huang Zhiqiang to sign) lets it be one; the syllables are checked apart, in any case.
 */
const PINYIN_FAMILY = "Chen|Wang|Zhang|Liu|Huang|Zhou|Xu|Zhao|Li|Yang|Wu|Lin|Guo|Luo|Zheng|Xie|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Jiang|Cai|Cheng|Ding|Ren|Shen|Yao|Cui|Zhong|Liao|Jia|Xia|Zou|Xiong|Meng|Qin|Qiu|Hou|Xue|Duan|Qian|Sun|Zhu|Gao|Wen|Bai|Fu|Lu|Gu|Yan";
const PINYIN_SYLLABLE = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)";
const PINYIN_NAME = new RegExp(
  `(?<![A-Za-z'’-])(?:${PINYIN_FAMILY})[ \\t]+(?<given>[A-Z][a-z]{1,11})(?![A-Za-z'’-]|[ \\t]+[A-Z])`,
  "dg",
);
const PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}${PINYIN_SYLLABLE}?$`, "i");
const THING_WORD_AFTER = /^[ \t]+([a-z]+)/;

const thingWordAfter = (rest: string): boolean => {
  const word = THING_WORD_AFTER.exec(rest)?.[1];
  if (word === undefined) return false;
  const capitalised = word[0]!.toUpperCase() + word.slice(1);
  return FIRM_OR_THING_WORD.test(capitalised) || ORGANISATION_WORD.test(capitalised);
};

export const chinesePinyinName: PiiDetector = gated(new RegExp(`(?:${PINYIN_FAMILY}) [A-Z]`), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(PINYIN_NAME, shadow)
      .filter((match) => PINYIN_GIVEN.test(match.groups!.given!) && !thingWordAfter(shadow.slice(match.index + match[0].length, match.index + match[0].length + 24)))
      .map((match) => ({ start: match.index, end: match.index + match[0].length })),
});

/**
 * A Chinese name as Singapore and Malaysia write it, family name first in Hokkien, Teochew or Cantonese spelling and a
 * given name of two capitalised syllables (Lim Wei Jie, Tan Hui Min, Ng Kok Beng): not three words of which the given
 * ones are both English words (Lee Has Been), nor a place or a brand named so (Ang Mo Kio, Tan Tock Seng Hospital).
 */
const SOUTHERN_FAMILY =
  "Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Low|Toh|Sim|Chong|Chia|Seah|Foo|Yap|Quek|Lau|Leong|Chew|Heng|Loh|Soh|Phua|Neo|Kwek|Khoo|Liew|Pang|Chin|Teh|Yong|Chng|Tng|Png|Oei|Kang|Yeoh|Cheah|Lum|Liu|Wee|Sng";
const SOUTHERN_SYLLABLE = "[A-Z][a-z]{1,4}";
const SOUTHERN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-])(?<family>${SOUTHERN_FAMILY})[ \\t]+(?<given>${SOUTHERN_SYLLABLE}[ \\t]+${SOUTHERN_SYLLABLE})(?![\\p{L}\\p{N}'’@_-]|[ \\t]+\\p{Lu})`,
  "dgu",
);
/**
 * The same name written given name first, as an English-speaking office writes it (Siew Ling Tan, Hui Min Lim): one of
 * the two syllables at least no English word (Big Ben Lee, Dim Sum Chan are not names).
 */
const SOUTHERN_NAME_GIVEN_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-]|\\p{Lu}\\p{Ll}*[ \\t])(?<given>${SOUTHERN_SYLLABLE}[ \\t]+${SOUTHERN_SYLLABLE})[ \\t]+(?<family>${SOUTHERN_FAMILY})(?![\\p{L}\\p{N}'’@_-]|[ \\t]+\\p{Lu})`,
  "dgu",
);
const SOUTHERN_PLACE = /^(?:Ang Mo Kio|Lim Chu Kang|Tan Tock Seng|Lau Pa Sat|Lee Kum Kee|Tan Quee Lan)$/;

/** The family name and the given name of a Chinese name written the southern way (Lim | Wei Jie), where `value` is one. */
export function southernChineseParts(value: string): [string, string] | undefined {
  const match = new RegExp(`^(?:${SOUTHERN_FAMILY})[ \\t]+${SOUTHERN_SYLLABLE}[ \\t]+${SOUTHERN_SYLLABLE}$`).exec(value);
  if (match === null) return undefined;
  const [family, ...given] = value.split(/[ \t]+/);
  return [family!, given.join(" ")];
}

export const southernChineseName: PiiDetector = gated(new RegExp(`(?:${SOUTHERN_FAMILY}) [A-Z][a-z]{1,4} [A-Z]|[a-z] (?:${SOUTHERN_FAMILY})(?![a-z])`), {
  type: "PERSON",
  find: (shadow) =>
    [...matchesOf(SOUTHERN_NAME, shadow), ...matchesOf(SOUTHERN_NAME_GIVEN_FIRST, shadow)].flatMap((match) => {
      const end = match.index + match[0].length;
      const given = match.groups!.given!.split(/[ \t]+/);
      if (SOUTHERN_PLACE.test(match[0].replace(/[ \t]+/g, " ")) || PLACE_AFTER.test(shadow.slice(end, end + 20))) return [];
      if (given.every((word) => isEnglishWord(word)) || given.some((word) => ORGANISATION_WORD.test(word))) return [];
      return [{ start: match.index, end }];
    }),
});
