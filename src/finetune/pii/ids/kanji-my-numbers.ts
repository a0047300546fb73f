import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isValidMyNumber } from "./my-number.js";

/** The kanji numerals a clerk writes digits in, each one digit (〇 and 零 for 0). */
const KANJI_DIGIT = "[〇零一二三四五六七八九]";
const DIGIT_OF: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/**
 * A My Number written in kanji numerals (一八三九〇〇三七六四六一, or in fours: 四二七二 八七三八 〇五四九), as a clerk takes it
 * down when it is read out, or a vertical form prints it: twelve digit-kanji with no 十 or 百 (a count or an address's
 * 十六番地 is written with them). After its cue in the line (マイナンバー, 個人番号, 通知カード), or alone where its check
 * digit holds.
 */
const KANJI_MY_NUMBER = new RegExp(
  String.raw`(?<![〇零一二三四五六七八九十百千])(?<secret>${KANJI_DIGIT}{4}(?<gap>[ 　・-]?)${KANJI_DIGIT}{4}\k<gap>${KANJI_DIGIT}{4})(?![〇零一二三四五六七八九十百千万])`,
  "dgu",
);
const MY_NUMBER_CUE = /(?:マイナンバー|個人番号|通知カード|my ?number)[^\n]{0,40}$/i;

const digitsOfKanji = (kanji: string): string => [...kanji].map((character) => DIGIT_OF[character] ?? "").join("");

export const KANJI_MY_NUMBER_DETECTOR: PiiDetector = gated(
  /[〇零一二三四五六七八九]{4}/,
  patternDetector(
    "MY_NUMBER",
    KANJI_MY_NUMBER,
    (match, shadow) => MY_NUMBER_CUE.test(shadow.slice(Math.max(0, match.index - 60), match.index)) || isValidMyNumber(digitsOfKanji(match.groups!.secret!)),
  ),
);
