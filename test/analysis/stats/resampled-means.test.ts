import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/analysis/stats/random.js";
import { resampledMeans } from "../../../src/analysis/stats/resampled-means.js";

/** The bootstrap loop written the plain way: resample by resample, stratum by stratum, one index() per draw. */
function plain(strata: number[][], seed: number, resamples: number): Float64Array {
  const random = createRandom(seed);
  const draws = new Float64Array(resamples);
  for (let r = 0; r < resamples; r += 1) {
    let sum = 0;
    for (const values of strata) {
      let mean = 0;
      for (let i = 0; i < values.length; i += 1) mean += (values[random.index(values.length)]! - mean) / (i + 1);
      sum += mean;
    }
    draws[r] = sum / strata.length;
  }
  return draws;
}

describe("resampledMeans: the bootstrap's inner loop", () => {
  const random = createRandom(3);
  const values = (n: number) => Array.from({ length: n }, () => Math.round(random.next() * 7) / 7 - 0.3);

  it.each([
    ["one stratum, resamples a multiple of the block", [values(50)], 400],
    ["one stratum, a remainder after the blocks", [values(13)], 1003],
    ["fewer resamples than one block", [values(9)], 3],
    ["strata of unequal size", [values(1), values(40), values(7)], 999],
  ])("gives the plain loop's draws bit for bit: %s", (_, strata, resamples) => {
    const fast = resampledMeans(strata.map((s) => Float64Array.from(s)), createRandom(99), resamples);
    const expected = plain(strata, 99, resamples);
    expect(fast).toHaveLength(resamples);
    expect(Array.from(fast).every((d, i) => Object.is(d, expected[i]))).toBe(true);
  });

  it("leaves the generator where the plain loop would", () => {
    const strata = [values(11), values(5)];
    const random = createRandom(5);
    resampledMeans(strata.map((s) => Float64Array.from(s)), random, 10);
    const reference = createRandom(5);
    for (let k = 0; k < 10 * 16; k += 1) reference.next();
    expect(random.next()).toBe(reference.next());
  });
});
