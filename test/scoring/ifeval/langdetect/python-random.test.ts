import { describe, expect, it } from "vitest";
import { PythonRandom } from "../../../../src/scoring/ifeval/langdetect/python-random.js";

// Expected values: CPython 3.11 `r = random.Random(); r.seed(0)` and the same calls in the same order.
describe("Python's random.Random, seeded", () => {
  it("draws Python's floats, choices and normal deviates for seed 0", () => {
    const random = new PythonRandom(0);
    expect([random.random(), random.random(), random.random()]).toEqual([
      0.8444218515250481, 0.7579544029403025, 0.420571580830845,
    ]);
    const choices = [1, 2, 7, 100, 1000, 30000].map((n) => random.choice([...Array(n).keys()]));
    expect(choices).toEqual([0, 1, 3, 38, 991, 15617]);
    expect([random.gauss(0, 1), random.gauss(0, 1), random.gauss(0, 1)]).toEqual([
      -1.3238774929078008, 1.6408297479840344, 0.10788465967867489,
    ]);
  });

  it("starts over, cached normal deviate included, when seeded again", () => {
    const random = new PythonRandom(0);
    const first = [random.gauss(0, 1), random.random()];
    random.seed(0);
    expect([random.gauss(0, 1), random.random()]).toEqual(first);
  });

  it("refuses a seed Python would hash differently", () => {
    expect(() => new PythonRandom(-1)).toThrow(RangeError);
    expect(() => new PythonRandom(0.5)).toThrow(RangeError);
  });
});
