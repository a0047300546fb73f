import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { STATION } from "./police-receipt-numbers.js";

const GAP = String.raw`[ \t　]*`;

/**
 * A pawn ticket's number (質札 No.25-03-0112, 質札番号：A-3318, pawn ticket no. 2231-07): a ticket is one person's loan,
 * so its number is theirs. With its No., which the ticket prints as part of the number; four digits or more inside.
 */
const PAWN_TICKET = new RegExp(
  String.raw`(?:質札|[Pp]awn ticket)(?:番号)?${GAP}[:：]?${GAP}(?<secret>(?:No\.?|#)?${GAP}[A-Z]{0,3}-?\d[\d-]{3,14}\d)(?![\dA-Za-z])`,
  "dgu",
);

/**
 * A person's certificate or card written with its No. (運転経歴証明書 No. 205511873904, 在留カード No.AB12…, 保険証 No 4402…):
 * the No. is read as part of the number, so it is masked with it. Six digits or more: a form's No. 3 is no card's. Or
 * the city that issued it before the No., perhaps on the next line or in the next cell as a page gives it (母子健康手帳⏎蕨市交付
 * No. 2024-0412), the No. then of two groups of four digits and four to six, as the city numbers its books by year.
 */
const DOCUMENT = String.raw`(?:証明書|免許証|カード|保険証|手帳|受給者証)`;
const DOCUMENT_NO = new RegExp(String.raw`${DOCUMENT}${GAP}(?<secret>No\.?${GAP}[A-Z]{0,2}\d{6,14}[A-Z]{0,2})(?![\dA-Za-z])`, "dgu");
const ISSUED_DOCUMENT_NO = new RegExp(
  String.raw`${DOCUMENT}[\s|]{0,5}\p{Script=Han}{1,6}交付${GAP}(?<secret>No\.?${GAP}(?:[A-Z]{0,2}\d{6,14}[A-Z]{0,2}|\d{4}-\d{4,6}))(?![\dA-Za-z-])`,
  "dgu",
);
/** Its gate: the document's word before No., not No. alone, which most English texts hold. */
const DOCUMENT_NO_GATE = new RegExp(`${DOCUMENT}${GAP}No`, "u");

/**
 * A permit a person holds, its number inside 第 … 号 with its place's or issuer's kanji before the year (使用許可証 第
 * 松-2023-0517 号, 墓地使用許可証 第東-19-221号): a grave's or a plot's use permit names its holder. The whole 第…号.
 * A firm's trade permit is a 許可 with no 証 (建設業許可 第…号).
 */
const HELD_PERMIT = new RegExp(
  String.raw`許可証(?:番号)?${GAP}[:：]?${GAP}(?<secret>第${GAP}\p{Script=Han}{1,3}-?\d{2,4}-\d{2,6}${GAP}号)`,
  "dgu",
);

/**
 * A report's receipt number a station gave (捜索願：吹田警察署 に届けた、受理番号 第2021-00391号): the station named
 * earlier in the sentence, words between (a tax office's is no report's), the receipt's word before the number: the whole
 * 第…号, which the writer reads as the number. Right after its station the receipt is the station rule's, station and all.
 */
const RECEIPT_AFTER_STATION = new RegExp(
  String.raw`${STATION}[ \t　]*[^ \t　\n。受][^\n。]{0,23}?受理(?:番号)?${GAP}[:：]?${GAP}(?<secret>第${GAP}\d{2,6}(?:-\d{1,6})+${GAP}号)`,
  "dgu",
);

/**
 * A pet's microchip number (ISO 11784: 15 digits, a country's or a maker's code first; 392 141 000 206 118, 392141000733509,
 * マイクロチップ番号 392-1410-…): the Decisions make it the owner's id. After the chip's word, on its line or the next
 * (a chat's reply to the question asking for it), in one run or in groups: fifteen digits are no count or price.
 */
const MICROCHIP = new RegExp(
  String.raw`(?:[Mm]icrochip|MICROCHIP|マイクロチップ|チップ番号)(?:[^\n。]|\n(?![ \t]*\n)){0,120}?(?<![\d])(?<secret>\d{3}(?:[ -]?\d){12})(?![\d])`,
  "dgu",
);

/**
 * Pets' chips in an English case note, listed after the bare word (Chips: Bramble 392141000377120, Toffee 392 1410 0037
 * 7134; Chip 900108001234567): every fifteen-digit number on the line after it is a chip's, each its owner's. Read from
 * the number back to the word, so the pattern runs only where fifteen digits stand; an IC's or a SIM's chip is no pet's.
 */
const CHIPS_ON_LINE = /(?<!\d)(?<secret>\d{15}|\d{3}(?: \d{4}){3})(?!\d)(?<=(?<![A-Za-z]|IC[ -]?|SIM[ -]?)[Cc]hips?(?![A-Za-z])[^\n]{1,120})/dg;

export const NUMBERED_PERSONAL_DOCUMENTS: readonly PiiDetector[] = [
  gated(/質札|[Pp]awn ticket/, patternDetector("PERSONAL_ID", PAWN_TICKET)),
  gated(DOCUMENT_NO_GATE, patternDetector("PERSONAL_ID", DOCUMENT_NO)),
  gated(/交付[ \t　]*No/u, patternDetector("PERSONAL_ID", ISSUED_DOCUMENT_NO)),
  gated(/許可証/, patternDetector("PERSONAL_ID", HELD_PERMIT)),
  gated(/受理/, patternDetector("PERSONAL_ID", RECEIPT_AFTER_STATION)),
  gated(/icrochip|MICROCHIP|チップ/, patternDetector("PERSONAL_ID", MICROCHIP)),
  gated(/[Cc]hip/, patternDetector("PERSONAL_ID", CHIPS_ON_LINE)),
];
