/**
 * Masking threads load a compiled module (dist/finetune/pii/mask-worker.js), so these tests drive the built code, as
 * users run it (`npm test` builds first).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDirs } from "../../support/temp-dir.js";
import { COMPANY_PII_YAML, generatePiiCorpus } from "../support/pii-corpus.js";
import { writeLargeInquiryLog, writeLogBetween } from "../support/large-log.js";

const built = async <T>(file: string): Promise<T> => (await import(new URL(`../../../dist/${file}`, import.meta.url).href)) as T;
const { MaskPool } = await built<typeof import("../../../src/finetune/pii/mask-pool.js")>("finetune/pii/mask-pool.js");
const { maskPii, maskInquiryRow } = await built<typeof import("../../../src/finetune/pii/mask-pii.js")>("finetune/pii/mask-pii.js");
const { piiDetectors } = await built<typeof import("../../../src/finetune/pii/detectors.js")>("finetune/pii/detectors.js");
const { tagLanguage } = await built<typeof import("../../../src/finetune/language.js")>("finetune/language.js");
const { parsePiiConfig } = await built<typeof import("../../../src/finetune/pii/pii-config.js")>("finetune/pii/pii-config.js");
const { buildDataset, DEFAULT_BUILD_OPTIONS } = await built<typeof import("../../../src/finetune/build-dataset.js")>("finetune/build-dataset.js");

const tempDir = useTempDirs();
/** Each example with its messages (a spilled row reads them from its file when asked). */
const examplesOf = ({ examples }: Awaited<ReturnType<typeof buildDataset>>) =>
  [...examples.train, ...examples.validation].map((example) => ({ ...example, messages: example.messages }));
const config = parsePiiConfig(COMPANY_PII_YAML, "kurabe.yaml");

