import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset, DEFAULT_BUILD_OPTIONS } from "../../../src/finetune/build-dataset.js";
import { FileNames, NameMatcher } from "../../../src/finetune/pii/file-names.js";
import { idsToSpread } from "../../../src/finetune/pii/ids/repeated-personal-ids.js";
import { maskDocumentSections, maskInquiryRow, maskInquiryRows } from "../../../src/finetune/pii/mask-pii.js";
import { ReportEntries } from "../../../src/finetune/report-entries.js";
import { SourceMasker } from "../../../src/finetune/pii/source-masker.js";
import { RowCounts, spreadNames } from "../../../src/finetune/spread-names.js";
import { SpilledInquiry } from "../../../src/finetune/spilled-inquiry.js";
import { TextSpill } from "../../../src/finetune/text-spill.js";
import { writeLogBetween } from "../support/large-log.js";
import { useTempDirs, writeJsonl } from "../../support/temp-dir.js";

/**
 * Round 36r (issue 13): a person's ID masked after its label in one row or section leaked bare in a later one (an
 * adoption application's number given when applying, then in a visit report's heading). A strongly shaped ID found
 * after a person's label is now masked wherever its document or its log repeats it, as names are; an order's or a
 * desk's number (注文番号, 受付番号) is not spread, and a repeat after a thing's word is left.
 */

const tempDir = useTempDirs();

/** Every text a built dataset's examples hold, joined, and its report's masked rows (their ids and counts). */
const build = async (options: Partial<Parameters<typeof buildDataset>[0]>): Promise<{ text: string; masked: { id: string; pii?: Record<string, number> }[] }> => {
  const built = await buildDataset({ ...DEFAULT_BUILD_OPTIONS, ...options, nearDuplicateThreshold: 1 });
  try {
    const text = [...built.examples.train, ...built.examples.validation].flatMap((example) => example.messages.map((message) => message.content)).join("\n");
    return { text, masked: built.report.entries.all().filter((entry) => entry.action === "masked") };
  } finally {
    built.release();
  }
};

const texts = (rows: readonly (readonly string[])[]): string[][] => maskInquiryRows(rows).map((row) => row.map((result) => result.text));

describe("a personal ID found after its label, bare in another row of a log", () => {
  it("is masked there, in Japanese prose and in an English chat line", () => {
    const masked = texts([
      ["会員番号 MB-73-10942 です。住所変更をお願いします。", "承知しました。"],
      ["先日の件（MB-73-10942）ですが、まだ届きません。", "確認します。"],
      ["[10:02] guest: my member ID is GX-5520-1187", "[10:03] staff: thanks"],
      ["[11:40] guest: following up on GX-5520-1187, any news?", "[11:41] staff: shipped today"],
    ]);
    expect(masked[1]![0]).toBe("先日の件（[PERSONAL_ID]）ですが、まだ届きません。");
    expect(masked[3]![0]).toBe("[11:40] guest: following up on [PERSONAL_ID], any news?");
  });

  it("is masked there when it is eight digits or more, not when they read as a date or a phone number", () => {
    const masked = texts([
      ["お客様番号 40718823 で登録しました。会員番号 20261207 です。", "はい。"],
      ["40718823 の請求書はどこですか。20261207 に来店します。", "送ります。"],
    ]);
    expect(masked[1]![0]).toBe("[PERSONAL_ID] の請求書はどこですか。20261207 に来店します。");
  });

  it("leaves a repeat after a thing's label, and a value inside a longer code", () => {
    const masked = texts([
      ["契約者番号 CN-4410-2278 です。", "承りました。"],
      ["注文番号 CN-4410-2278 の配送は？ CN-4410-22789 とは別です。", "明日です。"],
    ]);
    expect(masked[1]![0]).toBe("注文番号 CN-4410-2278 の配送は？ CN-4410-22789 とは別です。");
  });

  it("leaves an order's and a desk's numbers repeated across rows, and versions, dates and products", () => {
    const rows = [
      ["注文番号 OR-88-20417 の配送は？", "受付番号 RC-26-5521 で承りました。"],
      ["OR-88-20417 届きました。RC-26-5521 の件です。", "バージョン 2.14.0 で直りました。"],
      ["型番 KX-2210-B を 2026-12-07 に買いました。", "KX-2210-B の保証は1年です。"],
    ];
    expect(texts(rows)).toEqual(rows);
  });
});

