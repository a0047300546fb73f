import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A land or building registration's identification code (登記識別情報, printed on its 通知 and read out for a sale):
 * twelve letters and digits, perhaps in groups of three or four (3A9-KX2-77B-PQ4). It stands for the owner's seal in
 * the register, so it is kept as a password is. A few words may stand between the cue and the code (登記識別情報通知の
 * コードは …); the code holds a letter and a digit, which a count, a date or a sum does not.
 */
const CODE = String.raw`(?<secret>[0-9A-Z]{3,4}(?:[- ][0-9A-Z]{3,4}){2,3}|[0-9A-Z]{12})(?![0-9A-Za-z-])`;
const LAND_REGISTRY_CODE = new RegExp(String.raw`登記識別情報[^\n\dA-Za-z。]{0,12}?${CODE}`, "dgu");
const lettersAndDigits = (value: string): boolean => /[A-Z]/.test(value) && /\d/.test(value) && value.replace(/[- ]/g, "").length === 12;

/**
 * Or the code after its own word (符号), in brackets or after a colon, where the notice was named a sentence or a line
 * before (司法書士から登記識別情報の写しを求められた。封筒の符号（…）は…): the same code, read off the notice's envelope.
 */
const CODE_AFTER_ITS_WORD = new RegExp(String.raw`符号[ \t]*(?:[（(]|[:：]|は)?[ \t]*${CODE}`, "dgu");
const NOTICE_NAMED = /登記識別情報/;
const noticeNamedBefore = (match: RegExpExecArray, shadow: string): boolean =>
  lettersAndDigits(match.groups!.secret!) && NOTICE_NAMED.test(shadow.slice(Math.max(0, match.index - 120), match.index));

export const LAND_REGISTRY_CODES: readonly PiiDetector[] = [
  gated(/登記識別情報/, patternDetector("SECRET", LAND_REGISTRY_CODE, (match) => lettersAndDigits(match.groups!.secret!))),
  gated(/符号/, patternDetector("SECRET", CODE_AFTER_ITS_WORD, noticeNamedBefore)),
];
