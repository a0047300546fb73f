/**
 * Table headings that break between their words only. A browser breaks a line after a hyphen, at any space and after
 * a slash before Japanese, so a narrow column's heading read "p-|value", "Difference (A|− B)" or "出力トークン/|秒": a
 * hyphen inside a word ("p-value", "self-hosted") becomes the non-breaking hyphen U+2011; an operator between spaces
 * never begins a line ("Candidate −|baseline"), and between one- or two-letter operands ("A − B") never ends one
 * either (no-break spaces); a slash inside a word ("tok/s") is followed by a word joiner (U+2060, invisible).
 */
export function headingWords(text: string): string {
  return text
    .replace(/(?<=\S)-(?=\S)/g, "\u2011")
    .replace(/(?<=(?:^|[\s(（])[^\s(（]{1,2}) ([−+×/]) (?=[^\s)）]{1,2}(?:$|[\s)）]))/g, "\u00a0$1\u00a0")
    .replace(/ ([−+×/]) /g, "\u00a0$1 ")
    .replace(/(?<=\S)\/(?=\S)/g, "/\u2060");
}

/** Every heading of a catalogue's table columns, bound as headingWords binds one. */
export function headerWords<T extends Record<string, string>>(headings: T): T {
  return Object.fromEntries(Object.entries(headings).map(([key, text]) => [key, headingWords(text)])) as T;
}