describe("idsToSpread", () => {
  const found = (shadow: string, value: string) => [{ start: shadow.indexOf(value), end: shadow.indexOf(value) + value.length, type: "PERSONAL_ID" }];
  const spread = (shadow: string, value: string) => idsToSpread([shadow], [found(shadow, value)]);

  it("takes a strongly shaped ID after a person's label, in its layouts", () => {
    expect(spread("申込番号 KT-31-0457 で受け付けました", "KT-31-0457")).toEqual(["KT-31-0457"]);
    expect(spread("| 会員番号 | MB_2241_07 |", "MB_2241_07")).toEqual(["MB_2241_07"]);
    expect(spread("Your application number is AP-31-7720.", "AP-31-7720")).toEqual(["AP-31-7720"]);
    expect(spread("患者ID: 0048812731", "0048812731")).toEqual(["0048812731"]);
  });

  it("leaves one after a desk's or an order's label, one with no label, and weak shapes", () => {
    expect(spread("受付番号 RC-26-5521 で承りました", "RC-26-5521")).toEqual([]);
    expect(spread("注文番号: OR-88-20417", "OR-88-20417")).toEqual([]);
    expect(spread("Order no. OR-88-20417", "OR-88-20417")).toEqual([]);
    expect(spread("担当 山口 KT-31-0457", "KT-31-0457")).toEqual([]);
    for (const value of ["AB-12", "A12345", "09012345678", "20261207", "v2-10-4"]) expect(spread(`会員番号 ${value}`, value)).toEqual([]);
    expect(spread("会員番号 12500000 円", "12500000")).toEqual([]);
  });
});

describe("a personal ID found in one section of a document, bare in a later one", () => {
  it("is masked there; an order's number repeated stays", () => {
    const masked = maskDocumentSections([
      "## 受付\n\n利用者番号 RS-2209-4471 の方から、返却期限の延長の相談。注文番号 OD-5531-2207 の本は取り寄せ中。",
      "## 対応\n\nRS-2209-4471 は延長済み。OD-5531-2207 は来週入荷。",
    ]).map((result) => result.text);
    expect(masked[1]).toBe("## 対応\n\n[PERSONAL_ID] は延長済み。OD-5531-2207 は来週入荷。");
  });

  it("is masked through the build, in another paragraph of a Markdown document", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "docs"));
    fs.writeFileSync(
      path.join(dir, "docs", "desk.md"),
      "# 窓口メモ\n\n## 11/2\n\n会員番号 MB-73-10942 の方から住所変更の連絡。\n\n## 11/9\n\nMB-73-10942 の会員証を再発行。製品 KX-2210-B を同封。\n",
    );
    const { text } = await build({ docsDir: path.join(dir, "docs") });
    expect(text).not.toContain("MB-73-10942");
    expect(text).toContain("KX-2210-B");
  });
});

/** Rows that give an ID after its label (CSV lines), then rows that repeat it bare, and an order's number both times. */
const LABELLED_ROWS = ['"里親の申込です。申込番号 AP-31-7720 です。","承りました。",adopt', '"注文番号 OR-88-20417 の首輪が届きません。","確認します。",shop'];
const BARE_ROWS = ['"お宅訪問レポート（AP-31-7720）: 譲渡可","ありがとう。",visit', '"OR-88-20417 届きました。","よかったです。",shop'];

