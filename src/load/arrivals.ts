import { seededRandom } from "../seeded-random.js";
import type { Arrivals } from "./types.js";

/**
 * When each of `count` requests starts, in ms after the first: every 1000 / rate ms for constant arrivals; for
 * Poisson arrivals, exponential gaps with that mean (inverse-transform sampling), seeded so a test is repeatable.
 */
export function arrivalOffsetsMs(count: number, requestsPerSecond: number, arrivals: Arrivals, seed = 1): number[] {
  const meanGapMs = 1000 / requestsPerSecond;
  const random = seededRandom(seed);
  const offsets: number[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    offsets.push(at);
    // 1 − u lies in (0, 1], so the logarithm is finite.
    at += arrivals === "constant" ? meanGapMs : -Math.log(1 - random()) * meanGapMs;
  }
  return offsets;
}
