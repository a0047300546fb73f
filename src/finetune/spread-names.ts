import { withRoomForOne } from "./grow-typed-array.js";
import { maskedEntry } from "./masked-entry.js";
import { NameMatcher, type FileNames } from "./pii/file-names.js";
import type { MaskResult } from "./pii/mask-pii.js";
import type { SourceMasker } from "./pii/source-masker.js";
import type { ReportEntries } from "./report-entries.js";
import { addCounts } from "./report.js";
import type { SpilledInquiry } from "./spilled-inquiry.js";

/**
 * What each row of a large log had masked, kept until its names have spread (spreadNames) so that a row's one report
 * entry counts them all, as a small log's does: a row costs 4 bytes, an index into the few combinations of counts.
 */
export class RowCounts {
  private rows = new Int32Array(1024);
  private length = 0;
  private readonly combinations: Readonly<Record<string, number>>[] = [];
  private readonly indexes = new Map<string, number>();

  add(found: Record<string, number>): void {
    const key = JSON.stringify(found);
    let index = this.indexes.get(key);
    if (index === undefined) this.indexes.set(key, (index = this.combinations.push(found) - 1));
    this.rows = withRoomForOne(this.rows, this.length);
    this.rows[this.length++] = index;
  }

  /** Row `row`'s counts, as added. */
  get(row: number): Readonly<Record<string, number>> {
    return this.combinations[this.rows[row]!]!;
  }
}

/**
 * The second pass over a large log, whose rows were masked as they streamed (in threads) and spilled: the names its
 * rows found (`names`, maskInquiryRow's: a full name, a Japanese full name's surname) and the personal IDs (a person's
 * code after its label) are masked wherever another row repeats them, as maskInquiryRows does for a log small enough to
 * hold, so that what is masked does not depend on the log's size. The spilled rows are read in order, one at a time,
 * through one matcher compiled from all the names; a row that changes is spilled anew (its language tagged again by
 * cleanExamples). Then each row's report entry is written, with what this pass added; the report notes when the names
 * or the IDs were more than FileNames keeps.
 */
export function spreadNames(
  examples: readonly SpilledInquiry[],
  counts: RowCounts,
  names: FileNames,
  { file, masker, entries }: { file: string; masker: SourceMasker; entries: ReportEntries },
): void {
  const matcher = names.names.size + names.ids.size > 0 ? new NameMatcher(names.names, names.ids) : undefined;
  const categories = new Map<string, MaskResult>();
  examples.forEach((example, row) => {
    let found = counts.get(row);
    if (matcher) {
      const added: Record<string, number> = {};
      const mask = (text: string, result: MaskResult): string => {
        if (result.findings.length > 0) addCounts(added, masker.record(text, result, file).found);
        return result.text;
      };
      const [question, answer] = example.texts();
      const maskedQuestion = matcher.mask(question);
      const maskedAnswer = matcher.mask(answer);
      if (maskedQuestion.findings.length + maskedAnswer.findings.length > 0) {
        example.respill(mask(question, maskedQuestion), mask(answer, maskedAnswer));
        delete example.language;
      }
      const category = example.category;
      if (category !== undefined) {
        let masked = categories.get(category);
        if (masked === undefined) categories.set(category, (masked = matcher.mask(category)));
        example.category = mask(category, masked);
      }
      if (Object.keys(added).length > 0) {
        const all = { ...found };
        addCounts(all, added);
        found = all;
      }
    }
    if (Object.keys(found).length > 0) entries.add(maskedEntry(example.id, found));
  });
  const note = (what: string, limit: number) => {
    const first = limit.toLocaleString("en");
    const detail = `more than ${first} ${what} in its rows: the first ${first} are masked wherever the file repeats them, later ones only within their own row`;
    entries.add({ id: file, action: "note", reason: "pii", detail });
  };
  if (names.capped) note("people's names", names.limit);
  if (names.idsCapped) note("personal IDs", names.idLimit);
}
