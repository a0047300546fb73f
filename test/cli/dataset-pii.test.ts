import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runDatasetCli } from "../finetune/support/dataset-cli.js";
import { COMPANY_PII_YAML, writePiiCorpus } from "../finetune/support/pii-corpus.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
/** A value that starts or ends with a letter or digit counts only as a whole token: a PIN 9240 inside a sha256 is no leak. */
const occurs = (content: string, value: string): boolean => {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const edge = (char: string | undefined) => (char !== undefined && /[A-Za-z0-9]/.test(char) ? "[A-Za-z0-9]" : "(?!)");
  return new RegExp(`(?<!${edge(value[0])})${escaped}(?!${edge(value.at(-1))})`, "u").test(content);
};

describe("kurabe dataset build on a corpus full of personal data", () => {
  it("writes no planted value into any output, and a report a data-protection officer can sign", async () => {
    const dir = tempDir();
    const { planted, decoys } = writePiiCorpus(dir);
    fs.writeFileSync(path.join(dir, "kurabe.yaml"), COMPANY_PII_YAML);
    const result = await runDatasetCli(
      ["dataset", "build", "--docs", "docs", "--inquiries", "inquiries.csv", "--inquiries", "chat.jsonl", "--out", "out", "--chunk-chars", "200"],
      dir,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);

    const out = path.join(dir, "out");
    const outputs = Object.fromEntries(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), "utf8")]));
    // Span-aware: a surname inside a look-alike that must stay (山田 in 山田町 or 山田錦) is no leak, so the decoys are
    // cut out of each output (longest first) before the planted values are looked for; a planted value next to one
    // is still found, and every decoy must still be there.
    const decoyValues = [...new Set(decoys.map((decoy) => decoy.value))].sort((a, b) => b.length - a.length);
    const withoutDecoys = (content: string): string => decoyValues.reduce((text, value) => text.split(value).join("\u0000"), content);
    const outside = Object.fromEntries(Object.entries(outputs).map(([name, content]) => [name, withoutDecoys(content)]));
    const leaks = planted.flatMap(({ kind, value }) =>
      Object.entries(outside)
        .filter(([, content]) => occurs(content, value) || occurs(content, JSON.stringify(value).slice(1, -1)))
        .map(([name]) => `${kind} ${value} in ${name}`),
    );
    expect(leaks).toEqual([]);
    // Look-alikes named like people reach the outputs as they were (rows may be dropped as duplicates or held out, so
    // each kind is looked for, not each decoy; precision per decoy is measured span by span in pii-recall.test.ts).
    for (const kind of ["place-name", "product-name", "branch"]) {
      const values = decoys.filter((decoy) => decoy.kind === kind).map((decoy) => decoy.value);
      expect(values.some((value) => Object.values(outputs).some((content) => content.includes(value))), kind).toBe(true);
    }
    expect(planted.length).toBeGreaterThan(800);

    const report = outputs["report.md"]!;
    for (const heading of ["## Inputs", "## Personal data: what is masked", "### Not masked", "## Personal data: what was masked", "### By file", "### Masked excerpts", "## Residual-risk pass"]) {
      expect(report).toContain(heading);
    }
    expect(report).toMatch(/- tool: kurabe \d+\.\d+\.\d+/);
    expect(report).toMatch(/\| docs\/old-contract\.docx \| \d+ \| `[0-9a-f]{64}` \| not read: not a supported document type/);
    expect(report).toMatch(/\| docs\/memo\.rtf \| \d+ \| `[0-9a-f]{64}` \| not read/);
    expect(report).toMatch(/\| inquiries\.csv \| \d+ \| `[0-9a-f]{64}` \| \d+ rows, shift_jis \(cp932\) \|/);
    for (const kind of ["PERSON", "ADDRESS", "SECRET", "PERSONAL_ID", "CREDIT_CARD", "MY_NUMBER", "EMAIL", "PHONE", "API_KEY", "EMPLOYEE_CODE", "INTERNAL_HOST"]) {
      expect(report).toMatch(new RegExp(`\\| \\[${kind}\\] \\| \\d+ \\|`));
    }
    const summary = JSON.parse(outputs["report.jsonl"]!.split("\n")[0]!) as { summary: { residual: { kind: string; file: string; line: number }[] } };
    expect(JSON.stringify(summary.summary.residual)).not.toMatch(/"value"/);
    // Order numbers that pass Luhn stay in the training files (they are no card numbers) and the residual pass's
    // stricter detectors list them by file, line and kind — never by value.
    expect(summary.summary.residual.some((finding) => finding.kind === "possible CREDIT_CARD" && /\.jsonl$/.test(finding.file) && finding.line > 0)).toBe(true);
    const residualSection = report.slice(report.indexOf("## Residual-risk pass"), report.indexOf("\n## ", report.indexOf("## Residual-risk pass") + 1));
    expect(residualSection).toMatch(/^- `[\w.]+\.jsonl:\d+` possible CREDIT_CARD$/m);
    const orderNumbers = decoys.filter((decoy) => decoy.kind === "order-number").map((decoy) => decoy.value);
    expect(orderNumbers.filter((value) => residualSection.includes(value) || outputs["report.jsonl"]!.split("\n")[0]!.includes(value))).toEqual([]);
    // Every PDF was read, the ones without embedded fonts too.
    expect(report).not.toMatch(/\.pdf \|[^\n]*not read/);
    expect(report.match(/\.pdf \| \d+ \| `[0-9a-f]{64}` \| read: [1-9]\d* chunks/g)?.length).toBeGreaterThanOrEqual(2);
    const metadata = outputs["metadata.jsonl"]!;
    expect(metadata).toContain("[PERSON]様（[EMAIL]／[PHONE]）の件");
  });

  it("writes none of the values of forms the corpus generator does not write, and keeps their look-alikes", async () => {
    // Written by hand for the issue-13 audit: each value is one a company's texts hold and the generator never wrote.
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "docs"));
    fs.writeFileSync(
      path.join(dir, "docs", "guide.md"),
      [
        "# 担当：カトウ ミナミ（tel 045.312.7788）",
        "",
        "## 配送",
        "",
        "ご住所が 神奈川県横浜市西区みなとみらい２丁目３番地５号 のお客様は翌日配送です。担当のコバヤシさんにご連絡ください。",
        "最新リリースは 2.0.1.3、バージョンは 10.2.0.15 です。",
        "",
        "## Contact",
        "",
        "Our office is at 1600 Pennsylvania Avenue NW, Apt. 12 and the backup office at 42 Wallaby Way, Apt. 7B, Sydney.",
        "Your PIN: 0420 is required at the kiosk. Download https://files.example.com/share/9f86d081884c7d659a2feaa0c55ad015/report.pdf",
        "",
      ].join("\n"),
    );
    const rows = [
      ["ワタナベ ユウキさんから電話がありました。折り返しは 090 1234 5678 まで。", "承知しました。ワタナベさんに折り返します。"],
      ["新住所は 大阪府大阪市北区梅田３丁目１番３号 グランフロント１２０１号室 です。", "変更を受け付けました。"],
      ["My address is 350 5th Avenue, Suite 3300, New York. Call me at (212) 555-0147.", "Thanks, we updated the address."],
      ["Is it pin: 7781 or PIN番号は 5502?", "Please reset it from the settings page."],
      ["The link https://api.example.com/v1/files/d41d8cd98f00b204e9800998ecf8427e/download fails.", "Please try again later."],
      ["パスワードを hunter2x に変えました", "hunter2x は弱いパスワードです。"],
      ['password: "correct horse battery staple"', "Noted."],
      ["ご契約者：山田 太郎（ヤマダ タロウ）様、口座番号 7654321、CVV 918", "From: John Smith <js@example.com>\nAuthorization: Basic dXNlcjpwYXNzd29yZA=="],
      ["Ship to 10 W 42nd St, New York, NY 10036 or Flat 3, 12 Abbey Road, London NW8 9AY", "ログインID yamada01 でどうぞ。"],
    ];
    fs.writeFileSync(path.join(dir, "inq.jsonl"), rows.map(([question, answer]) => JSON.stringify({ question, answer })).join("\n"));
    const result = await runDatasetCli(["dataset", "build", "--docs", "docs", "--inquiries", "inq.jsonl", "--out", "out", "--eval-ratio", "0", "--unanswerable-ratio", "0"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = path.join(dir, "out");
    const outputs = fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), "utf8")] as const);
    const values = ["カトウ", "ミナミ", "045.312.7788", "３番地", "コバヤシ", "Pennsylvania", "Apt. 12", "Wallaby", "7B", "0420", "9f86d081884c7d659a2feaa0c55ad015", "ワタナベ", "ユウキ", "1234 5678", "梅田", "１２０１", "5th Avenue", "Suite 3300", "555-0147", "7781", "5502", "d41d8cd98f00b204e9800998ecf8427e", "hunter2x", "correct horse", "battery staple", "太郎", "タロウ", "7654321", "918", "John Smith", "dXNlcjpwYXNzd29yZA", "42nd", "10036", "Abbey", "NW8", "yamada01"];
    expect(values.flatMap((value) => outputs.filter(([, content]) => occurs(content, value)).map(([name]) => `${value} in ${name}`))).toEqual([]);
    const training = outputs.find(([name]) => name === "train.openai.jsonl")![1] + outputs.find(([name]) => name === "validation.openai.jsonl")![1];
    for (const version of ["2.0.1.3", "10.2.0.15"]) expect(training).toContain(version);
  });

  it("reads the held-out evaluation files in the residual-risk pass too: a document named after a person is listed, by location", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "docs"));
    fs.writeFileSync(path.join(dir, "docs", "山田太郎様_見積.md"), "# 見積について\n\n本見積の有効期限は30日です。\n");
    const rows = Array.from({ length: 10 }, (_, index) => JSON.stringify({ question: `見積${index + 1}の有効期限は？`, answer: `${index + 1}0日です。`, sources: ["山田太郎様_見積.md"] }));
    fs.writeFileSync(path.join(dir, "inq.jsonl"), `${rows.join("\n")}\n`);
    const result = await runDatasetCli(["dataset", "build", "--docs", "docs", "--inquiries", "inq.jsonl", "--out", "out", "--eval-ratio", "0.3", "--unanswerable-ratio", "0"], dir);
    expect(result.code).toBe(0);
    const report = fs.readFileSync(path.join(dir, "out", "report.md"), "utf8");
    const residualSection = report.slice(report.indexOf("## Residual-risk pass"), report.indexOf("\n## ", report.indexOf("## Residual-risk pass") + 1));
    expect(residualSection).toMatch(/^- `eval\.jsonl:1` PERSON$/m);
    expect(residualSection).not.toContain("山田");
    expect(report).toMatch(/### Not masked[\s\S]*- file and folder names/);
  });

  it.each([
    ["an unknown key", "pii:\n  patterns:\n    - name: STAFF\n      regex: 'S\\d+'\n      flags: i\n", /^kurabe: pii\.yaml:5: pii\.patterns\[0\]\.flags: unknown key/],
    ["an invalid regex", "pii:\n  words: []\n  patterns:\n    - name: STAFF\n      regex: 'S(\\d+'\n", /^kurabe: pii\.yaml:5: pii\.patterns\[0\]\.regex: invalid regular expression/],
  ])("refuses a pii: section with %s: exit 2, naming the line", async (_name, yaml, message) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "pii.yaml"), yaml);
    fs.writeFileSync(path.join(dir, "q.csv"), "question,answer\nq,a\n");
    const result = await runDatasetCli(["dataset", "build", "--inquiries", "q.csv", "--pii-config", "pii.yaml", "--out", "out"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")[0]).toMatch(message);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("exits 2 listing every file when nothing at all can be read", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "docs"));
    fs.writeFileSync(path.join(dir, "docs", "a.docx"), "PK");
    fs.writeFileSync(path.join(dir, "docs", "b.pdf"), "%PDF-1.4\nnot really");
    const result = await runDatasetCli(["dataset", "build", "--docs", "docs", "--out", "out"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^kurabe: docs: --docs: nothing could be read: a\.docx \(not read: not a supported document type.*\); b\.pdf \(not read: cannot read this PDF/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
