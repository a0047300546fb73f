import type { Span } from "../detector.js";
import { ROMANCE_GROUP_WORDS } from "../lexicon/firm-words.js";

/**
 * A firm's name led by a Romance language's word for a group, a bank or a company (Grupo Marcopolo Asia, Groupe Renault
 * Maroc, Gruppo Lavazza, Banco Itaú Unibanco, Companhia Siderúrgica Nacional): capitalised words after such a word read
 * as a given name and a surname, but name the firm. The word leads it, so a person's name before it stays apart.
 */
const LED_FIRM_NAME = new RegExp(
  `(?<![\\p{L}])(?:${ROMANCE_GROUP_WORDS}|Banco|Banque|Companhia|Compañía|Compagnie|Industrias|Inversiones|Laboratorios|Constructora|Distribuidora|Editora|Comercial)(?:[ \\t]+(?:[A-Z][\\p{L}'’&-]*|de|do|da|del|di|la|los|las))*[ \\t]+[A-Z][\\p{L}'’&-]*`,
  "gu",
);

/** The spans of such firms' names in a text. */
export function ledFirmNameSpans(shadow: string): Span[] {
  if (!/Grup|Groupe|Banc|Comp|Industrias|Inversiones|Laboratorios|Constructora|Distribuidora|Edito|Comercial/.test(shadow)) return [];
  return [...shadow.matchAll(LED_FIRM_NAME)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