describe("a personal ID spread through the build", () => {
  it("is masked in another row of a small CSV log", async () => {
    const log = path.join(tempDir(), "q.csv");
    fs.writeFileSync(log, ["question,answer,category", ...LABELLED_ROWS, ...BARE_ROWS].join("\n"));
    const { text } = await build({ inquiriesFiles: [log] });
    expect(text).not.toContain("AP-31-7720");
    expect(text).toContain("お宅訪問レポート（[PERSONAL_ID]）");
    expect(text).toContain("OR-88-20417 届きました。");
  });

  it("is masked in another row of a JSONL chat log", async () => {
    const log = path.join(tempDir(), "chat.jsonl");
    const rows = [
      { question: "[09:12] guest: Hi, my member ID is GX-5520-1187, I moved.", answer: "[09:15] staff: Thanks, updated." },
      { question: "[14:40] guest: Any news for GX-5520-1187? Order OR-88-20417 too.", answer: "[14:41] staff: Both shipped." },
    ];
    writeJsonl(log, rows);
    const { text } = await build({ inquiriesFiles: [log] });
    expect(text).not.toContain("GX-5520-1187");
    expect(text).toContain("Order OR-88-20417 too.");
  });

  it("is masked in a late row of a log of 1 MiB or more, masked as it streams, as in a small log; the row's entry counts it", async () => {
    const log = path.join(tempDir(), "q.csv");
    writeLogBetween(log, LABELLED_ROWS, BARE_ROWS);
    expect(fs.statSync(log).size).toBeGreaterThanOrEqual(1 << 20);
    const { text, masked } = await build({ inquiriesFiles: [log] });
    expect(text).not.toContain("AP-31-7720");
    expect(text).toContain("お宅訪問レポート（[PERSONAL_ID]）");
    expect(text).toContain("OR-88-20417 届きました。");
    const lastRows = masked.filter((entry) => entry.id.startsWith("q.csv:") && Number(entry.id.slice(6)) > 10);
    expect(lastRows.map((entry) => entry.pii)).toEqual([{ PERSONAL_ID: 1 }]);
  }, 120_000);
});

describe("a large log's IDs kept for its second pass", () => {
  it("come back from each row with its names, and are masked alike in a small log and a large one", () => {
    const rows = [
      ["申込番号 AP-31-7720 です。", "承りました。"],
      ["AP-31-7720 の訪問日は？", "注文番号 OR-88-20417 とは別です。"],
    ];
    const names = new FileNames();
    const streamed = rows.map((row) => {
      const masked = maskInquiryRow(row);
      names.add(masked.names, masked.ids);
      return masked.masked.map((result) => result.text);
    });
    expect([...names.ids]).toEqual(["AP-31-7720"]);
    const matcher = new NameMatcher(names.names, names.ids);
    expect(streamed.map((row) => row.map((text) => matcher.mask(text).text))).toEqual(texts(rows));
  });

  it("are kept up to their limit, and the report says when one more was masked within its own row only", () => {
    const spill = TextSpill.open();
    const entries = new ReportEntries();
    try {
      const names = new FileNames(10, 1);
      names.add([], ["AP-31-7720", "AP-31-7721"]);
      expect([...names.ids]).toEqual(["AP-31-7720"]);
      expect([names.capped, names.idsCapped]).toEqual([false, true]);
      const example = new SpilledInquiry("q.csv", "q.csv", 2, [], spill, "AP-31-7720 と AP-31-7721 の件", "");
      const counts = new RowCounts();
      counts.add({});
      spreadNames([example], counts, names, { file: "q.csv", masker: new SourceMasker([]), entries });
      expect(example.texts()).toEqual(["[PERSONAL_ID] と AP-31-7721 の件", ""]);
      expect(entries.all().at(-1)).toEqual({
        id: "q.csv",
        action: "note",
        reason: "pii",
        detail: "more than 1 personal IDs in its rows: the first 1 are masked wherever the file repeats them, later ones only within their own row",
      });
    } finally {
      spill.close();
      entries.close();
    }
  });
});
