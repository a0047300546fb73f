import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runDatasetCli } from "../finetune/support/dataset-cli.js";
import { CORPUS_ROWS, inquiriesCsv, writeCorpus } from "../finetune/support/corpus.js";
import { encodeShiftJis } from "../finetune/support/shift-jis.js";
import { readJsonl, useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

const KURABE_YAML = `models:
  - provider: openai
    model: gpt-4o-mini
    apiKey: \${KURABE_TEST_UNSET_KEY}
suites:
  - builtin: jcommonsenseqa
`;

describe("kurabe dataset build → validate", () => {
  it("builds every export from the corpus, and each one validates", async () => {
    const dir = tempDir();
    writeCorpus(dir);
    fs.writeFileSync(path.join(dir, "kurabe.yaml"), KURABE_YAML);
    const build = await runDatasetCli(
      // No held-out split here (--eval-ratio 0): this test counts what cleaning does to every row.
      ["dataset", "build", "--docs", "docs", "--inquiries", "inquiries.csv", "--out", "out", "--max-tokens", "512", "--contamination-against", "kurabe.yaml", "--eval-ratio", "0"],
      dir,
    );
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/^\d+ examples \(train \d+, validation \d+\) from 22 inquiry rows and 12 document chunks/);
    expect(build.stdout).toContain("dropped: empty×1, exact-duplicate×4, near-duplicate×1, too-long×1");
    expect(build.stdout).toContain("flagged: contamination×2");

    const out = path.join(dir, "out");
    expect(fs.readdirSync(out).sort()).toEqual(
      [
        "metadata.jsonl",
        "report.jsonl",
        "report.md",
        ...["openai", "alpaca", "sharegpt", "llama3-text"].flatMap((format) => [`train.${format}.jsonl`, `validation.${format}.jsonl`]),
      ].sort(),
    );
    const [summary, ...entries] = readJsonl(path.join(out, "report.jsonl"));
    expect(summary).toHaveProperty("summary.counts.kept");
    expect(entries.filter((entry) => entry.reason === "contamination").map((entry) => entry.contamination)).toEqual([
      [expect.objectContaining({ suite: "jcommonsenseqa", itemId: "663" })],
      [expect.objectContaining({ suite: "jcommonsenseqa", itemId: "1208" })],
    ]);
    const report = fs.readFileSync(path.join(out, "report.md"), "utf8");
    expect(report).toContain("## Masked (");
    expect(report).toMatch(/- `inquiries\.csv:15` — exact-duplicate: same text as inquiries\.csv:5/);

    const openai = readJsonl(path.join(out, "train.openai.jsonl"));
    const metadata = readJsonl(path.join(out, "metadata.jsonl"));
    expect(metadata.filter((row) => row.split === "train")).toHaveLength(openai.length);
    expect(JSON.stringify(openai)).not.toMatch(/example\.co\.jp|4111 1111 1111 1111|090-1234-5678/);

    for (const format of ["openai", "alpaca", "sharegpt", "llama3-text"]) {
      const validate = await runDatasetCli(["dataset", "validate", `out/train.${format}.jsonl`, "--target", "llama3"], dir);
      expect(validate.stderr).toBe("");
      expect(validate.code).toBe(0);
      expect(validate.stdout).toContain(`out/train.${format}.jsonl: valid ${format} file, ${openai.length} examples`);
      expect(validate.stdout).toMatch(/tokens \(llama3 tokenizer\): total [\d,]+, mean/);
      expect(validate.stdout).toMatch(/gpt-4o +[\d,]+ tokens × 3 × \$25\/1M = \$/);
    }
  });

  it("reads a Shift_JIS CSV with Japanese column names, says so in the report, and writes UTF-8", async () => {
    const dir = tempDir();
    // CP932 has no WAVE DASH (U+301C): Windows writes the full-width tilde instead.
    const csv = inquiriesCsv(CORPUS_ROWS.slice(0, 3), ["質問", "回答", "分類"]).replace(/〜/g, "～");
    fs.writeFileSync(path.join(dir, "sjis.csv"), encodeShiftJis(csv));
    const result = await runDatasetCli(
      ["dataset", "build", "--inquiries", "sjis.csv", "--question-column", "質問", "--answer-column", "回答", "--category-column", "分類", "--out", "out", "--val-ratio", "0"],
      dir,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const entries = readJsonl(path.join(dir, "out", "report.jsonl")).slice(1);
    expect(entries[0]).toEqual({ id: "sjis.csv", action: "note", reason: "encoding", detail: "decoded as shift_jis (cp932); outputs are UTF-8" });
    const first = readJsonl(path.join(dir, "out", "train.openai.jsonl"))[0] as { messages: { content: string }[] };
    expect(first.messages[0]!.content).toBe("注文のキャンセル方法を教えてください。");
  });

  it("reads every --inquiries given, a CSV and a JSONL together", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.csv"), "question,answer\n返品はできますか？,30日以内なら返品できます。\n");
    fs.writeFileSync(path.join(dir, "b.jsonl"), `${JSON.stringify({ question: "Do you ship abroad?", answer: "Yes, to 40 countries." })}\n`);
    const result = await runDatasetCli(["dataset", "build", "--inquiries", "a.csv", "--inquiries", "b.jsonl", "--out", "out", "--val-ratio", "0"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^2 examples \(train 2, validation 0\) from 2 inquiry rows/);
    expect(readJsonl(path.join(dir, "out", "metadata.jsonl")).map((row) => row.id)).toEqual(["a.csv:2", "b.jsonl:1"]);
  });

  it("skips an inquiry log that is no text it can decode, naming it and the encodings tried, and builds from the rest", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.csv"), "question,answer\n返品はできますか？,30日以内なら返品できます。\n");
    // Latin-1 bytes: neither UTF-8 nor Shift_JIS nor EUC-JP from line 2 on.
    fs.writeFileSync(path.join(dir, "latin1.csv"), Buffer.from([...Buffer.from("question,answer\n"), 0x81, 0x7f, 0xa0, 0x63, 0x61, 0x66, 0xe9, 0x2c, 0x6f, 0x6b, 0x0a]));
    const result = await runDatasetCli(["dataset", "build", "--inquiries", "latin1.csv", "--inquiries", "a.csv", "--out", "out", "--val-ratio", "0"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 examples \(train 1, validation 0\) from 1 inquiry rows/);
    const skipped = result.stdout.split("\n").filter((line) => line.includes("latin1.csv"));
    expect(skipped).toEqual([expect.stringMatching(/^latin1\.csv: not read \(line 2\): neither UTF-8 nor Shift_JIS \(CP932\).*\(tried UTF-8, UTF-8 or UTF-16 with a BOM, Shift_JIS \(CP932\), EUC-JP\)/)]);
    const report = fs.readFileSync(path.join(dir, "out", "report.md"), "utf8");
    expect(report).toMatch(/\| latin1\.csv \| 27 \| `[0-9a-f]{64}` \| not read \(line 2\): neither UTF-8/);
    expect(readJsonl(path.join(dir, "out", "metadata.jsonl")).map((row) => row.id)).toEqual(["a.csv:2"]);

    const alone = await runDatasetCli(["dataset", "build", "--inquiries", "latin1.csv", "--out", "out2"], dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^kurabe: --inquiries: nothing could be read: latin1\.csv \(not read \(line 2\): neither UTF-8 .*EUC-JP\)/)]);
    expect(fs.existsSync(path.join(dir, "out2"))).toBe(false);
  });

  it("replaces the outputs of an earlier build in place", async () => {
    const dir = tempDir();
    writeCorpus(dir);
    await runDatasetCli(["dataset", "build", "--docs", "docs", "--out", "out"], dir);
    const result = await runDatasetCli(["dataset", "build", "--inquiries", "inquiries.csv", "--out", "out", "--formats", "openai"], dir);
    expect(result.code).toBe(0);
    const ids = readJsonl(path.join(dir, "out", "metadata.jsonl")).map((row) => row.id as string);
    expect(ids.every((id) => id.startsWith("inquiries.csv:"))).toBe(true);
    expect(fs.readdirSync(path.join(dir, "out")).filter((name) => name.startsWith(".kurabe-staging"))).toEqual([]);
  });
});

