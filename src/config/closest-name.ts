/**
 * The candidate a mistyped name most likely meant: the same letters ignoring case, `_` and `-` (`base_url` →
 * `baseURL`), the only candidate it begins (`reason` → `reasoning`), or one at most two edits away (`opnai` →
 * `openai`). Undefined when nothing is that close.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[-_]/g, "");
  const exact = candidates.find((c) => squash(c) === squash(name));
  if (exact !== undefined) return exact;
  const extended = name.length >= 3 ? candidates.filter((c) => squash(c).startsWith(squash(name))) : [];
  if (extended.length === 1) return extended[0];
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
