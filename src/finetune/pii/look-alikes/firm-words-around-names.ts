import type { Span } from "../detector.js";
import { spansOf } from "./shop-names.js";

/** A capitalised word of a firm's name, perhaps hyphenated or accented (Riding, Higashi-Ginza, O'Hara, Lefèvre). */
const WORD = "\\p{Lu}\\p{Ll}+(?:['’-]\\p{L}\\p{Ll}+)?";
/**
 * A firm's legal form or its trade's word that ends its name (Lindqvist Precision KK, Ferreira Werkzeugbau GmbH, Oda
 * Riding Academy, Lindqvist Institute, an agency's Szabados Staff Service, a vet's Okabe Animal Hospital or Kato Dental
 * Clinic): up to three capitalised words before it, a surname or a given name among them, name the firm, no one. A
 * service's word ends a firm's name only where no desk's word follows it: a person's name before a service desk is
 * theirs (Teodora Przemyk Service Desk).
 */
const FIRM_WORD = "KK|K\\.K\\.|GmbH|AG|Maschinenbau|Anlagenbau|Werkzeugbau|Werke|Academy|Institute|Hospital|Clinic|(?:Services?|Staffing)(?![ \\t]+(?:[Dd]esk|[Cc]ent(?:er|re)|[Tt]eam|[Cc]ounter))";
const FIRM_END = `(?:${FIRM_WORD})(?![A-Za-z])`;
const NAME_THEN_FIRM_END = new RegExp(`(?<![\\p{L}.])${WORD}(?:[ \\t]${WORD}){0,2}[ \\t]${FIRM_END}`, "gu");
/**
 * A lodging's or a shop's word that leads its name (Hotel Aurora Nakijin, Ryokan Sawaguchi, Pension Alpenrose, Atelier
 * Moreau, Trattoria Bianchi, Bottega Rinaldi): the capitalised words after it read as a given name and a surname, but
 * name the house or the shop, its maker's though it is.
 */
const LODGING_WORD = "Hotel|Hostel|Ryokan|Pension|Minshuku|Guesthouse|Atelier|Maison|Boutique|Galerie|Bottega|Casa|Bistro|Brasserie|Trattoria|Osteria|Ristorante|Pizzeria";
const LODGING_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:${LODGING_WORD})(?:[ \\t]${WORD}){1,3}`, "gu");
/**
 * A restaurant's or a shop's branch named by the district after its name, as Tokyo's districts are hyphenated by their
 * compass word (Tsuruya Higashi-Ginza, Kanda Yabu Minami-Aoyama): the name before the district is the shop's.
 */
const COMPASS_WORD = "Nishi|Higashi|Minami|Kita|Naka|Shin|Moto|Kami|Shimo";
const NAME_THEN_DISTRICT = new RegExp(`(?<![\\p{L}.])${WORD}[ \\t](?:${COMPASS_WORD})-[A-Z][a-z]+(?![\\p{L}-])`, "gu");

/** Cheap gates on each pattern's own words, so a text with none of them is not scanned. */
const FIRM_GATE = new RegExp(FIRM_WORD);
const LODGING_GATE = new RegExp(LODGING_WORD);
const DISTRICT_GATE = new RegExp(`(?:${COMPASS_WORD})-[A-Z]`);

/** The spans of firms, lodgings, shops and branches named with a name-like word in a text. */
export function firmWordsAroundNameSpans(shadow: string): Span[] {
  return [
    ...(FIRM_GATE.test(shadow) ? spansOf(shadow, NAME_THEN_FIRM_END) : []),
    ...(LODGING_GATE.test(shadow) ? spansOf(shadow, LODGING_THEN_NAME) : []),
    ...(DISTRICT_GATE.test(shadow) ? spansOf(shadow, NAME_THEN_DISTRICT) : []),
  ];
}
