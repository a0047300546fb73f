import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/analysis/stats/random.js";
import { KurabeError } from "../../../src/errors.js";

// First four 32-bit outputs, from a line-by-line Python transcription of the reference C code
// (prng.di.unimi.it/xoshiro128starstar.c) with the same seeding; next() is each divided by 2^32.
const REFERENCE_OUTPUTS: [number, number[]][] = [
  [0, [3809008728, 1133695204, 53579671, 2891528803]],
  [42, [2837322924, 544945897, 479756282, 3500138142]],
  [-7, [2938940781, 3757184783, 1236949703, 3450031362]],
  [2 ** 40 + 3, [329532895, 61185785, 1317076682, 445920232]],
];

describe("createRandom (xoshiro128**)", () => {
  it.each(REFERENCE_OUTPUTS)("seed %d reproduces the reference stream", (seed, outputs) => {
    const random = createRandom(seed);
    for (const output of outputs) expect(random.next()).toBe(output / 2 ** 32);
  });

  it("gives the same stream for the same seed and a different one for another seed", () => {
    const draw = (seed: number): number[] => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("fills indices exactly as the same number of index() calls would, and continues the same stream", () => {
    const one = createRandom(11);
    const bulk = createRandom(11);
    const out = new Uint32Array(1005);
    bulk.fillIndices(37, out, 3, 1000);
    expect(Array.from(out.subarray(3, 1003))).toEqual(Array.from({ length: 1000 }, () => one.index(37)));
    expect(out[0]).toBe(0);
    expect(out[1003]).toBe(0);
    expect(bulk.next()).toBe(one.next());
  });

  it("mixes in the high half of a seed above 2^32", () => {
    expect(createRandom(2 ** 32 + 5).next()).not.toBe(createRandom(5).next());
  });

  it("draws uniformly: mean ≈ ½ and every index in range equally often", () => {
    const random = createRandom(1);
    let sum = 0;
    let inRange = true;
    const counts = new Array<number>(10).fill(0);
    const draws = 100_000;
    for (let i = 0; i < draws; i += 1) {
      const u = random.next();
      inRange &&= u >= 0 && u < 1;
      sum += u;
      const bin = random.index(10);
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
    expect(inRange).toBe(true);
    // Standard error of the mean of U(0,1) is √(1/12/n) ≈ 0.0009; of a bin count ≈ √(n·0.09) ≈ 95.
    expect(Math.abs(sum / draws - 0.5)).toBeLessThan(0.005);
    for (const count of counts) expect(Math.abs(count - draws / 10)).toBeLessThan(500);
  });

  it.each([1.5, Number.NaN, 2 ** 60])("rejects the seed %d", (seed) => {
    expect(() => createRandom(seed)).toThrow(KurabeError);
  });
});