describe("kurabe dataset build: bad input", () => {
  const cases: { name: string; files: Record<string, string>; args: string[]; message: RegExp }[] = [
    {
      name: "a broken CSV quote",
      files: { "q.csv": 'question,answer\nq,a\n"never closed,a\nq2,a2\n' },
      args: ["--inquiries", "q.csv"],
      message: /^kurabe: q\.csv:3: a quoted cell starting in this row is never closed/,
    },
    {
      name: "a missing column",
      files: { "q.csv": "質問,回答\nq,a\n" },
      args: ["--inquiries", "q.csv"],
      message: /^kurabe: q\.csv:1: --question-column: no column "question"; the header has "質問", "回答"/,
    },
    { name: "an empty inquiry file", files: { "q.csv": "" }, args: ["--inquiries", "q.csv"], message: /^kurabe: q\.csv: the inquiry file is empty/ },
    {
      name: "a missing documents folder",
      files: {},
      args: ["--docs", "nowhere"],
      message: /^kurabe: nowhere: documents folder not found/,
    },
    {
      name: "a bad ratio",
      files: { "q.csv": "question,answer\nq,a\n" },
      args: ["--inquiries", "q.csv", "--val-ratio", "1.5"],
      message: /^kurabe: --val-ratio: expected a ratio from 0 up to \(not including\) 1, got "1\.5"/,
    },
    {
      name: "an unknown export format",
      files: { "q.csv": "question,answer\nq,a\n" },
      args: ["--inquiries", "q.csv", "--formats", "openai,jsonl"],
      message: /^kurabe: --formats: unknown format "jsonl"/,
    },
    {
      name: "nothing left after cleaning",
      files: { "q.csv": "question,answer\nq,\nr,\n" },
      args: ["--inquiries", "q.csv"],
      message: /^kurabe: no examples left after cleaning \(2 read; dropped: 2 empty\); nothing written/,
    },
    { name: "no input at all", files: {}, args: [], message: /^kurabe: --docs: nothing to build from/ },
  ];

  it.each(cases)("$name: a clear error, exit status 2, nothing written", async ({ files, args, message }) => {
    const dir = tempDir();
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    fs.mkdirSync(path.join(dir, "out"));
    fs.writeFileSync(path.join(dir, "out", "train.openai.jsonl"), "previous build\n");
    const result = await runDatasetCli(["dataset", "build", ...args, "--out", "out"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
    expect(fs.readdirSync(path.join(dir, "out"))).toEqual(["train.openai.jsonl"]);
    expect(fs.readFileSync(path.join(dir, "out", "train.openai.jsonl"), "utf8")).toBe("previous build\n");
  });

  const pathCases: { name: string; setup: (dir: string) => void; args: string[]; message: RegExp }[] = [
    { name: "an inquiry file that does not exist", setup: () => {}, args: ["--inquiries", "nope.csv"], message: /^kurabe: nope\.csv: --inquiries: inquiry file not found$/ },
    {
      name: "a folder given as the inquiry file",
      setup: (dir) => fs.mkdirSync(path.join(dir, "logs")),
      args: ["--inquiries", "logs"],
      message: /^kurabe: logs: --inquiries: expected an inquiry file \(CSV, TSV or JSONL\), got a folder$/,
    },
    {
      name: "an existing file as --out (checked before the inquiry file is read)",
      setup: (dir) => {
        fs.writeFileSync(path.join(dir, "q.csv"), 'question,answer\n"never closed,a\n');
        fs.writeFileSync(path.join(dir, "taken.txt"), "mine\n");
      },
      args: ["--inquiries", "q.csv", "--out", "taken.txt"],
      message: /^kurabe: taken\.txt: --out: expected a folder for the outputs, got an existing file$/,
    },
  ];

  it.each(pathCases)("$name: exit 2 and one line, before any work", async ({ setup, args, message }) => {
    const dir = tempDir();
    setup(dir);
    const result = await runDatasetCli(["dataset", "build", ...args, ...(args.includes("--out") ? [] : ["--out", "out"])], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stdout).toBe("");
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
    if (fs.existsSync(path.join(dir, "taken.txt"))) expect(fs.readFileSync(path.join(dir, "taken.txt"), "utf8")).toBe("mine\n");
  });

  it("rejects an unknown truncation policy before reading anything", async () => {
    const result = await runDatasetCli(["dataset", "build", "--inquiries", "q.csv", "--out", "out", "--truncate", "cut"], tempDir());
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--truncate.*Allowed choices are drop, truncate/);
  });
});

describe("kurabe dataset validate: bad files", () => {
  it("lists each problem at file:line: field and exits 2", async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "train.jsonl"),
      [
        JSON.stringify({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] }),
        JSON.stringify({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: 42 }] }),
        "{oops",
      ].join("\n"),
    );
    const result = await runDatasetCli(["dataset", "validate", "train.jsonl"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "kurabe: train.jsonl:2: messages[1].content: expected text, got 42",
      expect.stringMatching(/^train\.jsonl:3: invalid JSON/),
    ]);
    expect(result.stdout).toBe("");
  });

  it("names a missing file", async () => {
    const result = await runDatasetCli(["dataset", "validate", "nope.jsonl"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("kurabe: nope.jsonl: file not found\n");
  });

  it("prices training with --price-per-mtok for a target without an API price", async () => {
    const dir = tempDir();
    const line = JSON.stringify({ instruction: "返品できますか？", output: "はい、30日以内なら可能です。" });
    fs.writeFileSync(path.join(dir, "a.jsonl"), `${line}\n`.repeat(12));
    const result = await runDatasetCli(["dataset", "validate", "a.jsonl", "--target", "llama3", "--price-per-mtok", "2", "--epochs", "2"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/llama3 +[\d,]+ tokens × 2 × \$2\/1M = \$0\.\d{4} \[1\]/);
    expect(result.stdout).toContain("[1] price: --price-per-mtok");
    expect(result.stdout).not.toContain("at least 10 examples");
  });
});
