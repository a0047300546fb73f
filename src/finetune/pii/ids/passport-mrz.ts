import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A passport's machine-readable line copied into a note (P<JPNYAMADA<<TARO<<<<, or shortened to its opening and the
 * number: P<AUT>U7729041): P, a filler <, the issuing state's three letters, then the holder's names or the number.
 * Only capitals, digits and fillers, five or more after the state: a comparison (p<0.05) or a type (List<P<T>>) has
 * no such run.
 */
const MRZ_LINE = /(?<![A-Za-z0-9<])P<[A-Z]{3}[<>]?[A-Z0-9<]{5,}(?![A-Za-z0-9<])/dg;

export const PASSPORT_MRZ_DETECTORS: readonly PiiDetector[] = [gated(/P<[A-Z]{3}/, patternDetector("PERSONAL_ID", MRZ_LINE))];
