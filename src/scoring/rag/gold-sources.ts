import type { Item } from "../../suites/types.js";
import type { ItemProblem } from "../types.js";

/**
 * The documents that hold an item's answer: its `sources` field, a list of file paths relative to the collection
 * folder (`faq/returns.md`), as `kurabe dataset build` writes them into the evaluation suite.
 */
export function goldSources(item: Item): string[] | undefined {
  const sources = item.fields.sources;
  if (!Array.isArray(sources) || sources.length === 0 || !sources.every((source) => typeof source === "string")) return undefined;
  return sources as string[];
}

export function requireSources(scorer: string): (item: Item) => ItemProblem | undefined {
  return (item) =>
    goldSources(item)
      ? undefined
      : {
          field: "sources",
          message: `scorer "${scorer}" needs the item's gold source documents: a "sources" list of file paths in the collection (items without one, like the unanswerable slice, can name their own "scorer")`,
        };
}
