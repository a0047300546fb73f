/**
 * Character shingles for near-duplicate detection: NFKC, lower case, whitespace removed, then every run of `size`
 * characters, hashed to 32 bits (FNV-1a). Characters rather than words, because Japanese has no spaces to split on;
 * 5 characters is the usual choice for Japanese and works for English too.
 */
export function shingleHashes(text: string, size = 5): Uint32Array {
  const chars = Array.from(text.normalize("NFKC").toLowerCase().replace(/\s+/gu, ""));
  const hashes = new Set<number>();
  if (chars.length <= size) {
    if (chars.length > 0) hashes.add(fnv1a(chars.join("")));
  } else {
    for (let index = 0; index + size <= chars.length; index++) hashes.add(fnv1a(chars.slice(index, index + size).join("")));
  }
  return Uint32Array.from(hashes).sort();
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Exact Jaccard similarity of two sorted hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 1 : shared / union;
}
