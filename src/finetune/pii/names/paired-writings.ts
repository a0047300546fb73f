import { matchesOf, type Span } from "../detector.js";

/**
 * A name written in Latin letters and in its own script side by side, a space, a line break, a slash or a bracket
 * between (Олег Зорин (Oleg Zorin), สุดารัตน์ แก้วมณี Sudarat Kaewmanee): a form's or a guest's two writings of
 * one name. The patterns' `first` and `second` groups hold the two writings, the Latin one first in `latinFirst` and
 * second in `latinSecond`; both are the person's where `spells` says the Latin writing spells the other.
 */
export const BETWEEN_WRITINGS = "(?:[ \\t]*(?:<br[ \\t]*\\/?>|[/／|｜、,(（]|\\n)[ \\t]*|[ \\t]+)";

export function pairedWritingSpans(shadow: string, latinFirst: RegExp, latinSecond: RegExp, spells: (latin: string, other: string) => boolean): Span[] {
  const spans: Span[] = [];
  for (const [pattern, latin, other] of [[latinFirst, "first", "second"], [latinSecond, "second", "first"]] as const) {
    for (const match of matchesOf(pattern, shadow)) {
      if (!spells(match.groups![latin]!, match.groups![other]!)) continue;
      for (const group of ["first", "second"]) {
        const [start, end] = match.indices!.groups![group]!;
        spans.push({ start, end });
      }
    }
  }
  return spans;
}
