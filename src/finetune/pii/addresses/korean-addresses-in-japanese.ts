import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Korean address written in Japanese, as a Japanese form or a forwarder's sheet gives a customer's in Korea: the
 * special or metropolitan city or the province (ソウル特別市, 釜山広域市, 京畿道), the city and district (城南市盆唐区, 江南区),
 * then the road or the neighbourhood and its number (テヘラン路152, 世宗大路 110, 駅三洞 823-1), perhaps the building and
 * its floor or room (江南ファイナンスセンター 21階). Korea's own city words (特別市, 広域市) say it is an address, where
 * 江南区 alone is a district anyone names.
 */
const KOREAN_REGION = "(?:ソウル特別市|(?:釜山|仁川|大邱|光州|大田|蔚山)広域市|世宗特別自治市|済州特別自治道|(?:京畿|江原|忠清[南北]|全羅[南北]|慶尚[南北])道)";
const PLACE = "[\\p{Script=Han}\\p{Script=Katakana}ー]";
const KOREAN_ADDRESS_IN_JAPANESE = new RegExp(
  `${KOREAN_REGION}\\s?(?:${PLACE}{1,6}?市\\s?)?(?:${PLACE}{1,6}?[区郡]\\s?)?(?:${PLACE}{1,6}?[邑面]\\s?)?` +
    `${PLACE}{1,10}?(?:大路|路|キル|ギル|洞|里)\\s?\\d{1,4}(?:-\\d{1,4})?(?:番地|番?キル\\s?\\d{1,4})?(?![\\d-])` +
    `(?:\\s?${PLACE}{1,16}\\s?\\d{1,3}(?:階|F|号室|号)|\\s?\\d{1,4}(?:階|F|号室|号))?`,
  "dgu",
);

export const KOREAN_ADDRESS_IN_JAPANESE_DETECTORS: readonly PiiDetector[] = [
  gated(/特別市|広域市|特別自治|(?:京畿|江原|忠清|全羅|慶尚)[南北]?道/u, patternDetector("ADDRESS", KOREAN_ADDRESS_IN_JAPANESE)),
];
