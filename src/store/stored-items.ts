import type Database from "better-sqlite3";
import type { Item } from "../suites/types.js";

const ITEM_PAGE = 500;
// Most items carry no extra fields: they share one frozen empty object, as when they were first read.
const NO_FIELDS: Record<string, unknown> = Object.freeze({});

interface ItemRow {
  item_id: string;
  input: string;
  expected_json: string | null;
  extra_json: string | null;
  line: number | null;
}

/** The Item that RunWriter.create stored: the fields it keeps as columns, the rest from extra_json. */
function itemOfRow(row: ItemRow): Item {
  const { fields, ...rest } = row.extra_json ? (JSON.parse(row.extra_json) as Partial<Item>) : {};
  return {
    id: row.item_id,
    input: row.input,
    ...(row.expected_json === null ? {} : { expected: JSON.parse(row.expected_json) as unknown }),
    ...rest,
    fields: fields ?? NO_FIELDS,
    line: row.line ?? 0,
  };
}

/** Reads a run's items back from the store in file order, a page at a time. */
export class StoredItems {
  private readonly selectItems: Database.Statement<[string, string, number, number], ItemRow>;

  constructor(
    db: Database.Database,
    private readonly runId: string,
  ) {
    this.selectItems = db.prepare(
      `SELECT item_id, input, expected_json, extra_json, line FROM items
       WHERE run_id = ? AND suite = ? AND position >= ? ORDER BY position LIMIT ?`,
    );
  }

  /**
   * A suite's items in file order: the reader holds one page per suite, never the whole suite (100,000 items would
   * otherwise stay in memory for the length of a run).
   */
  *of(suite: string): Generator<Item> {
    for (let from = 0; ; from += ITEM_PAGE) {
      const rows = this.selectItems.all(this.runId, suite, from, ITEM_PAGE);
      for (const row of rows) yield itemOfRow(row);
      if (rows.length < ITEM_PAGE) return;
    }
  }
}
