import { describe, expect, it } from "vitest";
import { createScorers } from "../../src/scoring/apply-scorers.js";
import { checkItemsScorable } from "../../src/scoring/check-items.js";
import { ConfigError } from "../../src/errors.js";
import type { ScorerSpec } from "../../src/config/schema.js";
import type { Item } from "../../src/suites/types.js";
import { makeItem } from "./make-item.js";

async function problem(spec: ScorerSpec | ScorerSpec[], items: Item[]): Promise<string | undefined> {
  const scorers = await createScorers(spec);
  try {
    checkItemsScorable("items.jsonl", items, () => scorers);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.describe();
    throw error;
  }
}

const item = (fields: Partial<Item>, line = 1) => makeItem({ line, ...fields });

describe("checkItemsScorable", () => {
  it.each<[ScorerSpec, Partial<Item>]>([
    ["exact", { expected: "x" }],
    ["normalized", { expected: ["x", 2] }],
    ["contains", { expected: 3 }],
    ["numeric", { expected: "1,450" }],
    [{ type: "regex", pattern: "\\d+" }, {}],
    ["choice", { choices: ["a", "b"], expected: "B" }],
    [{ type: "choice", labels: ["ア", "イ"] }, { expected: "イ" }],
    ["jsquad", { expected: [{ text: "木製", answer_start: 3 }] }],
    ["gsm8k-strict", { expected: "72" }],
    ["math-answer", { choices: ["1", "2"], expected: "B" }],
    [{ type: "json", fields: ["total"] }, { expected: { total: 3 } }],
    ["json", {}],
    ["ifeval", {}],
  ])("lets %j score %j", async (spec, fields) => {
    expect(await problem(spec, [item(fields)])).toBeUndefined();
  });

  it.each<[ScorerSpec, Partial<Item>, string]>([
    ["exact", { fields: { answer: "x" } }, 'items.jsonl:1: expected: missing; scorer "exact" compares each answer with the item\'s expected answer (a string, number or list): the gold answer seems to be in "answer": rename it to "expected"'],
    ["contains", { fields: { category: "x" } }, 'items.jsonl:1: expected: missing; scorer "contains" compares each answer with the item\'s expected answer (a string, number or list): add an "expected" column (CSV) or field (JSONL, YAML) to every item'],
    ["numeric", { expected: "about ten" }, 'items.jsonl:1: expected: scorer "numeric" needs a number, a numeric string or a list of them, got "about ten"'],
    [{ type: "regex", pattern: "x" }, { expected: { a: 1 } }, 'items.jsonl:1: expected: scorer "regex" needs a string, number or list, or nothing, got {"a":1}'],
    ["choice", { expected: "A" }, "items.jsonl:1: choices: missing; scorer \"choice\" needs the item's options: a \"choices\" list (a CSV cell \"a | b | c\" or a JSON array), or `labels:` in the scorer's options when the input lists the options itself"],
    ["choice", { choices: ["a", "b"], expected: "E" }, 'items.jsonl:1: expected: scorer "choice" needs a label, a 0-based index or an option text, got "E"'],
    ["squad", { fields: { 正解: "x" } }, 'items.jsonl:1: expected: missing; scorer "squad" compares each answer with the item\'s expected answer (a gold answer or a list of them): the gold answer seems to be in "正解": rename it to "expected"'],
    ["math-answer", { choices: ["1", "2"], expected: "C" }, 'items.jsonl:1: expected: scorer "math-answer" needs an option letter A–B, got "C"'],
    [{ type: "json", fields: ["total"] }, { expected: "3" }, 'items.jsonl:1: expected: scorer "json" needs an object holding `fields`, got "3"'],
  ])("refuses %j on %j", async (spec, fields, message) => {
    expect(await problem(spec, [item(fields)])).toBe(message);
  });

  it("checks every scorer of a list, and names the first item at fault with how many share the problem", async () => {
    const items = [item({ expected: "7" }, 1), item({ expected: "seven" }, 2), item({ expected: "eight" }, 3)];
    expect(await problem(["exact", "numeric"], items)).toBe(
      'items.jsonl:2: expected: scorer "numeric" needs a number, a numeric string or a list of them, got "seven" (2 of 3 items)',
    );
  });

  it("uses an item's own scorers where it names them", async () => {
    const scorers = await createScorers("exact");
    const own = await createScorers({ type: "regex", pattern: "ok" });
    const items = [item({ expected: "x" }, 1), item({ id: "free" }, 2)];
    expect(() => checkItemsScorable("items.jsonl", items, (i) => (i.id === "free" ? own : scorers))).not.toThrow();
    expect(() => checkItemsScorable("items.jsonl", items, () => scorers)).toThrow(/^missing; scorer "exact"/);
  });
});
