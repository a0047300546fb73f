import { describe, expect, it } from "vitest";
import { FileNames, NameMatcher } from "../../src/finetune/pii/file-names.js";
import { maskInquiryRow, maskInquiryRows, maskPii } from "../../src/finetune/pii/mask-pii.js";
import { SourceMasker } from "../../src/finetune/pii/source-masker.js";
import { piiDetectors } from "../../src/finetune/pii/detectors.js";
import { EMPTY_PII_CONFIG } from "../../src/finetune/pii/pii-config.js";
import { ReportEntries } from "../../src/finetune/report-entries.js";
import { RowCounts, spreadNames } from "../../src/finetune/spread-names.js";
import { SpilledInquiry } from "../../src/finetune/spilled-inquiry.js";
import { TextSpill } from "../../src/finetune/text-spill.js";

describe("NameMatcher", () => {
  const matcher = new NameMatcher(["Quillon Varrick", "清水谷 ゆかり", "清水谷", "荒井"]);

  it("masks each whole-word repeat of a name, the longest name first, width-folded as the names are", () => {
    const masked = matcher.mask("清水谷 ゆかり と 清水谷、Ｑｕｉｌｌｏｎ Varrick（[EMAIL]）");
    expect(masked.text).toBe("[PERSON] と [PERSON]、[PERSON]（[EMAIL]）");
    expect(masked.findings.map(({ start, end }) => [start, end])).toEqual([
      [0, 7],
      [10, 13],
      [14, 29],
    ]);
  });

  it("masks overlapping repeats of two names as one, whichever was found first: no part of either is left", () => {
    for (const names of [["Quillon Varrick", "Varrick Dunmoor"], ["Varrick Dunmoor", "Quillon Varrick"]]) {
      expect(new NameMatcher(names).mask("Quillon Varrick Dunmoor の予約").text).toBe("[PERSON] の予約");
    }
  });

  it("leaves a name inside a longer word and a name in a firm's, as a small log's pass does", () => {
    for (const text of ["荒井町の清水谷ホール", "Quillon Varrick Holdings", "Quillon Varricks", "no names here"]) expect(matcher.mask(text)).toEqual({ text, findings: [] });
  });
});

describe("a log's names masked in its other rows", () => {
  // Varrick Dunmoor found first: a small log's pass took the first-found name (Quillon [PERSON]), a large log's the
  // leftmost (the spread pass: [PERSON] Dunmoor), so the same rows came out differently by the log's size.
  const rows = [
    ["Varrick Dunmoor さんの件です。", "承知しました。"],
    ["Quillon Varrick さんから電話がありました。", "折り返します。"],
    ["Quillon Varrick Dunmoor の予約を確認。", "了解です。"],
  ];

  it("are masked alike in a small log and a large one, two overlapping names as one", () => {
    const small = maskInquiryRows(rows).map((row) => row.map((result) => result.text));
    const names = new FileNames();
    const streamed = rows.map((texts) => {
      const row = maskInquiryRow(texts);
      names.add(row.names);
      return row.masked.map((result) => result.text);
    });
    const matcher = new NameMatcher(names.names);
    const large = streamed.map((row) => row.map((text) => matcher.mask(text).text));
    expect(small[2]).toEqual(["[PERSON] の予約を確認。", "了解です。"]);
    expect(large).toEqual(small);
  });

  it("are masked so within one record too, whatever order they were found in", () => {
    expect(maskPii("Varrick Dunmoor さん、Quillon Varrick さん。Quillon Varrick Dunmoor の件").text).toBe("[PERSON] さん、[PERSON] さん。[PERSON] の件");
  });
});

describe("FileNames", () => {
  it("keeps names in the order they came, once each, up to its limit, and says when one more was left out", () => {
    const names = new FileNames(2);
    names.add(["荒井", "清水谷"]);
    names.add(["荒井"]);
    expect(names.capped).toBe(false);
    names.add(["Quillon Varrick", "清水谷"]);
    expect([...names.names]).toEqual(["荒井", "清水谷"]);
    expect(names.capped).toBe(true);
  });
});

describe("spreadNames", () => {
  const rows = (spill: TextSpill, texts: [string, string, string?][]) =>
    texts.map(([question, answer, category], index) => {
      const example = new SpilledInquiry("q.csv", "q.csv", index + 2, [], spill, question, answer);
      example.language = "ja";
      if (category !== undefined) example.category = category;
      return example;
    });

  it("masks the names in the spilled rows, respills the rows it changes, and writes each row's entry with all it masked", () => {
    const spill = TextSpill.open();
    const entries = new ReportEntries();
    const masker = new SourceMasker(piiDetectors(EMPTY_PII_CONFIG));
    try {
      const examples = rows(spill, [
        ["担当：[PERSON] です。", "[EMAIL] まで。", "荒井"],
        ["清水谷 に折り返し。", "了解です。"],
        ["何もなし。", "了解です。"],
      ]);
      const counts = new RowCounts();
      counts.add({ PERSON: 1, EMAIL: 1 });
      counts.add({});
      counts.add({});
      const names = new FileNames();
      names.add(["清水谷", "荒井"]);
      spreadNames(examples, counts, names, { file: "q.csv", masker, entries });
      expect(examples.map((example) => example.texts())).toEqual([
        ["担当：[PERSON] です。", "[EMAIL] まで。"],
        ["[PERSON] に折り返し。", "了解です。"],
        ["何もなし。", "了解です。"],
      ]);
      expect(examples.map((example) => [example.category, example.language])).toEqual([
        ["[PERSON]", "ja"],
        [undefined, undefined],
        [undefined, "ja"],
      ]);
      expect(entries.all().map(({ id, pii }) => [id, pii])).toEqual([
        ["q.csv:2", { PERSON: 2, EMAIL: 1 }],
        ["q.csv:3", { PERSON: 1 }],
      ]);
      expect(masker.byFile).toEqual({ "q.csv": { PERSON: 2 } });
    } finally {
      spill.close();
      entries.close();
    }
  });

  it("notes in the report that names past the limit were masked within their own row only", () => {
    const spill = TextSpill.open();
    const entries = new ReportEntries();
    try {
      const names = new FileNames(1);
      names.add(["清水谷", "荒井"]);
      const counts = new RowCounts();
      counts.add({});
      spreadNames(rows(spill, [["清水谷 の件で 荒井 に連絡", ""]]), counts, names, { file: "q.csv", masker: new SourceMasker([]), entries });
      expect(entries.all()).toEqual([
        { id: "q.csv:2", action: "masked", reason: "pii", detail: "[PERSON]×1", pii: { PERSON: 1 } },
        { id: "q.csv", action: "note", reason: "pii", detail: "more than 1 people's names in its rows: the first 1 are masked wherever the file repeats them, later ones only within their own row" },
      ]);
    } finally {
      spill.close();
      entries.close();
    }
  });
});
