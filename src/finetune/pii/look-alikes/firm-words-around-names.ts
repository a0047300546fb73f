import type { Span } from "../detector.js";
import { spansOf } from "./shop-names.js";

/** A capitalised word of a firm's name, perhaps hyphenated (Riding, Higashi-Ginza, O'Hara). */
const WORD = "[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?";
/**
 * A firm's legal form or its trade's word that ends its name (Lindqvist Precision KK, Ferreira Werkzeugbau GmbH, Oda
 * Riding Academy, Lindqvist Institute): up to three capitalised words before it, a surname or a given name among
 * them, name the firm, no one.
 */
const FIRM_END = "(?:KK|K\\.K\\.|GmbH|AG|Maschinenbau|Anlagenbau|Werkzeugbau|Werke|Academy|Institute)(?![A-Za-z])";
const NAME_THEN_FIRM_END = new RegExp(`(?<![\\p{L}.])${WORD}(?:[ \\t]${WORD}){0,2}[ \\t]${FIRM_END}`, "gu");
/**
 * A lodging's word that leads its name (Hotel Aurora Nakijin, Ryokan Sawaguchi, Pension Alpenrose): the capitalised words
 * after it read as a given name and a surname, but name the house.
 */
const LODGING_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:Hotel|Hostel|Ryokan|Pension|Minshuku|Guesthouse)(?:[ \\t]${WORD}){1,3}`, "gu");
/**
 * A restaurant's or a shop's branch named by the district after its name, as Tokyo's districts are hyphenated by their
 * compass word (Tsuruya Higashi-Ginza, Kanda Yabu Minami-Aoyama): the name before the district is the shop's.
 */
const NAME_THEN_DISTRICT = new RegExp(`(?<![\\p{L}.])${WORD}[ \\t](?:Nishi|Higashi|Minami|Kita|Naka|Shin|Moto|Kami|Shimo)-[A-Z][a-z]+(?![\\p{L}-])`, "gu");

/** The spans of firms, lodgings and branches named with a name-like word in a text. */
export function firmWordsAroundNameSpans(shadow: string): Span[] {
  return [
    ...(/KK|K\.K\.|GmbH|AG|bau|Werke|Academy|Institute/.test(shadow) ? spansOf(shadow, NAME_THEN_FIRM_END) : []),
    ...(/Hotel|Hostel|Ryokan|Pension|Minshuku|Guesthouse/.test(shadow) ? spansOf(shadow, LODGING_THEN_NAME) : []),
    ...(/(?:Nishi|Higashi|Minami|Kita|Naka|Shin|Moto|Kami|Shimo)-[A-Z]/.test(shadow) ? spansOf(shadow, NAME_THEN_DISTRICT) : []),
  ];
}
