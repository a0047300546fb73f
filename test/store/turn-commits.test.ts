import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { TurnCommits } from "../../src/store/turn-commits.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A store of one table and a second connection that sees only what was committed. */
function stores(): { db: Database.Database; seen: () => string[]; close(): void } {
  const file = path.join(tempDir(), "k.db");
  const db = new Database(file);
  db.exec("CREATE TABLE t (n INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL UNIQUE)");
  const reader = new Database(file, { readonly: true });
  return {
    db,
    seen: () => reader.prepare("SELECT text FROM t ORDER BY n").pluck().all() as string[],
    close() {
      reader.close();
      db.close();
    },
  };
}

describe("TurnCommits: writes committed together at the end of their event-loop turn", () => {
  it("commits the writes of one turn at its end, in the order they were made", async () => {
    const { db, seen, close } = stores();
    const commits = new TurnCommits(db);
    const insert = db.prepare("INSERT INTO t (text) VALUES (?)");
    for (const text of ["first", "second", "third"]) commits.add(() => insert.run(text));
    expect(seen()).toEqual([]);
    await endOfTurn();
    expect(seen()).toEqual(["first", "second", "third"]);
    close();
  });

  it("commits what is waiting at once on flush", () => {
    const { db, seen, close } = stores();
    const commits = new TurnCommits(db);
    commits.add(() => db.prepare("INSERT INTO t (text) VALUES ('now')").run());
    commits.flush();
    expect(seen()).toEqual(["now"]);
    close();
  });

  it("rolls back the whole turn when one write fails, and throws that failure from the next add or flush", async () => {
    const { db, seen, close } = stores();
    const commits = new TurnCommits(db);
    const insert = db.prepare("INSERT INTO t (text) VALUES (?)");
    commits.add(() => insert.run("kept"));
    await endOfTurn();
    commits.add(() => insert.run("same turn as the failure"));
    commits.add(() => insert.run("kept"));
    await endOfTurn();
    expect(seen()).toEqual(["kept"]);
    expect(() => commits.add(() => insert.run("later"))).toThrow(/UNIQUE/);
    expect(() => commits.flush()).toThrow(/UNIQUE/);
    await endOfTurn();
    expect(seen()).toEqual(["kept"]);
    close();
  });
});
