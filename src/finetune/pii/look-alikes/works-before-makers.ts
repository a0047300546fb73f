import type { Span } from "../detector.js";
import { familyName, isNameOnlyWord } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/** A capitalised word before a full name in brackets and nothing else: two or three capitalised words. */
const WORD_BEFORE_FULL_NAME = /(?<![\p{L}\p{N}'’.@_-])(?<work>\p{Lu}\p{Ll}+)[ \t]?\((?<maker>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})\)/gu;

/**
 * A word that is a thing's too (a language, a gem, a tool: Ruby, Crystal) before another person's full name in brackets
 * (Ruby (Yukihiro Matsumoto)): the thing and its maker, whose name stays a name. A sign-off's bracket holds the
 * writer's desk or group, and a nickname's bracket its own full name (Emi (Emi Tanaka), Max (Maximilian Weber)); a
 * word only a name is (Emi) is still the writer's.
 */
export function workBeforeMakerSpans(shadow: string): Span[] {
  if (!shadow.includes("(")) return [];
  const spans: Span[] = [];
  for (const match of shadow.matchAll(WORD_BEFORE_FULL_NAME)) {
    const { work, maker } = match.groups!;
    const words = maker!.split(/[ \t]+/);
    if (isNameOnlyWord(work!) || words.some((word) => word.startsWith(work!))) continue;
    if ((worldNames().latinGiven.has(words[0]!) || familyName(words[0]!)) && familyName(words.at(-1)!)) spans.push({ start: match.index, end: match.index + work!.length });
  }
  return spans;
}
