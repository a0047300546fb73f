import { chooseBands, minHasher } from "./minhash.js";
import { jaccard, shingleHashes } from "./shingles.js";

export interface DuplicateOptions {
  /** Jaccard similarity of character 5-gram sets at or above which two texts are near-duplicates. */
  threshold: number;
  seed: number;
  permutations?: number;
}

export type DuplicateVerdict =
  | { kind: "exact"; of: number }
  | { kind: "near"; of: number; similarity: number };

/**
 * Which texts repeat an earlier one, by index: `exact` when identical after trimming and collapsing whitespace,
 * `near` when the Jaccard similarity of character shingles reaches the threshold (MinHash + LSH candidates, checked
 * exactly). The first occurrence is kept; a later text is compared only with texts that were kept, so a chain
 * a≈b≈c keeps a and drops b and c only if each is close to a. Deterministic for a given seed.
 */
export function findDuplicates(texts: readonly string[], options: DuplicateOptions): Map<number, DuplicateVerdict> {
  const verdicts = new Map<number, DuplicateVerdict>();
  const firstExact = new Map<string, number>();
  const permutations = options.permutations ?? 128;
  const { bands, rows } = chooseBands(permutations, options.threshold);
  const signatureOf = minHasher(permutations, options.seed);
  const buckets: Map<string, number[]>[] = Array.from({ length: bands }, () => new Map());
  const shinglesOf = new Map<number, Uint32Array>();

  texts.forEach((text, index) => {
    const key = text.trim().replace(/\s+/gu, " ");
    const exact = firstExact.get(key);
    if (exact !== undefined) {
      verdicts.set(index, { kind: "exact", of: exact });
      return;
    }
    firstExact.set(key, index);

    const shingles = shingleHashes(text);
    const signature = signatureOf(shingles);
    const bandKeys = Array.from({ length: bands }, (_, band) => signature.subarray(band * rows, band * rows + rows).join(","));
    const candidates = new Set<number>();
    bandKeys.forEach((bandKey, band) => buckets[band]!.get(bandKey)?.forEach((other) => candidates.add(other)));
    let best: { of: number; similarity: number } | undefined;
    for (const other of [...candidates].sort((a, b) => a - b)) {
      const similarity = jaccard(shingles, shinglesOf.get(other)!);
      if (similarity >= options.threshold && (best === undefined || similarity > best.similarity)) best = { of: other, similarity };
    }
    if (best) {
      verdicts.set(index, { kind: "near", ...best });
      return;
    }
    shinglesOf.set(index, shingles);
    bandKeys.forEach((bandKey, band) => {
      const bucket = buckets[band]!.get(bandKey);
      if (bucket) bucket.push(index);
      else buckets[band]!.set(bandKey, [index]);
    });
  });
  return verdicts;
}
