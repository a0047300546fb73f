import type { Item } from "../../../src/suites/types.js";
import { readFixture } from "../datasets/read-fixture.js";

/** A record of IFEval's or M-IFEval's input data. */
export interface IfevalRecord {
  key: number;
  prompt: string;
  instruction_id_list: string[];
  kwargs: Array<Record<string, unknown>>;
}

/** The item kurabe builds from a record: the prompt as input, the other fields kept in `fields`. */
export function itemFromRecord(record: IfevalRecord, line = 1): Item {
  const { prompt, ...fields } = record;
  return { id: String(record.key), input: prompt, fields, line };
}

function byKey(name: string): Map<number, Item> {
  return new Map(readFixture<IfevalRecord>(name).map((record, i) => [record.key, itemFromRecord(record, i + 1)]));
}

/** The development items of test/fixtures/datasets/{ifeval,m_ifeval_ja} (see their SOURCE.md), by `key`. */
export const ifevalItems = byKey("ifeval");
export const japaneseItems = byKey("m_ifeval_ja");

export function devItem(items: Map<number, Item>, key: number): Item {
  const item = items.get(key);
  if (!item) throw new Error(`no dev item with key ${key}`);
  return item;
}
