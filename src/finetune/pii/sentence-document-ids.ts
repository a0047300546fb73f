import { gated, patternDetector, type PiiDetector } from "./detector.js";

/**
 * A document's number given later in the sentence that names the document, not right after its name: "a copy of your
 * passport (we have Z4418203 on file …)", "住民票コードの問い合わせ…、通知（39204718856）の再発行". Only values of the
 * document's own shape, so the sentence's other numbers stay: a passport's one or two capitals and seven or eight
 * digits; a 住民票コード's eleven digits, not a phone's (which opens with 0). Within the sentence: no 。, ., ! or ?
 * followed by a space, and a line break ends it.
 */
const IN_SENTENCE = String.raw`(?:[^\n。.!?]|\.(?! ))`;
const PASSPORT_LATER = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Pp]assports?|パスポート|旅券)${IN_SENTENCE}{1,60}?(?<![A-Za-z0-9])(?<secret>[A-Z]{1,2}\d{7,8})(?![A-Za-z0-9])`,
  "dg",
);
const RESIDENT_CODE_LATER = new RegExp(
  String.raw`住民票コード${IN_SENTENCE}{1,60}?(?<![0-9０-９-])(?<secret>[1-9]\d{10})(?![0-9０-９-])`,
  "dg",
);

export const SENTENCE_DOCUMENT_ID_DETECTORS: readonly PiiDetector[] = [
  gated(/(?:assport|パスポート|旅券)[^\n]*[A-Z]\d{7}/, patternDetector("PERSONAL_ID", PASSPORT_LATER)),
  gated(/住民票コード[^\n]*\d{11}/, patternDetector("PERSONAL_ID", RESIDENT_CODE_LATER)),
];
