import type { Span } from "../detector.js";

/**
 * Makers named like a person, by a given name or a surname (Roland, Kawai, Yamaha, Dyson): before a model's code of
 * capitals and digits (Roland HP-704, Kawai CA-49, Dyson V12) they name the instrument or the appliance, no one. So do
 * Japanese makers of farm and power tools written in katakana after their founders' surnames (クボタ KX-55, イセキ HJ-6).
 */
const MAKERS = ["Roland", "Kawai", "Yamaha", "Casio", "Korg", "Fender", "Gibson", "Marshall", "Dyson", "Miele", "Bose", "Philips", "Ford", "ヤンマー", "クボタ", "イセキ", "マキタ", "ホンダ", "スズキ", "ヤマハ"];
const MAKER_MODEL = new RegExp(`(?<![\\p{L}])(?:${MAKERS.join("|")})[ \\t]+[A-Z]{1,4}-?[A-Z]{0,3}\\d[A-Z0-9]*(?:-[A-Z0-9]+)*(?![\\p{L}\\d])`, "gu");

/** The spans of makers' names with their models' codes. */
export function makerModelSpans(shadow: string): Span[] {
  if (!MAKERS.some((maker) => shadow.includes(maker))) return [];
  return [...shadow.matchAll(MAKER_MODEL)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
