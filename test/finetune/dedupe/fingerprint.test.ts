import { describe, expect, it } from "vitest";
import { fingerprinter } from "../../../src/finetune/dedupe/fingerprint.js";
import { minHasher } from "../../../src/finetune/dedupe/minhash.js";
import { shingleHashes } from "../../../src/finetune/dedupe/shingles.js";
import { seededRandom } from "../../../src/seeded-random.js";

describe("fingerprints for deduplication", () => {
  const options = { threshold: 0.8, seed: 42 };
  const { fingerprint } = fingerprinter(options);

  it("are the same for texts that differ only in whitespace around and between words", () => {
    expect(fingerprint(" 返品は\u300030日以内\n").hash).toBe(fingerprint("返品は 30日以内").hash);
    expect(fingerprint("返品は30日以内").hash).not.toBe(fingerprint("返品は 30日以内").hash);
  });

  it("give each permutation's minimum of murmur3's finaliser over the shingles, four at a time (SIMD) or not", () => {
    const fmix32 = (input: number): number => {
      let h = input;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return (h ^ (h >>> 16)) >>> 0;
    };
    // A text, none, and one of more shingles than the SIMD module's first memory page holds.
    const long = Array.from({ length: 30_000 }, (_, index) => String.fromCharCode(0x4e00 + ((index * 7919) % 20_000))).join("");
    for (const text of ["返品は30日以内に承ります。The refund arrives within five business days.", "", long]) {
      const shingles = shingleHashes(text);
      for (const permutations of [128, 7, 1]) {
      const random = seededRandom(42);
      const seeds = Array.from({ length: permutations }, () => Math.floor(random() * 0x100000000));
        const expected = seeds.map((seed) => Array.from(shingles, (shingle) => fmix32(shingle ^ seed)).reduce((min, value) => Math.min(min, value), 0xffffffff));
        expect(Array.from(minHasher(permutations, 42)(shingles))).toEqual(expected);
      }
    }
  });
});