describe("masking threads", () => {
  it("give every text the result masking in this thread gives, batch by batch in order", async () => {
    const texts = generatePiiCorpus(3).inquiries.flat().map((text) => text.text);
    const pool = MaskPool.open(config, 2)!;
    try {
      const batches = [texts.slice(0, 100), texts.slice(100, 250), texts.slice(250)];
      const results = (await Promise.all(batches.map((batch) => pool.mask(batch)))).flat();
      expect(results).toEqual(texts.map((text) => maskPii(text, piiDetectors(config))));
      expect(results.filter((result) => result.findings.length > 0).length).toBeGreaterThan(texts.length / 2);
    } finally {
      await pool.close();
    }
  });

  it("end on close and start again on the next batch, which is masked as before", async () => {
    const texts = generatePiiCorpus(4).inquiries.flat().map((text) => text.text).slice(0, 80);
    const pool = MaskPool.open(config, 2)!;
    try {
      const first = await pool.mask(texts);
      await pool.close();
      expect(await pool.mask(texts)).toEqual(first);
      expect(first).toEqual(texts.map((text) => maskPii(text, piiDetectors(config))));
    } finally {
      await pool.close();
    }
  });

  it("tag each masked row's language as this thread would, from its masked question and answer", async () => {
    const rows = generatePiiCorpus(5).inquiries.slice(0, 60).map(([question, answer], index) => (index % 3 === 0 ? [question!.text, answer!.text, "billing"] : [question!.text, answer!.text]));
    const pool = MaskPool.open(config, 2)!;
    try {
      const { results, languages } = await pool.maskRows(rows.flat(), rows.map((row) => row.length));
      expect(results).toEqual(rows.flat().map((text) => maskPii(text, piiDetectors(config))));
      let at = 0;
      rows.forEach((row, index) => {
        expect(languages[index]).toBe(tagLanguage(`${results[at]!.text}\n${results[at + 1]!.text}`));
        at += row.length;
      });
      expect(new Set(languages)).toEqual(new Set(["ja", "en"]));
    } finally {
      await pool.close();
    }
  });

  it("send back the names and personal IDs their rows spread to the log's other rows, as this thread finds them, once a batch", async () => {
    const rows = [...generatePiiCorpus(6).inquiries.slice(0, 80).map(([question, answer]) => [question!.text, answer!.text]), ["申込番号 AP-31-7720 です。", "承りました。"]];
    const pool = MaskPool.open(config, 1)!;
    try {
      const { results, names, ids } = await pool.maskRows(rows.flat(), rows.map(() => 2));
      const inThread = rows.map((row) => maskInquiryRow(row, piiDetectors(config)));
      expect(results).toEqual(inThread.flatMap((row) => row.masked));
      expect(names).toEqual([...new Set(inThread.flatMap((row) => row.names))]);
      expect(names.length).toBeGreaterThan(3);
      expect(ids).toEqual([...new Set(inThread.flatMap((row) => row.ids))]);
      expect(ids).toContain("AP-31-7720");
    } finally {
      await pool.close();
    }
  });

  it("mask every batch in this thread, as a thread would, when no thread can hold the detectors within its heap's bound", async () => {
    const rows = generatePiiCorpus(7).inquiries.slice(0, 40).map(([question, answer]) => [question!.text, answer!.text]);
    const texts = rows.flat();
    const pool = MaskPool.open(config, 2, 8)!;
    try {
      expect(await pool.mask(texts.slice(0, 30))).toEqual(texts.slice(0, 30).map((text) => maskPii(text, piiDetectors(config))));
      const { results, languages, names } = await pool.maskRows(texts, rows.map(() => 2));
      const inThread = rows.map((row) => maskInquiryRow(row, piiDetectors(config)));
      expect(results).toEqual(inThread.flatMap((row) => row.masked));
      expect(languages).toEqual(inThread.map((row) => tagLanguage(`${row.masked[0]!.text}\n${row.masked[1]!.text}`)));
      expect(names).toEqual([...new Set(inThread.flatMap((row) => row.names))]);
      expect(names.length).toBeGreaterThan(0);
      expect(pool.batchesMaskedHere).toBe(2);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("mask here a batch a thread runs out of memory on, then go on in a new thread", async () => {
    const small = generatePiiCorpus(8).inquiries.flat().map((text) => text.text).slice(0, 20);
    // ~1M characters of personal data: a thread bounded at 56 MB (its detectors and a small batch fit in 44, not in 40)
    // cannot mask it. The closer the bound, the sooner the thread gives up on it (at 64 MB, the test took twice as long).
    const line = "お問い合わせ: 佐藤 花子 様 (hanako@example.jp) 東京都港区芝5-7-1 電話 03-1234-5678。\n";
    const lines = Math.ceil(1_000_000 / line.length);
    const large = line.repeat(lines);
    // Each line is masked as it is alone (checked once, so the test does not mask a megabyte twice in this thread).
    const alone = maskPii(line, piiDetectors(config));
    const expected = {
      text: alone.text.repeat(lines),
      findings: Array.from({ length: lines }, (_, index) => alone.findings.map((finding) => ({ ...finding, start: finding.start + index * line.length, end: finding.end + index * line.length }))).flat(),
    };
    const pool = MaskPool.open(config, 1, 56)!;
    try {
      expect(await pool.mask(small)).toEqual(small.map((text) => maskPii(text, piiDetectors(config))));
      expect(pool.batchesMaskedHere).toBe(0);
      const [masked] = await pool.mask([large]);
      expect(pool.batchesMaskedHere).toBe(1);
      expect(masked).toEqual(expected);
      expect(alone.text).not.toContain("佐藤");
      expect(await pool.mask(small)).toEqual(small.map((text) => maskPii(text, piiDetectors(config))));
      expect(pool.batchesMaskedHere).toBe(1);
    } finally {
      await pool.close();
    }
  }, 300_000);

  it("mask a name a log of over a megabyte found with a cue in an early row where a late row repeats it bare", async () => {
    const log = path.join(tempDir(), "q.csv");
    writeLogBetween(log, ['"候補者の Quillon Varrick さんと、担当：清水谷 ゆかり です。","承知しました。",hr'], ['"Refund for Quillon Varrick, train from Sendai.","清水谷 に折り返します。",hr']);
    expect(fs.statSync(log).size).toBeGreaterThan(1 << 20);
    let opened: ReturnType<typeof MaskPool.open>;
    const built = await buildDataset({ ...DEFAULT_BUILD_OPTIONS, inquiriesFiles: [log], nearDuplicateThreshold: 1, maskPool: () => (opened = MaskPool.open(config, 1)) });
    await opened!.close();
    expect(opened).toBeDefined();
    const texts = examplesOf(built).flatMap((example) => example.messages.map((message) => message.content));
    expect(texts).toContain("Refund for [PERSON], train from Sendai.");
    expect(texts).toContain("[PERSON] に折り返します。");
    expect(texts.join("\n")).not.toMatch(/Varrick|清水谷/u);
    built.release();
  }, 120_000);

  it("build the same dataset from a log of over a megabyte as masking in this thread, row for row", async () => {
    const dir = tempDir();
    const log = path.join(dir, "log.csv");
    writeLargeInquiryLog(log);
    expect(fs.statSync(log).size).toBeGreaterThan(1 << 20);
    const options = { ...DEFAULT_BUILD_OPTIONS, inquiriesFiles: [log], pii: config, evalRatio: 0.1 };
    let opened: ReturnType<typeof MaskPool.open>;
    const threaded = await buildDataset({ ...options, maskPool: () => (opened = MaskPool.open(config, 2)) });
    await opened!.close();
    expect(opened).toBeDefined();
    const inThread = await buildDataset(options);
    expect(examplesOf(threaded)).toEqual(examplesOf(inThread));
    expect(threaded.report.entries.all()).toEqual(inThread.report.entries.all());
    expect(threaded.report.pii).toEqual(inThread.report.pii);
  }, 300_000);
});
