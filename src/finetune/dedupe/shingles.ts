/**
 * Character shingles for near-duplicate detection: NFKC, lower case, whitespace removed, then every run of `size`
 * characters, hashed to 32 bits (FNV-1a). Characters rather than words, because Japanese has no spaces to split on;
 * 5 characters is the usual choice for Japanese and works for English too.
 */
export function shingleHashes(text: string, size = 5): Uint32Array {
  const units = text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
  // Where each character starts (a surrogate pair is one character): a shingle is the UTF-16 units of `size` of them,
  // hashed in place rather than sliced out as a string (most of the build's time went to those strings).
  const work = scratch(2 * units.length + 2);
  const starts = work;
  let chars = 0;
  for (let index = 0; index < units.length; index++) {
    const code = units.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff && index > 0 && isHighSurrogate(units.charCodeAt(index - 1))) continue;
    starts[chars++] = index;
  }
  starts[chars] = units.length;
  if (chars === 0) return new Uint32Array(0);
  const count = chars <= size ? 1 : chars - size + 1;
  // Only the sorted, unique hashes are returned (a copy): the working arrays are reused from call to call, so that
  // hashing a million texts does not leave two dead buffers each for the collector.
  const hashes = work.subarray(units.length + 1, units.length + 1 + count);
  for (let shingle = 0; shingle < count; shingle++) hashes[shingle] = fnv1a(units, starts[shingle]!, starts[Math.min(shingle + size, chars)]!);
  hashes.sort();
  let unique = 0;
  for (let index = 0; index < count; index++) if (index === 0 || hashes[index] !== hashes[unique - 1]) hashes[unique++] = hashes[index]!;
  return hashes.slice(0, unique);
}

let scratchBuffer = new Uint32Array(4096);
/** A working array of at least `length` (`starts`, then `hashes`), grown when a text needs more. */
function scratch(length: number): Uint32Array {
  if (scratchBuffer.length < length) scratchBuffer = new Uint32Array(Math.max(length, scratchBuffer.length * 2));
  return scratchBuffer;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

function fnv1a(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let index = from; index < to; index++) {
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
