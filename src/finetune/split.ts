import { seededRandom, shuffle } from "../seeded-random.js";

interface SplitResult {
  train: number[];
  validation: number[];
}

/**
 * A seeded train/validation split, stratified by `strata` (one key per example, e.g. the inquiry category): each
 * stratum gives its share to validation, the shares rounded by largest remainder so that the total is
 * round(n × ratio). Indexes come back in their original order.
 */
export function splitTrainValidation(strata: readonly string[], ratio: number, seed: number): SplitResult {
  const groups = new Map<string, number[]>();
  strata.forEach((key, index) => {
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const keys = [...groups.keys()].sort();
  const target = Math.round(strata.length * ratio);
  const quotas = keys.map((key) => groups.get(key)!.length * ratio);
  const counts = quotas.map(Math.floor);
  let remaining = target - counts.reduce((sum, value) => sum + value, 0);
  const byRemainder = keys.map((_, index) => index).sort((a, b) => quotas[b]! - counts[b]! - (quotas[a]! - counts[a]!) || a - b);
  for (const index of byRemainder) {
    if (remaining <= 0) break;
    if (counts[index]! < groups.get(keys[index]!)!.length) {
      counts[index]!++;
      remaining--;
    }
  }

  const random = seededRandom(seed);
  const validation = new Set<number>();
  keys.forEach((key, index) => {
    for (const member of shuffle([...groups.get(key)!], random).slice(0, counts[index])) validation.add(member);
  });
  const train: number[] = [];
  const held: number[] = [];
  strata.forEach((_, index) => (validation.has(index) ? held : train).push(index));
  return { train, validation: held };
}
