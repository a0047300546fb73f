import path from "node:path";
import type Database from "better-sqlite3";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { startViewServer, type ViewServer } from "../../src/view/view-server.js";
import { itemId, writeReportStore } from "../report/report-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { request } from "./http-get.js";

const tempDir = useTempDirs();

/**
 * A page that loaded the whole run would read 100,000 result rows; a page of the list reads a page of them. Counted in
 * rows, not milliseconds, so a busy machine cannot fail it and a fast one cannot hide a full scan.
 */
const PAGE_ROWS = 5000;

/** Counts the rows every statement prepared on `db` from now on returns. */
function countRowsRead(db: Database.Database): { rows: number } {
  const counter = { rows: 0 };
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    if (!statement.reader) return statement;
    const { all, get, iterate } = statement;
    return Object.assign(statement, {
      all: (...args: unknown[]) => {
        const rows = all.apply(statement, args as never) as unknown[];
        counter.rows += rows.length;
        return rows;
      },
      get: (...args: unknown[]) => {
        const row = get.apply(statement, args as never);
        if (row !== undefined) counter.rows++;
        return row;
      },
      iterate: function* (...args: unknown[]) {
        for (const row of iterate.apply(statement, args as never) as Iterable<unknown>) {
          counter.rows++;
          yield row;
        }
      },
    });
  }) as typeof db.prepare;
  return counter;
}

describe("kurabe view over 100,000 results", () => {
  let db: Database.Database;
  let server: ViewServer;
  let read: { rows: number };
  const runId = "20260101-000000-big";

  beforeAll(() => {
    const file = path.join(tempDir(), "kurabe.db");
    writeReportStore(file, {
      runId,
      models: [{ id: "a" }, { id: "b" }],
      suites: [
        { name: "s1", category: "nlu", items: 25_000 },
        { name: "s2", category: "reasoning", items: 25_000 },
      ],
      result: (model, _suite, i) => ({ passed: (i + model.length) % 4 !== 0, text: `answer ${i}`.repeat(20) }),
    });
    db = openDatabase(file);
    read = countRowsRead(db);
  });
  beforeAll(async () => {
    server = await startViewServer({ db, language: "en", port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    db?.close();
  });

  /** A page, and how many stored rows serving it read. */
  async function counted(url: string) {
    const before = read.rows;
    const reply = await request(new URL(url, server.url).href);
    return { ...reply, rows: read.rows - before, root: parse(reply.body) };
  }

  it("serves any page of the item list, filtered or not, without loading the run", async () => {
    for (const url of [
      `/runs/${runId}/items`,
      `/runs/${runId}/items?page=1000`,
      `/runs/${runId}/items?suite=s2&page=321`,
      `/runs/${runId}/items?model=b&outcome=fail&page=200`,
      `/runs/${runId}/item?suite=s2&id=${itemId("s2", 24_999)}`,
    ]) {
      const reply = await counted(url);
      expect(reply.status, url).toBe(200);
      expect(reply.rows, url).toBeLessThan(PAGE_ROWS);
    }
    const last = await counted(`/runs/${runId}/items?page=1000`);
    expect(last.root.querySelector(".pager")?.text).toContain("Page 1,000 of 1,000 (50,000 items)");
    expect(last.root.querySelectorAll("td.item-id").at(-1)?.text).toBe(itemId("s2", 24_999));
  });

  it("computes the leaderboard once, then serves it from its cache", async () => {
    const first = await counted(`/runs/${runId}`);
    expect(first.status).toBe(200);
    expect(first.root.querySelectorAll("table.leaderboard tbody tr")).toHaveLength(4);
    const again = await counted(`/runs/${runId}`);
    expect(again.root.querySelector("table.leaderboard")?.outerHTML).toBe(first.root.querySelector("table.leaderboard")?.outerHTML);
    expect(first.rows).toBeGreaterThanOrEqual(100_000);
    expect(again.rows).toBeLessThan(PAGE_ROWS);
  });
});
