import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SuiteConfig } from "../../src/config/schema.js";
import { ConfigError } from "../../src/errors.js";
import { loadItems } from "../../src/suites/load-items.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

function suiteFile(name: string, content: string): SuiteConfig {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return { name: "own", path: file, category: "domain", scorer: "exact", shots: 0, params: {} };
}

async function loadError(suite: SuiteConfig): Promise<string> {
  const error = await loadItems(suite).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).describe();
}

describe("your own data as CSV", () => {
  it("reads a header row and one item a row, with quoted cells, lists and per-item scorers", async () => {
    const items = await loadItems(
      suiteFile(
        "inquiries.csv",
        "\uFEFFid,input,expected,choices,scorer,department\n" +
          'q1,"返品はできますか？\n（購入後10日）",B,"交換のみ | 返品可 | 不可",choice,support\n' +
          'q2,"Total of ""A"" and ""B""?",42,,"{""type"": ""numeric"", ""tolerance"": 0.5}",billing\n',
      ),
    );
    expect(items).toMatchObject([
      { id: "q1", input: "返品はできますか？\n（購入後10日）", expected: "B", choices: ["交換のみ", "返品可", "不可"], scorer: "choice", fields: { department: "support" }, line: 2 },
      { id: "q2", input: 'Total of "A" and "B"?', expected: "42", scorer: { type: "numeric", tolerance: 0.5 }, line: 4 },
    ]);
  });

  it("names the line of a row with a missing input, and of broken quoting", async () => {
    expect(await loadError(suiteFile("a.csv", "id,input\nq1,hello\nq2,\n"))).toMatch(/a\.csv:3: input: missing/);
    expect(await loadError(suiteFile("b.csv", 'id,input\nq1,"unclosed\n'))).toMatch(/b\.csv(:\d+)?: invalid CSV: /);
  });
});

describe("your own data as YAML", () => {
  it("reads a list of items (or `items:`), keeping each item's line", async () => {
    const items = await loadItems(
      suiteFile("items.yaml", "# support questions\nitems:\n  - id: a\n    input: 営業時間は？\n    expected: 9時から17時\n  - id: b\n    input: |\n      two\n      lines\n    expected: x\n"),
    );
    expect(items).toMatchObject([
      { id: "a", input: "営業時間は？", expected: "9時から17時", line: 3 },
      { id: "b", input: "two\nlines\n", line: 6 },
    ]);
  });

  it("names the file and line of a bad item or bad YAML", async () => {
    expect(await loadError(suiteFile("c.yml", "- id: a\n  input: ok\n- id: b\n  input: 3\n"))).toMatch(/c\.yml:3: input: expected a string, got number/);
    expect(await loadError(suiteFile("d.yaml", "- id: a\n  input: [unclosed\n"))).toMatch(/d\.yaml:\d+: invalid YAML/);
  });
});
