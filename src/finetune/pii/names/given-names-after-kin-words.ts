import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD, ORGANISATION_WORD } from "../lexicon/firm-words.js";
import { NOT_A_GIVEN_NAME, NOT_A_NAME_WORD } from "../context/neighbour-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/*
 * A Latin given name alone after a word for who the person is to a customer: a spouse, a relative, a friend, the one a
 * ticket is passed to (奥様 Siobhan は運転せず, ご主人 Marcus も了承, 分配先の Hyejin, Friend Giulia booked for her). The
 * name is often in no list (Hyejin, Siobhan): the kin word is the cue, and the word after it must be no English word,
 * place, title or firm's word (妻 iPhone, 夫 Google で検索, Friend Request). A kanji or katakana word after it is the rest
 * of a name (ご主人の Moreau 花子: a family name), read by the name rules.
 */

/**
 * Japanese words for a spouse, a relative or a companion; a one-kanji one only as a word of its own (not 祖母 or 父母),
 * or with さん or 様 (弟さん). The name may stand in brackets after it (弟さん（Bikash）).
 */
const JAPANESE_KIN =
  "奥様|奥さん|ご主人(?:様)?|旦那(?:様|さん)|ご家族|ご友人|友人|お連れ様|同伴者|同行者|義母|義父|義兄|義姉|義弟|義妹|お母様|お父様|娘さん|息子さん|お嬢様|(?:分配|譲渡)先(?:の方)?|息子|[長次三末](?:男|女)|(?<![\\p{Script=Han}])[妻夫娘母父兄姉弟妹](?:さん|様)?(?![\\p{Script=Han}])";
/** Words after a name that say a thing is in the person's name or sent to them (名義, 宛): no kanji given name. */
const IN_THE_NAME_OF = "名義|宛";
const AFTER_JAPANESE_KIN = new RegExp(`(?:${JAPANESE_KIN})[ \\t　]*(?:[:：]|は|の|[（(])?[ \\t　]*(?<name>[A-Z][a-z]{1,15})(?![A-Za-z0-9'’-]|[ \\t]+[A-Z]|[ \\t　]?(?!${IN_THE_NAME_OF})[\\p{Script=Han}\\p{Script=Katakana}])`, "dgu");

/**
 * An English word for a companion or a relative starting a clause or a table's cell, the name, then a lower-case word or
 * a clause's end (Friend Giulia booked, | Spouse Lan joins in December |, | wife Akane picks him up |); a name's tone marks
 * are its letters (Wife Thư).
 */
const ENGLISH_KIN = "Friend|Wife|Husband|Partner|Spouse|Sister|Brother|Daughter|Son|Mother|Father|Cousin|Colleague|Flatmate|Roommate";
/** The kin's word in small letters too, as a note's cell opens (| wife Akane picks him up |). */
const ENGLISH_KIN_ANY_CASE = ENGLISH_KIN.split("|").map((word) => `[${word[0]}${word[0]!.toLowerCase()}]${word.slice(1)}`).join("|");
const AFTER_ENGLISH_KIN = new RegExp(`(?:^|(?<=[.;:!?(|]["'“]?[ \\t]*|\\n[ \\t]*))(?:${ENGLISH_KIN_ANY_CASE})[ \\t]+(?<name>\\p{Lu}\\p{Ll}{1,15})(?=[ \\t]+[a-z]|[ \\t]*[,.;)|]|[ \\t]*$)`, "dgmu");

/**
 * A relative's word after a possessive, then the name, a comma or a dash between or none (sent to his cousin — Wanjiru —,
 * her husband, Bartosz, asked; my sister Ines too), or the name before the same words set off by a comma (Kerem, his
 * brother, wrote): an appositive that says who the person is. A second capitalised word after it is a full name's,
 * left to the full-name rules.
 */
