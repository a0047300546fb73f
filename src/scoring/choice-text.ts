import { normalizeText } from "./normalize.js";

interface ChoiceMention {
  index: number;
  start: number;
  end: number;
}

const ASCII_ALNUM = /[a-z0-9]/;

/**
 * Where the answer names option texts, compared after normalization (normalize.ts). Overlapping finds keep the
 * longest, so 「カーステレオ」 names カーステレオ and not also ステレオ; options that start or end with a Latin
 * letter or digit must stand as a whole word, so option "3" is not found inside "30". Sorted by position.
 */
export function findChoiceMentions(text: string, choices: readonly string[]): ChoiceMention[] {
  const haystack = normalizeText(text);
  const candidates: ChoiceMention[] = [];
  choices.forEach((choice, index) => {
    const needle = normalizeText(choice);
    if (needle === "") return;
    for (let start = haystack.indexOf(needle); start !== -1; start = haystack.indexOf(needle, start + 1)) {
      const end = start + needle.length;
      const cutBefore = ASCII_ALNUM.test(needle[0] ?? "") && ASCII_ALNUM.test(haystack[start - 1] ?? "");
      const cutAfter = ASCII_ALNUM.test(needle.at(-1) ?? "") && ASCII_ALNUM.test(haystack[end] ?? "");
      if (!cutBefore && !cutAfter) candidates.push({ index, start, end });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ChoiceMention[] = [];
  for (const candidate of candidates) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether an option's text is itself a number ("12", "-3.5", "1/2"), so a bare number names it, not a position. */
export function isNumericChoice(choice: string): boolean {
  return /^[-+]?[\d.,/]+$/.test(choice.normalize("NFKC").trim());
}
