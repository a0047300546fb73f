import type { Span } from "../detector.js";
import type { Beside } from "../context/neighbour-spans.js";
import { asReading, wordReadings } from "../lexicon/japanese-name-lexicon.js";

/**
 * The items of a run of quoted names beside a found one (名札の文字：「ファム」「[グエン ヴァン ハイ]」「[レ ティ トゥ]」): a
 * badge's or a list's names quoted one after another are of one kind, so a katakana item is a person too, a family name
 * alone or a full name, unless a word of the dictionary is in it (「ホテル」「[グエン ヴァン ハイ]」: a thing's word).
 */
const KATAKANA_ITEM = String.raw`[\p{Script=Katakana}ー]{2,12}(?:[ 　・][\p{Script=Katakana}ー]{1,12}){0,3}`;
const ITEM_BEFORE = new RegExp(String.raw`「(${KATAKANA_ITEM})」[、,]?[ 　]?「$`, "u");
const ITEM_AFTER = new RegExp(String.raw`^」[、,]?[ 　]?「(${KATAKANA_ITEM})」`, "u");

const isNameItem = (item: string): boolean => item.split(/[ 　・]/u).every((word) => !wordReadings().has(asReading(word)));

export function quotedItemBefore({ shadow, span }: Beside): Span | undefined {
  const item = ITEM_BEFORE.exec(shadow.slice(Math.max(0, span.start - 60), span.start));
  if (item === null || !isNameItem(item[1]!)) return undefined;
  const start = span.start - item[0].length + 1;
  return { start, end: start + item[1]!.length };
}

export function quotedItemAfter({ shadow, span }: Beside): Span | undefined {
  const item = ITEM_AFTER.exec(shadow.slice(span.end, span.end + 60));
  if (item === null || !isNameItem(item[1]!)) return undefined;
  const start = span.end + item[0].indexOf("「") + 1;
  return { start, end: start + item[1]!.length };
}
