/**
 * A language named in its own tongue by its word for "language" (Te Reo Māori, Reo Tahiti, Bahasa Melayu, Lingua
 * Franca): the words after the cue are the language's or its people's, no given and family name.
 */
const LANGUAGE_NAME = /(?<!\p{L})(?:(?:[Tt]e[ \t]+)?[Rr]eo[ \t]+(?:Māori|Maori|Tahiti|Rapa[ \t]+Nui|Rarotonga|Hawaiʻi|Hawai'i|Hawaii|Tonga|Sāmoa|Samoa)|Bahasa[ \t]+(?:Indonesia|Melayu|Malaysia|Jawa|Sunda)|Lingua[ \t]+(?:Franca|Latina|Italiana))(?!\p{L})/gu;

/** Whether the words from `start` to `end` lie inside a language's own name. */
export function isLanguageName(shadow: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 8);
  for (const match of shadow.slice(from, end + 12).matchAll(LANGUAGE_NAME)) {
    if (from + match.index <= start && from + match.index + match[0].length >= end) return true;
  }
  return false;
}
