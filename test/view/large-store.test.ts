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

/** Generous bounds for a 2-core CI machine: a page that loaded the whole run would take seconds, not these. */
const PAGE_MS = 1000;

describe("kurabe view over 100,000 results", () => {
  let db: Database.Database;
  let server: ViewServer;
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
  });
  beforeAll(async () => {
    server = await startViewServer({ db, language: "en", port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    db?.close();
  });

  async function timed(url: string) {
    const started = performance.now();
    const reply = await request(new URL(url, server.url).href);
    return { ...reply, ms: performance.now() - started, root: parse(reply.body) };
  }

  it("serves any page of the item list, filtered or not, without loading the run", async () => {
    for (const url of [
      `/runs/${runId}/items`,
      `/runs/${runId}/items?page=1000`,
      `/runs/${runId}/items?suite=s2&page=321`,
      `/runs/${runId}/items?model=b&outcome=fail&page=200`,
      `/runs/${runId}/item?suite=s2&id=${itemId("s2", 24_999)}`,
    ]) {
      const reply = await timed(url);
      expect(reply.status, url).toBe(200);
      expect(reply.ms, url).toBeLessThan(PAGE_MS);
    }
    const last = await timed(`/runs/${runId}/items?page=1000`);
    expect(last.root.querySelector(".pager")?.text).toContain("Page 1,000 of 1,000 (50,000 items)");
    expect(last.root.querySelectorAll("td.item-id").at(-1)?.text).toBe(itemId("s2", 24_999));
  });

  it("computes the leaderboard once, then serves it from its cache", async () => {
    const first = await timed(`/runs/${runId}`);
    expect(first.status).toBe(200);
    expect(first.root.querySelectorAll("table.leaderboard tbody tr")).toHaveLength(4);
    const again = await timed(`/runs/${runId}`);
    expect(again.root.querySelector("table.leaderboard")?.outerHTML).toBe(first.root.querySelector("table.leaderboard")?.outerHTML);
    expect(again.ms).toBeLessThan(PAGE_MS);
  });
});
