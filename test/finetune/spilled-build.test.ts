/**
 * A large log's masked rows live in a temporary file between reading and writing (TextSpill), and its deduplication
 * in typed tables (IntMultiMap): neither may change a byte of what a build writes. The expected digests are of the
 * files written by the build before either existed (main at 48265a4, rows held in memory), for the same log and
 * options; the build runs as users run it (compiled, with a masking thread), so these tests drive dist/.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { writeLargeInquiryLog } from "./support/large-log.js";
import { COMPANY_PII_YAML } from "./support/pii-corpus.js";

const built = async <T>(file: string): Promise<T> => (await import(new URL(`../../dist/${file}`, import.meta.url).href)) as T;
const { MaskPool } = await built<typeof import("../../src/finetune/pii/mask-pool.js")>("finetune/pii/mask-pool.js");
const { parsePiiConfig } = await built<typeof import("../../src/finetune/pii/pii-config.js")>("finetune/pii/pii-config.js");
const { buildDataset, DEFAULT_BUILD_OPTIONS } = await built<typeof import("../../src/finetune/build-dataset.js")>("finetune/build-dataset.js");
const { datasetFiles } = await built<typeof import("../../src/finetune/dataset-files.js")>("finetune/dataset-files.js");
const { writeOutputsAtomically } = await built<typeof import("../../src/finetune/write-outputs.js")>("finetune/write-outputs.js");
const { EXPORT_FORMAT_NAMES } = await built<typeof import("../../src/finetune/formats/export-formats.js")>("finetune/formats/export-formats.js");

/** SHA-256 of each file main wrote (the temporary folder's path and the build date taken out). */
const BEFORE: Record<string, string> = {
  "eval.jsonl": "2b2af214f79ca189164532fe266629f261b9d05182b47f91a90f146a4bf286c5",
  "metadata.jsonl": "8cfdeabf8c1df214a0d380eecf80590e51636dbbf6bcc38ec2e483fb4000ff1a",
  "report.jsonl": "e250db8cbfdd1ac6fb7c194290c5927158fe8d84df964b09998748e6f7354797",
  "report.md": "33c0843fdad1a85e0f20fada10a08b0b123e61882bfb677278fb398a8023a5f6",
  "train.alpaca.jsonl": "b6707174325e391d7e3cbe6b2bd4a7a7c333b697b6161ab63eb050d9d483e527",
  "train.llama3-text.jsonl": "de1bf22454536d19ceeb026addd8288346ec71bb30889a47ee3066d1d7a765b2",
  "train.openai.jsonl": "629cb5b98d624e1bbe9b684107ffecb87a1eeb8e8728d7e13e3d1612413e7369",
  "train.sharegpt.jsonl": "5005dc18af1c99ead27a7fa2d628a90d78acdb4330b1cd4d10932866ee2cbc90",
  "validation.alpaca.jsonl": "d847e89bd4b6699c32b864e89e441e31603050cec8fb550d8f2b0966108ef308",
  "validation.llama3-text.jsonl": "6d515f6be4a96b1ff89efcb19a1998a12676fe0f531d02c079e2ca4360442845",
  "validation.openai.jsonl": "9df57eb8b927614afe1e2d8a96b2686b259a60f930435219ce84467f0ef06af5",
  "validation.sharegpt.jsonl": "247321c45cc67e57f1a11f9e0b3ebd773de20dca1a4680deadfdef535eab96e7",
};

describe("a large log built through the spill file", () => {
  it("writes every file byte for byte as the build that held the rows in memory", async () => {
    // The path is in the outputs (metadata) and read by the residual pass: a dot keeps it from looking like a key.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k."));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const log = path.join(dir, "log.csv");
    writeLargeInquiryLog(log);
    const config = parsePiiConfig(COMPANY_PII_YAML, "kurabe.yaml");
    let pool: ReturnType<typeof MaskPool.open>;
    const dataset = await buildDataset({ ...DEFAULT_BUILD_OPTIONS, inquiriesFiles: [log], pii: config, evalRatio: 0.1, maskPool: () => (pool = MaskPool.open(config, 1)) });
    await pool!.close();
    expect(pool).toBeDefined();
    const out = path.join(dir, "out");
    try {
      await writeOutputsAtomically(out, datasetFiles(dataset, EXPORT_FORMAT_NAMES));
    } finally {
      dataset.release();
    }
    const digests = Object.fromEntries(
      fs.readdirSync(out).sort().map((name) => {
        const text = fs.readFileSync(path.join(out, name), "utf8").replaceAll(dir, "<dir>").replace(/"date":"[^"]+"|- date: \S+/g, "<date>");
        return [name, createHash("sha256").update(text).digest("hex")];
      }),
    );
    expect(digests).toEqual(BEFORE);
  }, 300_000);
});
