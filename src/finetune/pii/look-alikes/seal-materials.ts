import type { Span } from "../detector.js";

/**
 * A seal's material and its size, as a seal shop writes an order (柘植 13.5mm, 本柘 12ミリ, 黒水牛 15.0mm, 楓 10.5㎜): the wood
 * or horn is read as a surname or a given name (柘植, 楓) but with a diameter after it names the seal, no one.
 */
const SEAL_MATERIAL_WITH_SIZE =
  /(?:薩摩本柘|本柘植?|柘植|黒水牛|オランダ水牛|色水牛|牛角|象牙|黒檀|紫檀|白檀|楓|彩樺|黒彩華|チタン|水晶|琥珀)[ 　]?\d{1,2}(?:\.\d{1,2})?[ 　]?(?:mm|ミリ|㎜)/gu;

/** The spans of seals' materials with their sizes in a text; none where no size in millimetres is written. */
export function sealMaterialSpans(shadow: string): Span[] {
  if (!/\d[ 　]?(?:mm|ミリ|㎜)/.test(shadow)) return [];
  return [...shadow.matchAll(SEAL_MATERIAL_WITH_SIZE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
