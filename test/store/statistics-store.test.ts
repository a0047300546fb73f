import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { storedStatistics } from "../../src/store/statistics-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { writeReportStore } from "../report/report-store.js";

const tempDir = useTempDirs();

describe("storedStatistics: decision statistics kept in the store", () => {
  it("computes a key once and reads it back, in another connection too, bit for bit (NaN and −0 kept)", () => {
    const file = path.join(tempDir(), "k.db");
    const value = { difference: { estimate: -0, low: Number.NaN, high: 0.1 + 0.2, level: 0.95 }, method: "paired-bootstrap", n: 3 };
    let computed = 0;
    const compute = () => {
      computed += 1;
      return value;
    };
    const run = writeReportStore(file, { models: [], suites: [], result: () => undefined });
    const first = openDatabase(file);
    expect(storedStatistics(first, [run]).recall("k", compute)).toBe(value);
    expect(storedStatistics(first, [run]).recall("k", compute)).toEqual(value);
    first.close();
    const second = openDatabase(file);
    const read = storedStatistics(second, [run]).recall("k", compute) as typeof value;
    second.close();
    expect(computed).toBe(1);
    expect(Object.is(read.difference.estimate, -0)).toBe(true);
    expect(read.difference.low).toBeNaN();
    expect(read.difference.high).toBe(0.1 + 0.2);
    expect(read).toEqual(value);
  });

  it("still answers while another connection holds the write lock, without waiting for it", () => {
    const file = path.join(tempDir(), "k.db");
    const run = writeReportStore(file, { models: [], suites: [], result: () => undefined });
    const writer = openDatabase(file);
    const reader = openDatabase(file);
    try {
      writer.exec("BEGIN IMMEDIATE");
      const memo = storedStatistics(reader, [run]);
      expect(memo.recall("k", () => 1)).toBe(1);
      expect(reader.pragma("busy_timeout", { simple: true })).toBe(5000);
      writer.exec("COMMIT");
      // Not kept while the store was locked: computed again, then kept.
      let computed = 0;
      expect(memo.recall("k", () => (computed += 1))).toBe(1);
      expect(memo.recall("k", () => (computed += 1))).toBe(1);
      expect(computed).toBe(1);
    } finally {
      reader.close();
      writer.close();
    }
  });
});
