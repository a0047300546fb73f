import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { PERSON_DOCUMENTS } from "../lexicon/person-documents.js";

/**
 * A line that ends on the number's word (showed his driving licence, number⏎307715249360.): the number opens the next
 * line, as a note wrapped at its width writes it, and the sentence goes on.
 */
const NUMBER_WORD_AT_LINE_END = String.raw`(?<=(?<![A-Za-z])(?:number|[Nn]o\.|番号)[ \t]*[:：]?[ \t]*)`;
/**
 * A document's number given later in the sentence that names the document, not right after its name: "a copy of your
 * passport (we have Z4418203 on file …)", "住民票コードの問い合わせ…、通知（39204718856）の再発行". Only values of the
 * document's own shape (person-documents.ts), so the sentence's other numbers stay. Within the sentence: no 。, ., !
 * or ? followed by a space, and a line break ends it, unless the next line is indented to go on with it (a list item's
 * wrapped line: 本人確認は運転免許証⏎  （番号 第 …）, or the line ends on the number's word); a number's abbreviation's full
 * stop ends none (運転免許証（No. 3011 …）, Passport nos. C4829107).
 */
const IN_SENTENCE = String.raw`(?:[^\n。.!?]|\.(?! )|(?<=(?<![A-Za-z])(?:No|NO|no|Nr|Nos|NOS|nos))\.|\n(?=[ \t]{2,}\S)|${NUMBER_WORD_AT_LINE_END}\n)`;
/** A value stands whole: no letter, digit or hyphen joins it to a longer code. */
const APART_BEFORE = "(?<![A-Za-z0-9０-９-])";
const APART_AFTER = "(?![A-Za-z0-9０-９-])";

/**
 * Another thing's label right before the value (receipt R20250114, booking reference AB1234567, 受付番号 A12345678, or
 * its label ending the line before: order number⏎2026…): the value is that thing's, whatever the sentence's document.
 */
const THING_LABEL_BEFORE =
  /(?:[Oo]rder|[Rr]eceipt|[Ii]nvoice|[Bb]ooking|[Rr]eservation|[Rr]ef(?:erence)?|[Tt]icket|[Tt]racking|[Cc]onfirmation|[Cc]ase|[Ff]light|注文|予約|受付|請求|問い?合わせ|申請|追跡|便)(?:[ \t]*(?:no\.?|No\.?|number|#|ID|番号|コード|code))?[ \t]*(?:[:：#]|is|は)?\s*$/;
/** Or its label right after it (2026-110519 の受付番号で): the value is that thing's. */
const THING_LABEL_AFTER = /^[ \t]*の?[ \t]*(?:注文|予約|受付|請求|問い?合わせ|申請|追跡|照会)(?:番号|コード|No)/;
const notAThingsValue = (match: RegExpExecArray, shadow: string): boolean => {
  const [start, end] = match.indices!.groups!.secret!;
  return !THING_LABEL_BEFORE.test(shadow.slice(Math.max(0, start - 32), start)) && !THING_LABEL_AFTER.test(shadow.slice(end, end + 12));
};

export const SENTENCE_DOCUMENT_ID_DETECTORS: readonly PiiDetector[] = PERSON_DOCUMENTS.flatMap((document) =>
  document.labels
    .filter((label) => label.at === "sentence")
    .map(({ words, value }) =>
      // Gated on the document's cue and a value of its shape on the line or the next one.
      gated(
        new RegExp(`(?:${document.cue})[^\\n]*(?:\\n[ \\t]*[^\\n]*)?${value}`),
        patternDetector("PERSONAL_ID", new RegExp(`(?:${words})${IN_SENTENCE}{1,60}?${APART_BEFORE}(?<secret>${value})${APART_AFTER}`, "dg"), notAThingsValue),
      ),
    ),
);
