import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A land or building registration's identification code (登記識別情報, printed on its 通知 and read out for a sale):
 * twelve letters and digits, perhaps in groups of three or four (3A9-KX2-77B-PQ4). It stands for the owner's seal in
 * the register, so it is kept as a password is. A few words may stand between the cue and the code (登記識別情報通知の
 * コードは …); the code holds a letter and a digit, which a count, a date or a sum does not.
 */
const LAND_REGISTRY_CODE =
  /登記識別情報[^\n\dA-Za-z。]{0,12}?(?<secret>[0-9A-Z]{3,4}(?:[- ][0-9A-Z]{3,4}){2,3}|[0-9A-Z]{12})(?![0-9A-Za-z-])/dgu;
const lettersAndDigits = (value: string): boolean => /[A-Z]/.test(value) && /\d/.test(value) && value.replace(/[- ]/g, "").length === 12;

export const LAND_REGISTRY_CODES: readonly PiiDetector[] = [
  gated(/登記識別情報/, patternDetector("SECRET", LAND_REGISTRY_CODE, (match) => lettersAndDigits(match.groups!.secret!))),
];
