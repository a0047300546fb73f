import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { writeTinyLlamaGguf, writeTinyLoraGguf } from "../../src/models/gguf/tiny-llama.js";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const LIMIT = 6;

/**
 * The fine-tuning loop's last step, end to end through the built CLI: a base GGUF and the same model with a LoRA
 * adapter (what `kurabe finetune plan`'s plan.md tells you to write after convert_lora_to_gguf.py) are run side by
 * side and compared. Random tiny weights, so the scores mean nothing; what is checked is that the adapter is loaded,
 * changes the answers, and both models flow through `run` and `compare --before/--after`.
 */
describe("a LoRA adapter through kurabe run and compare", () => {
  it("runs base and base + adapter, stores different answers, and compares them per suite", { timeout: 600_000 }, async () => {
    const dir = tempDir();
    const base = path.join(dir, "tiny.gguf");
    const adapter = path.join(dir, "tiny-lora.gguf");
    await writeTinyLlamaGguf(base, { seed: 3 });
    await writeTinyLoraGguf(adapter, { seed: 8, rank: 4, alpha: 8 });
    const model = (id: string, lora: string) =>
      `  - id: ${id}\n    provider: llamacpp\n    model: ${JSON.stringify(base)}\n    contextSize: 2048\n    concurrency: 1\n${lora}`;
    fs.writeFileSync(
      path.join(dir, "kurabe.yaml"),
      "models:\n" +
        model("base", "") +
        model("tuned", `    lora:\n      - path: ${JSON.stringify(adapter)}\n        scale: 1\n`) +
        `suites:\n  - builtin: jcommonsenseqa\n    limit: ${LIMIT}\n    params:\n      maxTokens: 8\n      temperature: 0\n`,
    );

    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);

    const compared = await runCli(["compare", "--before", "base", "--after", "tuned", "--json"], { cwd: dir });
    expect(compared.code, compared.stderr).toBe(0);
    const pairs = JSON.parse(compared.stdout) as Array<{
      baseline: { model: string };
      candidate: { model: string };
      rows: Array<{ suite: string; comparison: { n: number }; verdict: string }>;
    }>;
    expect(pairs).toHaveLength(1);
    const { rows } = pairs[0]!;
    expect(rows.map((row) => row.suite)).toEqual(["jcommonsenseqa"]);
    for (const row of rows) expect(row.comparison.n, row.suite).toBeGreaterThan(0);

    const db = new Database(path.join(dir, ".kurabe", "kurabe.db"), { readonly: true });
    try {
      const answers = db
        .prepare("SELECT model_id AS model, item_id AS item, status, text FROM responses ORDER BY suite, item_id, sample")
        .all() as Array<{ model: string; item: string; status: string; text: string | null }>;
      const of = (id: string) => answers.filter((answer) => answer.model === id);
      expect(of("base")).toHaveLength(LIMIT);
      expect(of("tuned")).toHaveLength(LIMIT);
      for (const answer of answers) expect(answer.status, `${answer.model} ${answer.item}`).toBe("ok");
      // The adapter changes what the model says: not every item gets the same text from both.
      const tunedText = new Map(of("tuned").map((answer) => [answer.item, answer.text]));
      const differing = of("base").filter((answer) => tunedText.get(answer.item) !== answer.text);
      expect(differing.length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
