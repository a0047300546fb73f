import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Leftovers of earlier sets the sixteenth round took up (issue 13), by class, each with other values than the sets'
 * and the names the rule must still mask.
 */
describeMaskingClasses("leftover classes of the sixteenth round", {
  "a trade's word after a family name and a comma is a firm, not a given name": [
    ["担当 Taylor, Electrical の件", "担当 [PERSON], Electrical の件"],
    ["| Smith, Flooring |", "| Smith, Flooring |"],
    ["／Walker, Glazing／", "／Walker, Glazing／"],
    ["担当 Moss, Scaffolding の件", "担当 [PERSON], Scaffolding の件"],
    ["| Sørensen, Mette |", "| [PERSON] |"],
  ],
  "a child's or a monk's word alone before an honorific is no name": [
    ["うちの子さんは元気です", "うちの子さんは元気です"],
    ["その子ちゃんが泣いていた", "その子ちゃんが泣いていた"],
    ["お寺の坊さんに頼んだ", "お寺の坊さんに頼んだ"],
    ["山田花子さんが来た", "[PERSON]さんが来た"],
  ],
  "katakana in brackets after a Latin name is its writing only where it can sound as the name does": [
    ["注文：Lucas Moreau（ﾁｮｺ ﾜｯﾌﾙ）", "注文：[PERSON]（ﾁｮｺ ﾜｯﾌﾙ）"],
    ["Ms. Ana Silva（ホット ココア）を注文", "Ms. [PERSON]（ホット ココア）を注文"],
    ["Ms. Ana Silva（アナ シルヴァ）様", "Ms. [PERSON]（[PERSON]）様"],
    ["Mr. Charles Dupont（シャルル デュポン）様", "Mr. [PERSON]（[PERSON]）様"],
    ["Lee Min-ho（イ・ミンホ）さん", "[PERSON]（[PERSON]）さん"],
  ],
});
