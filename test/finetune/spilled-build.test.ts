/**
 * A large log's masked rows live in a temporary file between reading and writing (TextSpill), and its deduplication
 * in typed tables (IntMultiMap): neither may change a byte of what a build writes. The expected digests are of the
 * files written by the build before either existed (main at 48265a4, rows held in memory), for the same log and
 * options, with the held-out check's later boilerplate rule (eval-split.ts, MAX_NGRAM_MATCHES) put into that build's
 * compiled modules; the build runs as users run it (compiled, with a masking thread), so these tests drive dist/.
 * The report's two digests are those of the same build after the issue-13 audit changed what the report says: the
 * wording of its lists of masked and unmasked kinds, and a residual-risk pass that reads eval.jsonl too (its findings
 * there are in both). Since the blind PII audit (14f6ba0…4a46172) a loopback address (127.0.0.0/8) is a look-alike, not
 * personal data: the generated log's two rows with one (log.csv:2109, :6345) keep it, which changes the training files,
 * metadata (their token counts) and the report; checked line by line against the build before it, those two rows and
 * the report's kinds and counts are all that differ. The report's list of kinds says since what transcripts' rules mask
 * (spoken-detectors.ts), and its "Not masked" list an address spelled out in kana: report.md's six lines of kinds and one
 * line of that list differ, nothing else. The rules by class (surnames alone, roles, IDs, secrets and keys by their
 * form, katakana names by their readings, key–value rows) add to five kinds' lines and rewrite the surname line of "Not
 * masked": diffed line by line against main's build before them, those six lines of report.md are all that differ —
 * the generated log is masked exactly as before. The name rules by class for the sixth blind set mask 田中 before さん,
 * 様 and 氏 (NOT_A_NAME took its 中 for a thing's, as in 家中): diffed line by line against main's build before them,
 * seven rows of the log gain that one [PERSON] (three of them reach the training files; the others are near-duplicates),
 * which changes those lines, metadata's token counts and the report's counts — nothing else. The rules for IDs by their
 * label's form, secrets by theirs (a URL's password with no user, a lock's code, an aside between commas) and versions
 * after another add to four kinds' lines of report.md (PERSONAL_ID, SECRET, URL_CREDENTIALS, IP_ADDRESS): diffed line
 * by line against main's build, those four lines are all that differ. A hiragana given name after a surname a role's
 * cue took alone (担当：[PERSON] さくら) is masked with it: diffed line by line against main's build before it (d0e81a1),
 * six rows of the log lose their visible さくら (three reach the training files, two validation, one eval), which changes
 * those lines, metadata's token counts and report.md's token line (327,416 → 327,400) and report.jsonl's summary — the
 * findings' counts are unchanged (the same finding reaches further). The person tagger (english-person-tagger.ts) changes
 * report.md's PERSON line and its "Not masked" line on English names with no cue: diffed line by line against main's
 * build (8f7e874), those two lines are all that differ; it masks nothing more in this log. The world name lexicon's
 * rules change that "Not masked" line again (its text only: the only change to the source it is built from). The list of
 * kinds naming the newer PERSONAL_ID classes (a held document's number, a chat turn's speaker code, an export's handle,
 * a code after a name) changes report.md's PERSONAL_ID line: diffed line by line against main's build (6fe8d63), that
 * line is all that differs; so does its naming a dog's tag and an audit line's actor (against 3aff06f's build), and
 * then cards and books a person is issued, loyalty numbers and passports in other languages (against b12b86d's). The
 * residual pass keeping only its stricter detectors (masking takes its own second look) changes report.md's line saying
 * what the pass reads: diffed line by line against main's build (12a9d83), that line is all that differs, and the
 * findings are the same. The API_KEY line naming webhook URLs masked whole and Login with Amazon's keys changes only
 * report.md (pii-kinds.ts's one string; every other file's digest the same). The PERSONAL_ID and SECRET lines naming the
 * twenty-fourth round's classes (registration numbers, wallets, backup codes, wrapped numbers, a PUK) change only those two
 * lines of report.md: diffed line by line against main's build (f6509ce). The PERSONAL_ID line naming the twenty-sixth
 * and twenty-seventh rounds' classes (divers' cards, race bibs, device IDs, chat handles, visa and COE numbers, Aadhaar,
 * SIN, NINO, a system's column) changes only report.md (pii-kinds.ts's one string; every other file's digest the same,
 * at 066e462). The PERSON, PERSONAL_ID and SECRET lines naming the twenty-sixth to twenty-ninth rounds' classes (seal
 * faces, katakana beside a Latin name, Irish and Korean given names; foreign national numbers, chassis numbers; keypad
 * codes, transfer codes, security answers) change only those three lines of report.md: diffed line by line against main's
 * build (23c4473). The "Not masked" line's example of a surname that is also a prefecture's name (千葉 → 熊本, which no
 * blind set plants) changes only that line: diffed line by line against main's build (5c33372), with round 36r's rules
 * (IDs spread across a log's rows among them) in the new build. Every other file is as main at 48265a4 wrote it.
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
  "eval.jsonl": "d1d8fea569f1c0c688365871afa642a8e320ff321a54fc26247c2a3061e05019",
  "metadata.jsonl": "258c75a78dea068ea6db9c0826c0043aff1824cbcca67704cda7ecd827602aca",
  "report.jsonl": "817a4c00022ea1313b061f6185b2abcd37d23845f7683d6543c7f56e47f3f164",
  "report.md": "32a86af3ec31053315dffbc970aabd32497e430ba1d46aadb2c08fd64a16209e",
  "train.alpaca.jsonl": "78cb78fb26dba5df1361ea9c02e31d83e9e764a2eb031507f7e14bf814120d39",
  "train.llama3-text.jsonl": "97f03cd67fce02c1ae373b3894c93a514795dff5ed0b41675e773c55e3a28a0b",
  "train.openai.jsonl": "18a24bf401054e6d74661d15113491df978fa05ffff95e247858cf6a1b87c158",
  "train.sharegpt.jsonl": "a0cd8fe9a647b7fc243c9c1d590ea52395dedacde83cd46600ff7fabb0baf0a8",
  "validation.alpaca.jsonl": "1a6ef97f4070084309d9bff4d267635d566ab27be57e0be134132d871047b474",
  "validation.llama3-text.jsonl": "2bf475c7b84b49c089400322cf6157f81b4d1afff7542ad4a438cfc4fbde1e72",
  "validation.openai.jsonl": "84f7afbbe69f1f68b49b51f96eb7fe0d1423d919380a3683c735fc1e2c2e0c81",
  "validation.sharegpt.jsonl": "dfe2e902762249fa995d05a5486fd266378493036a814536a3cdb6e699e1195f",
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
    expect(pool).toBeDefined();
    const out = path.join(dir, "out");
    try {
      await writeOutputsAtomically(out, datasetFiles(dataset, EXPORT_FORMAT_NAMES));
    } finally {
      dataset.release();
      await pool!.close();
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
