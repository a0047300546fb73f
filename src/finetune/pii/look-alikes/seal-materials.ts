import type { Span } from "../detector.js";

/** A size: a diameter (13.5mm, 12ミリ, 1.5センチ), a seal's grade (15号) or a square seal's side (24角). */
const SIZE = String.raw`[ 　]?\d+(?:\.\d+)?[ 　]?(?:mm|㎜|cm|ミリ|センチ|号|角)`;
const SIZE_AT_START = new RegExp(`^${SIZE}`, "u");

/**
 * Whether a size follows `end` (柘植 13.5mm, 黒檀 15.0mm): the word before it is a seal's or a thing's material, named as a
 * surname may be; the surname rules pass it over.
 */
export const sizeFollows = (shadow: string, end: number): boolean => SIZE_AT_START.test(shadow.slice(end, end + 12));

/**
 * A seal's material and its size, as a seal shop writes an order (柘植 13.5mm, 本柘 12ミリ, 黒水牛 15.0mm, 楓 10.5㎜): the wood
 * or horn is read as a surname or a given name (柘植, 楓) but with a size after it names the seal, no one.
 */
const SEAL_MATERIAL_WITH_SIZE = new RegExp(`(?:薩摩本柘|本柘植?|柘植|黒水牛|オランダ水牛|色水牛|牛角|象牙|黒檀|紫檀|白檀|楓|彩樺|黒彩華|チタン|水晶|琥珀)${SIZE}`, "gu");
const SIZE_IN_TEXT = /\d[ 　]?(?:mm|㎜|cm|ミリ|センチ|号|角)/u;

/** The spans of seals' materials with their sizes in a text; none where no size is written. */
export function sealMaterialSpans(shadow: string): Span[] {
  if (!SIZE_IN_TEXT.test(shadow)) return [];
  return [...shadow.matchAll(SEAL_MATERIAL_WITH_SIZE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
