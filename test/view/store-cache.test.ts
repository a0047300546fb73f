import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { StoreCache } from "../../src/view/store-cache.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

describe("the dashboard's cache", () => {
  it("keeps a computed view until another connection commits to the store", () => {
    const file = path.join(tempDir(), "kurabe.db");
    const reader = openDatabase(file);
    const writer = openDatabase(file);
    try {
      const cache = new StoreCache<number>(reader);
      let computed = 0;
      const runs = () => cache.get("runs", () => (computed++, reader.prepare("SELECT count(*) FROM runs").pluck().get() as number));
      expect([runs(), runs()]).toEqual([0, 0]);
      expect(computed).toBe(1);
      writer
        .prepare("INSERT INTO runs (id, created_at, status, config_json, plan_fingerprint, kurabe_version) VALUES ('r', 'now', 'running', '{}', 'fp', 'test')")
        .run();
      expect(runs()).toBe(1);
      expect(computed).toBe(2);
    } finally {
      reader.close();
      writer.close();
    }
  });

  it("forgets the least recently used view beyond its capacity", () => {
    const db = openDatabase(path.join(tempDir(), "kurabe.db"));
    try {
      const cache = new StoreCache<string>(db, 2);
      const computed: string[] = [];
      const get = (key: string) => cache.get(key, () => (computed.push(key), key));
      for (const key of ["a", "b", "a", "c", "a", "b"]) get(key);
      expect(computed).toEqual(["a", "b", "c", "b"]);
    } finally {
      db.close();
    }
  });

  it("does not keep a value its caller says not to keep", () => {
    const db = openDatabase(path.join(tempDir(), "kurabe.db"));
    try {
      const cache = new StoreCache<string>(db);
      let computed = 0;
      const get = (key: string) => cache.get(key, () => (computed++, key), (value) => value !== "large");
      for (const key of ["small", "large", "small", "large"]) get(key);
      expect(computed).toBe(3);
    } finally {
      db.close();
    }
  });
});
