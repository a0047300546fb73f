import type { Item } from "../../src/suites/types.js";

/** An item with only the fields a scorer reads; the rest are placeholders. */
export function makeItem(fields: Partial<Item> = {}): Item {
  return { id: "item-1", input: "question", fields: {}, line: 1, ...fields };
}
