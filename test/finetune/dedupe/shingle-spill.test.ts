import { describe, expect, it } from "vitest";
import { ShingleSpill } from "../../../src/finetune/dedupe/shingle-spill.js";

describe("shingle spill (kept texts' shingle sets, in memory up to a bound, then in a temporary file)", () => {
  // All in memory (the default bound), all in the file, and the first sets in memory, the rest in the file.
  it.each([undefined, 0, 400_000])("gives back each set as added, from memory, the write buffer, the file or its cache, in any order (held: %s)", (held) => {
    const texts = 20_000;
    const sets = Array.from({ length: texts }, (_, index) => Uint32Array.from({ length: index % 97 }, (_, at) => (index * 2_654_435_761 + at * 40_503) >>> 0));
    sets[6] = Uint32Array.from({ length: 300_000 }, (_, at) => at); // larger than the write buffer
    const spill = new ShingleSpill(texts + 1, held);
    try {
      // Every other text is kept (a dropped duplicate has no set); sets are read back while others are still added.
      for (let index = 0; index < texts; index += 2) {
        spill.add(index, sets[index]!);
        if (index % 1_000 === 0) expect(spill.get(index >> 1 & ~1)).toEqual(sets[index >> 1 & ~1]);
      }
      for (const index of [0, 19_998, 6, 4, 10_000, 2, 0]) expect(spill.get(index)).toEqual(sets[index]);
      for (let index = 0; index < texts; index += 2) expect(spill.get(index)).toEqual(sets[index]);
      expect(() => spill.get(1)).toThrow(RangeError);
      expect(() => spill.get(texts)).toThrow(RangeError);
    } finally {
      spill.close();
    }
  });
});
