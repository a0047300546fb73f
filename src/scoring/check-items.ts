import { ConfigError } from "../errors.js";
import type { Item } from "../suites/types.js";
import type { NamedScorer } from "./apply-scorers.js";

/**
 * Stops a run before its first request when a scorer cannot score some item (no `expected`, a `choice` item without
 * options): otherwise every such answer would score 0 and read as a bad model. The error names the first item's line
 * and field, what to do, and how many items share the problem.
 */
export function checkItemsScorable(file: string, items: Iterable<Item>, scorersOf: (item: Item) => readonly NamedScorer[]): void {
  let first: { item: Item; field: string; message: string } | undefined;
  let count = 0;
  let total = 0;
  for (const item of items) {
    total++;
    for (const scorer of scorersOf(item)) {
      const problem = scorer.check?.(item);
      if (!problem) continue;
      count++;
      first ??= { item, ...problem };
      break;
    }
  }
  if (!first) return;
  const share = count === 1 ? "" : ` (${count} of ${total} items)`;
  throw new ConfigError(`${first.message}${share}`, { file, line: first.item.line, field: first.field });
}