// Not partner or colleague: after a possessive they are as often a firm's (our partner Acme audits us).
const FAMILY_KIN = ENGLISH_KIN.split("|").filter((word) => word !== "Partner" && word !== "Colleague").join("|");
const KIN_WORD = `(?:${FAMILY_KIN.toLowerCase()}|niece|nephew|aunt|uncle|grandmother|grandfather|fianc[eé]e?|girlfriend|boyfriend)`;
const POSSESSIVE_KIN = `(?:his|her|my|their|our)[ \\t]+${KIN_WORD}`;
const AFTER_POSSESSIVE_KIN = new RegExp(
  `(?<![A-Za-z])${POSSESSIVE_KIN}(?:[ \\t]+too)?(?:[ \\t]*[,:—–-][ \\t]*|[ \\t]+)(?<name>\\p{Lu}\\p{Ll}{1,15})(?![\\p{L}\\p{N}'’-]|[ \\t]+\\p{Lu})`,
  "dgu",
);
const BEFORE_POSSESSIVE_KIN = new RegExp(`(?<![\\p{L}\\p{N}'’.-]|\\p{Lu}\\p{Ll}*[ \\t])(?<name>\\p{Lu}\\p{Ll}{1,15}),[ \\t]+${POSSESSIVE_KIN}[ \\t]*[,;—–)-]`, "dgu");

/** Whether a capitalised word can be a person's name: no English word, place, title or firm's word. */
const nameShaped = (word: string): boolean =>
  !isEnglishWord(word) && !isPlaceName(word) && !NOT_A_GIVEN_NAME.test(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) && !FIRM_OR_THING_WORD.test(word);

/**
 * In a Japanese sentence a capitalised Latin word beside a kin word is no English word's use: a given name of the lists
 * that is one too (Rose, Hope, Faith) is the relative's; not a place, title or firm's word.
 */
const nameInJapanese = (word: string): boolean =>
  nameShaped(word) || (worldNames().latinGiven.has(word) && !isPlaceName(word) && !NOT_A_GIVEN_NAME.test(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) && !FIRM_OR_THING_WORD.test(word));

/**
 * A Latin name before the の of a relative's word as one introduces oneself or a relative (Margot の夫です, Ivo さんの母から):
 * the Japanese sentence's own cue, in either order with the name.
 */
const BEFORE_JAPANESE_KIN = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?<name>[A-Z][a-z]{1,15})[ \\t　]*(?:さん|様)?の(?:夫|妻|主人|家内|息子|娘|母|父|兄|姉|弟|妹|友人|友達|いとこ|祖母|祖父)(?:です|でございます|と申します|[、。]|が|は|から|より)`,
  "dgu",
);

const afterKin = (gate: RegExp, pattern: RegExp, mayBeName: (word: string) => boolean = nameShaped): PiiDetector =>
  gated(gate, {
    type: "PERSON",
    find: (shadow) =>
      matchesOf(pattern, shadow).flatMap((match) => {
        const [start, end] = match.indices!.groups!.name!;
        return mayBeName(match.groups!.name!) ? [{ start, end }] : [];
      }),
  });

export const GIVEN_NAMES_AFTER_KIN: readonly PiiDetector[] = [
  afterKin(/[奥主那族友連伴行義母父娘息嬢先妻夫兄姉弟妹男女][^A-Za-z\n]{0,4}[A-Z]/u, AFTER_JAPANESE_KIN, nameInJapanese),
  afterKin(/[a-z][ \t　]*(?:さん|様)?の[夫妻主家息娘母父兄姉弟妹友い祖]/u, BEFORE_JAPANESE_KIN, nameInJapanese),
  afterKin(new RegExp(`(?:${ENGLISH_KIN_ANY_CASE}) [A-Z]`), AFTER_ENGLISH_KIN),
  afterKin(/(?:his|her|my|their|our) [a-z]/, AFTER_POSSESSIVE_KIN),
  afterKin(/, (?:his|her|my|their|our) [a-z]/, BEFORE_POSSESSIVE_KIN),
];
