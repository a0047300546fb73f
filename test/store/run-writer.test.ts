import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { RunWriter, responseKeyString } from "../../src/store/run-writer.js";
import { findRun, listRuns } from "../../src/store/queries.js";
import Database from "better-sqlite3";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/migrations.js";
import type { Item } from "../../src/suites/types.js";

const dirs: string[] = [];
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-store-"));
  dirs.push(dir);
  return path.join(dir, "sub", "kurabe.db");
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The writer commits at the end of an event-loop turn (setImmediate): after this, what it was given is committed. */
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const item = (id: string): Item => ({ id, input: `q ${id}`, expected: "a", fields: {}, line: 1 });

function createRun(db: ReturnType<typeof openDatabase>, id = "run-1"): RunWriter {
  return RunWriter.create(
    db,
    { id, configJson: "{}", planFingerprint: "fp", kurabeVersion: "test" },
    [{ modelId: "m", provider: "openai-compatible", model: "x", configJson: "{}" }],
    [{ name: "s", category: "domain", configJson: "{}", samples: 1, items: [item("a"), item("b"), item("c")] }],
  );
}

describe("the SQLite store", () => {
  it("creates its folder, uses WAL and migrates to the current schema", () => {
    const db = openDatabase(tempDb());
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it("keeps a store's runs, models and answers when it rebuilds the runs table to allow 'incomplete', and calls a 'completed' run with an unanswered item incomplete", () => {
    const file = tempDb();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const old = new Database(file);
    // The store as it was just before the migration that rebuilds the runs table.
    const rebuild = MIGRATIONS.findIndex((sql) => sql.includes("CREATE TABLE runs_new"));
    for (const sql of MIGRATIONS.slice(0, rebuild)) old.exec(sql);
    old.pragma(`user_version = ${rebuild}`);
    old.exec(`INSERT INTO runs (id, created_at, status, config_json, plan_fingerprint, kurabe_version)
        VALUES ('r1', 'now', 'completed', '{}', 'fp', 'old'), ('r2', 'now', 'completed', '{}', 'fp', 'old');
      INSERT INTO models (run_id, model_id, provider, model, config_json, position) VALUES ('r1', 'm', 'openai', 'x', '{}', 0), ('r2', 'm', 'openai', 'x', '{}', 0);
      INSERT INTO responses (run_id, suite, item_id, model_id, sample, status, request_json, attempts, created_at)
        VALUES ('r1', 's', 'a', 'm', 0, 'skipped', '{}', 1, 'now'), ('r2', 's', 'a', 'm', 0, 'error', '{}', 1, 'now');`);
    expect(() => old.exec("UPDATE runs SET status = 'incomplete'")).toThrow(/CHECK/);
    old.close();

    const db = openDatabase(file);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.prepare("SELECT id, status, pairwise_failed AS pairwiseFailed FROM runs ORDER BY id").all()).toEqual([
      { id: "r1", status: "completed", pairwiseFailed: 0 },
      { id: "r2", status: "incomplete", pairwiseFailed: 0 },
    ]);
    expect(db.prepare("SELECT count(*) FROM models").pluck().get()).toBe(2);
    expect(db.prepare("SELECT count(*) FROM responses").pluck().get()).toBe(2);
    RunWriter.resume(db, "r1").finish("incomplete", 2);
    expect(db.prepare("SELECT status, pairwise_failed AS pairwiseFailed FROM runs WHERE id = 'r1'").get()).toEqual({ status: "incomplete", pairwiseFailed: 2 });
    // The rebuilt table still cascades to what refers to it.
    db.prepare("DELETE FROM runs").run();
    expect(db.prepare("SELECT count(*) FROM models").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM responses").pluck().get()).toBe(0);
    db.close();
  });

  it("refuses a store written by a newer schema", () => {
    const file = tempDb();
    const db = openDatabase(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer kurabe/);
  });

  it("gives a run's items back in file order, a page at a time, exactly as they were stored", () => {
    const db = openDatabase(tempDb());
    const special: Item[] = [
      { id: "mc", input: "Pick one", expected: "B", choices: ["x", "y"], system: "Be brief.", fields: { subject: "law" }, line: 1 },
      { id: "img", input: "What is shown?", images: ["/data/cat.png"], scorer: { type: "regex", pattern: "cat" }, fields: {}, line: 2 },
      { id: "null", input: "n", expected: null, fields: {}, line: 3 },
      { id: "obj", input: "o", expected: { answer: [1, 2] }, unavailable: "needs numpy", fields: {}, line: 4 },
      { id: "none", input: "no gold answer", fields: {}, line: 5 },
    ];
    const many = Array.from({ length: 1203 }, (_, i): Item => ({ id: `z${i}`, input: `q${i}`, expected: i, fields: {}, line: i + 6 }));
    const items = [...special, ...many];
    const writer = RunWriter.create(
      db,
      { id: "run-1", configJson: "{}", planFingerprint: "fp", kurabeVersion: "test" },
      [{ modelId: "m", provider: "openai-compatible", model: "x", configJson: "{}" }],
      [{ name: "s", category: "domain", configJson: "{}", samples: 1, items }],
    );
    expect([...writer.items("s")]).toEqual(items);
    expect([...writer.items("no such suite")]).toEqual([]);
    db.close();
  });

  it("commits each answer and score by the end of the event-loop turn and knows which are finished (errors and unscored answers are not)", async () => {
    const file = tempDb();
    const db = openDatabase(file);
    const writer = createRun(db);
    const base = { suite: "s", modelId: "m", sample: 0, requestJson: "{}", attempts: 1, fromCache: false };
    writer.writeResponse({ ...base, itemId: "a", status: "ok", text: "a" });
    writer.writeScores({ suite: "s", itemId: "a", modelId: "m", sample: 0 }, [
      { scorer: "exact", isPrimary: true, value: 1, passed: true },
    ]);
    writer.writeResponse({ ...base, itemId: "b", status: "error", errorKind: "server" });
    // Answered but not yet scored: not finished, and its answer is kept for scoring on resume.
    writer.writeResponse({ ...base, itemId: "c", status: "ok", text: "c", reasoning: "because" });
    // A second connection sees the rows once the turn ended, without the writer closing or being asked: committed.
    const reader = openDatabase(file);
    expect(reader.prepare("SELECT count(*) AS n FROM responses").get()).toEqual({ n: 0 });
    await endOfTurn();
    expect(reader.prepare("SELECT count(*) AS n FROM responses").get()).toEqual({ n: 3 });
    expect([...writer.finishedKeys()]).toEqual([responseKeyString({ suite: "s", itemId: "a", modelId: "m", sample: 0 })]);
    // Stored answers are what a resume finds: a writer looks up only those it found unscored when it opened.
    const resumed = RunWriter.resume(db, writer.runId);
    expect(resumed.storedAnswer({ suite: "s", itemId: "c", modelId: "m", sample: 0 })).toEqual({ text: "c", reasoning: "because" });
    expect(resumed.storedAnswer({ suite: "s", itemId: "b", modelId: "m", sample: 0 })).toBeUndefined();
    expect(resumed.storedAnswer({ suite: "s", itemId: "a", modelId: "m", sample: 0 })).toBeUndefined();
    // An answer with its scores in one commit is finished at once.
    resumed.writeResult({ ...base, itemId: "d", status: "ok", text: "d" }, [{ scorer: "exact", isPrimary: true, value: 0, passed: false }]);
    await endOfTurn();
    expect(reader.prepare("SELECT item_id, value FROM scores ORDER BY item_id").all()).toEqual([
      { item_id: "a", value: 1 },
      { item_id: "d", value: 0 },
    ]);
    expect(resumed.finishedKeys().size).toBe(2);
    reader.close();
    db.close();
  });

  it("throws a commit that failed at the end of a turn from the next write or flush, in the run's own call chain", async () => {
    const db = openDatabase(tempDb());
    const writer = createRun(db);
    const answer = { suite: "s", modelId: "m", sample: 0, requestJson: "{}", attempts: 1, fromCache: false, status: "ok" as const };
    writer.writeResponse({ ...answer, itemId: "a", text: "a" });
    db.close();
    await endOfTurn();
    expect(() => writer.flush()).toThrow(/not open/);
    expect(() => writer.writeResponse({ ...answer, itemId: "b", text: "b" })).toThrow(/not open/);
  });

  it("writes a run with its items in one transaction: a failure leaves no run behind", () => {
    const db = openDatabase(tempDb());
    expect(() =>
      RunWriter.create(
        db,
        { id: "bad", configJson: "{}", planFingerprint: "fp", kurabeVersion: "test" },
        [{ modelId: "m", provider: "p", model: "x", configJson: "{}" }],
        [{ name: "s", category: "domain", configJson: "{}", samples: 1, items: [item("a"), item("a")] }],
      ),
    ).toThrow(/UNIQUE/);
    expect(listRuns(db)).toEqual([]);
    db.close();
  });

  it("finds runs by id prefix and defaults to the latest", () => {
    const db = openDatabase(tempDb());
    createRun(db, "20261128-100000-aaaa");
    createRun(db, "20261128-110000-bbbb");
    expect(findRun(db).id).toBe("20261128-110000-bbbb");
    expect(findRun(db, "20261128-10").id).toBe("20261128-100000-aaaa");
    expect(() => findRun(db, "20261128")).toThrow(/matches 2 runs/);
    expect(() => findRun(db, "nope")).toThrow(/no run "nope"/);
    db.close();
  });
});
