import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildDataset, DEFAULT_BUILD_OPTIONS } from "../../src/finetune/build-dataset.js";
import { writeLogBetween } from "./support/large-log.js";

/** Every text a built dataset's examples hold, joined. */
const textsOf = async (options: Parameters<typeof buildDataset>[0]): Promise<string> => {
  const built = await buildDataset({ ...options, nearDuplicateThreshold: 1 });
  try {
    return [...built.examples.train, ...built.examples.validation].flatMap((example) => example.messages.map((message) => message.content)).join("\n");
  } finally {
    built.release();
  }
};

const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-repeats-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe("a person's name found in one place of a file, bare in another", () => {
  it("is masked in another section of a document", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "docs"));
    fs.writeFileSync(
      path.join(dir, "docs", "minutes.md"),
      "# 理事会議事録\n\n## 出席\n\n出席理事：監事 石田 みゆき（301）、会計 鈴木 一郎（402）。\n\n## 次回\n\n議事録署名人：石田 監事。会場の石田ホールは予約済み。\n",
    );
    const text = await textsOf({ ...DEFAULT_BUILD_OPTIONS, docsDir: path.join(dir, "docs") });
    expect(text).not.toMatch(/石田 (?:みゆき|監事)/u);
    expect(text).toContain("[PERSON] 監事");
    expect(text).toContain("石田ホール");
  });

  it("is masked in another row of a small inquiry log, a full name or a Japanese surname; a one-word name stays in its row", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "q.csv"), ["question,answer,category", ...NAMED_ROWS, ...BARE_ROWS].join("\n"));
    const text = await textsOf({ ...DEFAULT_BUILD_OPTIONS, inquiriesFiles: [path.join(dir, "q.csv")] });
    expect(text).not.toMatch(/Varrick|清水谷/u);
    expect(text).toContain("Travel refund for [PERSON], train");
    expect(text).toContain("Grant application form attached.");
  });

  it("is masked in a late row of an inquiry log of 1 MiB or more, masked as it streams, as in a small log; the row's entry counts it", async () => {
    const log = path.join(tempDir(), "q.csv");
    writeLogBetween(log, NAMED_ROWS, BARE_ROWS);
    expect(fs.statSync(log).size).toBeGreaterThanOrEqual(1 << 20);
    const built = await buildDataset({ ...DEFAULT_BUILD_OPTIONS, inquiriesFiles: [log], nearDuplicateThreshold: 1 });
    try {
      const text = [...built.examples.train, ...built.examples.validation].flatMap((example) => example.messages.map((message) => message.content)).join("\n");
      expect(text).not.toMatch(/Varrick|清水谷/u);
      expect(text).toContain("Travel refund for [PERSON], train");
      expect(text).toContain("[PERSON] に折り返しをお願いします。");
      expect(text).toContain("Grant application form attached.");
      const lastRows = built.report.entries.all().filter((entry) => entry.action === "masked" && entry.id.startsWith("q.csv:") && Number(entry.id.slice(6)) > 10);
      expect(lastRows.map((entry) => entry.pii)).toEqual([{ PERSON: 1 }, { PERSON: 1 }]);
      expect(built.report.pii.byFile[Object.keys(built.report.pii.byFile)[0]!]).toEqual({ PERSON: 5 });
    } finally {
      built.release();
    }
  }, 120_000);
});

/** Rows that name a person with a cue (さん, 担当：) and a one-word name (Mr. Grant), then rows that repeat them bare. */
const NAMED_ROWS = ['"候補者の Quillon Varrick さんから連絡がありました。","承知しました。Mr. Grant にも共有します。",hr', '"担当：清水谷 ゆかり です。","確認します。",hr'];
const BARE_ROWS = ['"Travel refund for Quillon Varrick, train from Sendai.","Sent by transfer.",hr', '"清水谷 に折り返しをお願いします。","Grant application form attached.",hr'];
