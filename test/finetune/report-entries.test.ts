import { describe, expect, it } from "vitest";
import { ENTRIES_KEPT_PER_ACTION, ReportEntries } from "../../src/finetune/report-entries.js";
import type { ReportEntry } from "../../src/finetune/report.js";

const masked = (line: number): ReportEntry => ({ id: `log.csv:${line}`, action: "masked", reason: "pii", detail: "[EMAIL]×1, [PHONE]×2", pii: { EMAIL: 1, PHONE: 2 } });
const dropped = (line: number): ReportEntry => ({ id: `log.csv:${line}`, action: "dropped", reason: "near-duplicate", detail: "90% similar", duplicateOf: "log.csv:2", similarity: 0.9 });

describe("report entries (written to a temporary file as they come)", () => {
  it("give back every entry in order, as its report.jsonl line, and tally what the counts need", () => {
    const entries = new ReportEntries();
    try {
      const added = [masked(2), dropped(3), masked(4), { id: "log.csv", action: "note", reason: "encoding", detail: "decoded as shift_jis" } satisfies ReportEntry];
      for (const entry of added) entries.add(entry);
      expect(entries.all()).toEqual(added);
      expect([...entries.jsonLines()]).toEqual(added.map((entry) => `${JSON.stringify(entry)}\n`));
      expect(entries.counts()).toEqual({ dropped: { "near-duplicate": 1 }, flagged: {}, truncated: 0, maskedExamples: 2, masked: { EMAIL: 2, PHONE: 4 }, actions: { masked: 2, dropped: 1, note: 1 } });
    } finally {
      entries.close();
    }
  });

  it("keep the first entries of each action for report.md and count the rest", () => {
    const entries = ReportEntries.of(Array.from({ length: 250 }, (_, index) => masked(index + 2)));
    try {
      const { entries: first, total } = entries.first("masked");
      expect(total).toBe(250);
      expect(first.map((entry) => entry.id)).toEqual(Array.from({ length: ENTRIES_KEPT_PER_ACTION }, (_, index) => `log.csv:${index + 2}`));
      expect(entries.first("dropped")).toEqual({ entries: [], total: 0 });
    } finally {
      entries.close();
    }
  });

  it("put prepended entries first, and take back what was added since a mark (a file unreadable half-way)", () => {
    const entries = new ReportEntries();
    try {
      entries.add(masked(2));
      const mark = entries.mark();
      for (let line = 3; line < 200; line++) entries.add(line % 2 ? masked(line) : dropped(line));
      entries.rollback(mark);
      const note: ReportEntry = { id: "other.csv", action: "note", reason: "file", detail: "not read" };
      entries.add(note);
      const teacher: ReportEntry = { id: "doc.md#1", action: "note", reason: "teacher", detail: "made 3 pairs" };
      entries.prepend([teacher]);
      expect(entries.all()).toEqual([teacher, masked(2), note]);
      expect(entries.length).toBe(3);
      expect(entries.counts()).toMatchObject({ dropped: {}, maskedExamples: 1, masked: { EMAIL: 1, PHONE: 2 }, actions: { masked: 1, note: 2 } });
      expect(entries.first("note").entries).toEqual([teacher, note]);
      expect(entries.first("masked").entries).toEqual([masked(2)]);
    } finally {
      entries.close();
    }
  });

});
