import { describe, expect, it } from "vitest";
import { BBitSketches, zeroBytes } from "../../../src/finetune/dedupe/b-bit-sketches.js";
import { seededRandom } from "../../../src/seeded-random.js";

describe("b-bit sketches of kept texts", () => {
  it("counts the zero bytes of a word", () => {
    expect([0, 0xff, 0xff00ff00, 0x80808080, 0x01000000, 0xffffffff, 0x7f7f7f00].map(zeroBytes)).toEqual([4, 3, 2, 0, 3, 0, 1]);
  });

  it("estimates similarity from the low bytes that agree, as a byte-by-byte count does, whatever the permutations", () => {
    const random = seededRandom(7);
    for (const permutations of [128, 5, 63]) {
      const sketches = new BBitSketches(3, permutations);
      const lowBytes = (signature: Uint32Array) => Uint8Array.from(signature, (value) => value & 0xff);
      const signatures = Array.from({ length: 3 }, () => Uint32Array.from({ length: permutations }, () => Math.floor(random() * 0x100000000)));
      // Text 2 shares the low bytes of text 0 at every third position (higher bits differ: only the low byte counts).
      signatures[2] = signatures[2]!.map((value, position) => (position % 3 === 0 ? (value & 0xffffff00) | (signatures[0]![position]! & 0xff) : value));
      sketches.compareWith(lowBytes(signatures[0]!));
      sketches.keep(0);
      sketches.compareWith(lowBytes(signatures[1]!));
      sketches.keep(1);
      for (const query of signatures) {
        sketches.compareWith(lowBytes(query));
        for (const kept of [0, 1]) {
          const agree = query.filter((value, position) => (value & 0xff) === (signatures[kept]![position]! & 0xff)).length;
          expect(sketches.similarity(kept)).toBeCloseTo((agree / permutations - 1 / 256) / (1 - 1 / 256), 12);
        }
      }
      sketches.compareWith(lowBytes(signatures[0]!));
      expect(sketches.similarity(0)).toBe(1);
    }
  });
});
