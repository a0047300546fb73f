import { gated, type PiiDetector, type Span } from "../detector.js";

/**
 * A column of a person's travel or seafarer's document in a table laid out by spaces (a ship's crew list:
 * `No.  Rank  Surname, Given names  Nationality  Passport  Seaman's book` over `01  Master  KOVALENKO, Andriy  UKR
 * FX418273  AB 117402`): the heading names the document once, and each row's cell under it is that person's number.
 * Cells are runs between gaps of two spaces or more; a row's cell is under the heading when it starts within a few
 * columns of the heading's start. The table ends at a blank line.
 */
export const DOCUMENT_HEADING =
  /^(?:[Pp]assport|PASSPORT|[Ss]eam[ae]n'?s'? [Bb]ook|SEAM[AE]N'?S'? BOOK|CDC|[Dd]ischarge [Bb]ook|[Ss]eafarer'?s'? (?:ID|[Bb]ook)|SIRB|[Nn]ational ID|ID [Cc]ard)(?: (?:[Nn]o\.?|NO\.?|[Nn]umber|#))?$/;
/** A document's number: up to three capitals (one space may follow them), then six to nine digits, then a check letter. */
const DOCUMENT_NUMBER = /^(?:[A-Z]{1,3} ?)?\d{6,9}[A-Z]?$/;
/** How far a row's cell may start from its heading's start (a cell written one or two columns off). */
const SLACK = 2;

interface Run {
  text: string;
  column: number;
}

/** The runs of a line between gaps of two spaces or more (or a tab), with their columns. */
function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  for (const match of line.matchAll(/\S+(?: \S+)*/g)) runs.push({ text: match[0], column: match.index });
  return runs;
}

function documentColumnCells(shadow: string): Span[] {
  const spans: Span[] = [];
  const lines = shadow.split("\n");
  const offsets: number[] = [];
  for (let index = 0, offset = 0; index < lines.length; offset += lines[index]!.length + 1, index++) offsets.push(offset);
  for (let index = 0; index < lines.length - 1; index++) {
    const heading = runsOf(lines[index]!);
    if (heading.length < 3) continue;
    const columns = heading.filter((run) => DOCUMENT_HEADING.test(run.text)).map((run) => run.column);
    if (columns.length === 0) continue;
    for (let row = index + 1; row < lines.length && lines[row]!.trim() !== ""; row++) {
      for (const cell of runsOf(lines[row]!)) {
        if (!DOCUMENT_NUMBER.test(cell.text) || !columns.some((column) => Math.abs(column - cell.column) <= SLACK)) continue;
        spans.push({ start: offsets[row]! + cell.column, end: offsets[row]! + cell.column + cell.text.length });
      }
    }
  }
  return spans;
}

/** Most texts name no such document in a heading. */
const GATE = /[Pp]assport|PASSPORT|[Ss]eam[ae]n|SEAM[AE]N|CDC|[Dd]ischarge [Bb]ook|[Ss]eafarer|SIRB|[Nn]ational ID|ID [Cc]ard/;

export const DOCUMENT_NUMBER_COLUMN: PiiDetector = gated(GATE, { type: "PERSONAL_ID", find: documentColumnCells });
