import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeKbExample } from "../../src/cli/examples/kb-example.js";
import { KB_INQUIRY_LOG } from "../../src/cli/examples/kb-inquiries.js";
import { runDatasetCli } from "../finetune/support/dataset-cli.js";
import { readJsonl, useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

describe("kurabe dataset build's evaluation split, by default", () => {
  it("holds out inquiries (with their sources) and an unanswerable slice, none of them in a training file", async () => {
    const dir = tempDir();
    await writeKbExample(dir);
    const build = await runDatasetCli(["dataset", "build", "--docs", "docs", "--inquiries", "inquiries.jsonl", "--out", "out"], dir);
    expect(build.code, build.stderr).toBe(0);
    const out = path.join(dir, "out");
    const held = readJsonl(path.join(out, "eval.jsonl"));
    const unanswerable = readJsonl(path.join(out, "eval-unanswerable.jsonl"));
    expect(held.length).toBeGreaterThan(0);
    expect(unanswerable.length).toBeGreaterThan(0);

    // One of the eight cited documents is left out (10 %, at least one); the summary names it for rag: exclude.
    const left = /exclude: \["([^"]+)"\]/.exec(build.stdout)?.[1];
    expect(left, build.stdout).toBeDefined();
    const cited = KB_INQUIRY_LOG.filter((row) => row.sources.includes(left!));
    expect(unanswerable.map((item) => item.input).sort()).toEqual(cited.filter((row) => row.sources.length === 1).map((row) => row.question).sort());
    for (const item of unanswerable) expect(item).toMatchObject({ answerable: false });
    for (const item of held) {
      expect(item.sources).toEqual(KB_INQUIRY_LOG.find((row) => row.question === item.input)!.sources);
      expect(item.sources).not.toContain(left);
    }

    const training = fs
      .readdirSync(out)
      .filter((name) => /^(train|validation)\./.test(name))
      .map((name) => fs.readFileSync(path.join(out, name), "utf8"))
      .join("\n");
    for (const item of [...held, ...unanswerable]) expect(training).not.toContain(item.input as string);
    for (const row of cited) expect(training).not.toContain(row.answer);
    const report = fs.readFileSync(path.join(out, "report.md"), "utf8");
    expect(report).toContain(`\`${left}\` — left-out:`);
  });

  it("writes no evaluation files with --eval-ratio 0 --unanswerable-ratio 0", async () => {
    const dir = tempDir();
    await writeKbExample(dir);
    const build = await runDatasetCli(
      ["dataset", "build", "--docs", "docs", "--inquiries", "inquiries.jsonl", "--out", "out", "--eval-ratio", "0", "--unanswerable-ratio", "0"],
      dir,
    );
    expect(build.code, build.stderr).toBe(0);
    expect(fs.readdirSync(path.join(dir, "out")).filter((name) => name.startsWith("eval"))).toEqual([]);
  });
});
