import type { Random } from "./random.js";

/** Resamples resolved together: four independent running means keep the CPU's divider busy (measured best of 1, 4, 8). */
const BLOCK = 4;

/**
 * The bootstrap's inner loop, shared by every interval kurabe prints: for each of `resamples` resamples, each
 * stratum's values are drawn with replacement (as many draws as values) and averaged as a running mean
 * (m += (x − m) / k, see meanOf), and the resample's statistic is the mean of the strata's means. Draws are taken
 * from `random` resample by resample, stratum by stratum, so the result is the same as one plain loop; a block of
 * resamples is averaged side by side only because a running mean is one long chain of divisions, and four such
 * chains run in the time of about one.
 */
export function resampledMeans(strata: readonly Float64Array[], random: Random, resamples: number): Float64Array {
  const draws = new Float64Array(resamples);
  if (strata.length === 0) return draws;
  const perResample = strata.reduce((sum, values) => sum + values.length, 0);
  const indices = new Uint32Array(BLOCK * perResample);
  const sums = new Float64Array(BLOCK);
  let r = 0;
  for (; r + BLOCK <= resamples; r += BLOCK) {
    drawIndices(strata, random, indices, BLOCK);
    sums.fill(0);
    let offset = 0;
    for (const values of strata) {
      addBlockOfMeans(values, indices, offset, perResample, sums);
      offset += values.length;
    }
    for (let k = 0; k < BLOCK; k += 1) draws[r + k] = (sums[k] as number) / strata.length;
  }
  for (; r < resamples; r += 1) {
    drawIndices(strata, random, indices, 1);
    let sum = 0;
    let offset = 0;
    for (const values of strata) {
      sum += runningMean(values, indices, offset);
      offset += values.length;
    }
    draws[r] = sum / strata.length;
  }
  return draws;
}

/** Indices of `count` resamples in draw order: resample k's draws for stratum s start at k · perResample + (Σ n before s). */
function drawIndices(strata: readonly Float64Array[], random: Random, indices: Uint32Array, count: number): void {
  let at = 0;
  for (let k = 0; k < count; k += 1) {
    for (const values of strata) {
      random.fillIndices(values.length, indices, at, values.length);
      at += values.length;
    }
  }
}

function runningMean(values: Float64Array, indices: Uint32Array, from: number): number {
  let mean = 0;
  for (let i = 0; i < values.length; i += 1) mean += ((values[indices[from + i] as number] as number) - mean) / (i + 1);
  return mean;
}

/** Adds one stratum's mean in each of BLOCK consecutive resamples to `sums`, the four chains interleaved. */
function addBlockOfMeans(values: Float64Array, indices: Uint32Array, offset: number, stride: number, sums: Float64Array): void {
  const n = values.length;
  const i0 = offset;
  const i1 = offset + stride;
  const i2 = offset + 2 * stride;
  const i3 = offset + 3 * stride;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i += 1) {
    const k = i + 1;
    m0 += ((values[indices[i0 + i] as number] as number) - m0) / k;
    m1 += ((values[indices[i1 + i] as number] as number) - m1) / k;
    m2 += ((values[indices[i2 + i] as number] as number) - m2) / k;
    m3 += ((values[indices[i3 + i] as number] as number) - m3) / k;
  }
  sums[0] = (sums[0] as number) + m0;
  sums[1] = (sums[1] as number) + m1;
  sums[2] = (sums[2] as number) + m2;
  sums[3] = (sums[3] as number) + m3;
}
