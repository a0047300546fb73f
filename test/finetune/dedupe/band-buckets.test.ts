import { describe, expect, it } from "vitest";
import { BandBuckets } from "../../../src/finetune/dedupe/band-buckets.js";

const contents = (buckets: BandBuckets, band: number, key: number): number[] => {
  const texts: number[] = [];
  buckets.forEach(band, key, (text) => texts.push(text));
  return texts.sort((a, b) => a - b);
};

describe("LSH band buckets", () => {
  it("keeps the texts of each (band, key) apart: the same key in another band is another bucket", () => {
    const buckets = new BandBuckets(64);
    buckets.add(0, 7, 1);
    buckets.add(0, 7, 2);
    buckets.add(1, 7, 3);
    buckets.add(0, 8, 4);
    expect(contents(buckets, 0, 7)).toEqual([1, 2]);
    expect(contents(buckets, 1, 7)).toEqual([3]);
    expect(contents(buckets, 0, 8)).toEqual([4]);
    expect(contents(buckets, 2, 7)).toEqual([]);
  });

  it("keeps only the first texts of a full bucket", () => {
    const buckets = new BandBuckets(3);
    for (let text = 0; text < 10; text++) buckets.add(5, 123, text);
    expect(contents(buckets, 5, 123)).toEqual([0, 1, 2]);
  });

  it("finds every bucket again after growing far past its first size", () => {
    const buckets = new BandBuckets(4);
    const key = (text: number) => (Math.imul(text, 0x9e3779b1) >>> 2) % 50_000;
    for (let text = 0; text < 200_000; text++) buckets.add(text % 18, key(text), text);
    for (const text of [0, 17, 65_537, 199_999]) expect(contents(buckets, text % 18, key(text))).toContain(text);
  });
});
