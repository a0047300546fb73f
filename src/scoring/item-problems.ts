import type { Item } from "../suites/types.js";
import type { ItemProblem } from "./types.js";
import { clip } from "./verdict.js";

// What people call the gold answer when they do not call it `expected` (CSV headers seen in the field).
const GOLD_NAMES = /^(?:answers?|gold|golds?_answer|label|correct(?:_answer)?|reference|target|truth|ground_truth|output|正解|答え|回答|模範解答)$/iu;

/**
 * A check for scorers that compare with `expected`: the item's expected answer must read as `wanted` (what `read`
 * accepts). Missing, it names the column that probably holds the gold answer under another name.
 */
export function requireExpected(
  scorer: string,
  wanted: string,
  read: (expected: unknown) => unknown,
): (item: Item) => ItemProblem | undefined {
  return (item) => (read(item.expected) === undefined ? expectedProblem(scorer, wanted, item) : undefined);
}

function expectedProblem(scorer: string, wanted: string, item: Item): ItemProblem {
  if (item.expected !== undefined) {
    return { field: "expected", message: `scorer "${scorer}" needs ${wanted}, got ${clip(JSON.stringify(item.expected), 60)}` };
  }
  const other = Object.keys(item.fields).find((name) => GOLD_NAMES.test(name));
  const advice =
    other === undefined
      ? 'add an "expected" column (CSV) or field (JSONL, YAML) to every item'
      : `the gold answer seems to be in "${other}": rename it to "expected"`;
  return { field: "expected", message: `missing; scorer "${scorer}" compares each answer with the item's expected answer (${wanted}): ${advice}` };
}
