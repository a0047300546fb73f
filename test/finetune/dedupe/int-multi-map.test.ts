import { describe, expect, it } from "vitest";
import { IntMultiMap } from "../../../src/finetune/dedupe/int-multi-map.js";

const valuesOf = (map: IntMultiMap, key: number): number[] => {
  const values: number[] = [];
  map.forEach(key, (value) => values.push(value));
  return values.sort((a, b) => a - b);
};

describe("integer multi-map (LSH buckets, exact-text hashes)", () => {
  it("keeps several values per key and keys apart", () => {
    const map = new IntMultiMap(8);
    map.add(7, 1);
    map.add(7, 2);
    map.add(8, 3);
    map.add(-7, 4);
    expect(valuesOf(map, 7)).toEqual([1, 2]);
    expect(valuesOf(map, 8)).toEqual([3]);
    expect(valuesOf(map, -7)).toEqual([4]);
    expect(valuesOf(map, 9)).toEqual([]);
  });

  it("keeps only the first values of a key at its capacity (a full LSH bucket)", () => {
    const map = new IntMultiMap(16);
    for (let value = 0; value < 10; value++) map.add(123, value, 3);
    expect(valuesOf(map, 123)).toEqual([0, 1, 2]);
  });

  it("finds every value again after growing far past the size it was made for", () => {
    const map = new IntMultiMap(10);
    const key = (value: number) => (Math.imul(value, 0x9e3779b1) >>> 2) % 50_000;
    for (let value = 0; value < 200_000; value++) map.add(key(value), value, 64);
    for (const value of [0, 17, 65_537, 199_999]) expect(valuesOf(map, key(value))).toContain(value);
    let total = 0;
    for (let k = 0; k < 50_000; k++) total += valuesOf(map, k).length;
    expect(total).toBe(200_000);
  });

  it("holds value 0 (its empty-slot mark is value + 1)", () => {
    const map = new IntMultiMap(1);
    map.add(0, 0);
    expect(valuesOf(map, 0)).toEqual([0]);
  });
});
