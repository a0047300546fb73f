import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

const GOOD_MODEL = `models:
  - id: local-mock
    provider: openai-compatible
    baseURL: http://127.0.0.1:9/v1
    model: mock-model
    apiKey: \${MOCK_API_KEY}
    concurrency: 16
`;
const GOOD_SUITE = `suites:
  - name: echo
    path: items.jsonl
    scorer: exact
`;
const GOOD_ITEMS = '{"id": "a", "input": "x", "expected": "x"}\n{"id": "b", "input": "y", "expected": "y"}\n';

interface Case {
  name: string;
  yaml: string;
  items?: string;
  /** Run without MOCK_API_KEY in the environment. */
  unsetKey?: boolean;
  /** The one line the user sees: file, line and field. */
  message: RegExp;
}

const cases: Case[] = [
  { name: "malformed YAML", yaml: `models:\n  - id: [unclosed\n${GOOD_SUITE}`, message: /^kurabe: kurabe\.yaml:\d+:\d+: / },
  {
    name: "an unknown provider",
    yaml: GOOD_MODEL.replace("openai-compatible", "openia") + GOOD_SUITE,
    message: /^kurabe: kurabe\.yaml:3: models\[0\]\.provider: .*openai-compatible/,
  },
  {
    name: "an unset ${VAR}",
    yaml: GOOD_MODEL + GOOD_SUITE,
    unsetKey: true,
    message: /^kurabe: kurabe\.yaml:6: models\[0\]\.apiKey: .*MOCK_API_KEY/,
  },
  {
    name: "a missing data file",
    yaml: GOOD_MODEL + GOOD_SUITE.replace("items.jsonl", "nowhere.jsonl"),
    message: /^kurabe: .*nowhere\.jsonl/,
  },
  {
    name: "an invalid JSONL line",
    yaml: GOOD_MODEL + GOOD_SUITE,
    items: GOOD_ITEMS + '{"id": "c", "input": \n',
    message: /^kurabe: items\.jsonl:3: .*JSON/,
  },
  {
    name: "a duplicate item id",
    yaml: GOOD_MODEL + GOOD_SUITE,
    items: GOOD_ITEMS + '{"id": "a", "input": "z", "expected": "z"}\n',
    message: /^kurabe: items\.jsonl:3: id: duplicate id "a" \(first on line 1\)/,
  },
];

describe("bad input", () => {
  it.each(cases)("$name: one clear line, exit code 2, no run left behind", async ({ yaml, items, unsetKey, message }) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "kurabe.yaml"), yaml);
    fs.writeFileSync(path.join(dir, "items.jsonl"), items ?? GOOD_ITEMS);
    const result = await runCli(["run", "kurabe.yaml"], { cwd: dir, env: unsetKey ? {} : { MOCK_API_KEY: "k" } });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(result.stdout).toBe("");
    // Refused before the run: not even an empty store (or its folder) is left behind.
    expect(fs.existsSync(path.join(dir, ".kurabe"))).toBe(false);
  });
});
