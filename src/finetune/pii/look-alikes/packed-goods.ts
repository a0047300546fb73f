/**
 * Packed food named like a person (Kit Kat Matcha box, Tim Tam Caramel, a Milo tin): a flavour's word among the name's
 * words or straight after them, or a pack's word straight after, says a product. A pack's word after a person's name is
 * written with a possessive (Kate's box), which this leaves alone; a pack's word that is a verb after a name (Dana can …,
 * Kate packs …, Tom bags …) is left out.
 */
const FLAVOURS = "Matcha|Chocolate|Choco|Vanilla|Strawberry|Caramel|Hazelnut|Mint|Hojicha|Yuzu|Wasabi|Sesame|Coconut|Mango|Banana";
const FLAVOUR_WORD = new RegExp(`^(?:${FLAVOURS})$`);
const FLAVOUR_OR_PACK_AFTER = new RegExp(
  `^[ \\t]+(?:${FLAVOURS}|box|pack|packets?|bag|bottle|jars?|cartons?|tins?|sachets?|bar|multipacks?)(?![\\p{L}])`,
  "u",
);

/** Whether the words (a name's candidate) and what follows them name a packed food. */
export const packedGoods = (words: readonly string[], after: string): boolean => FLAVOUR_OR_PACK_AFTER.test(after) || words.some((word) => FLAVOUR_WORD.test(word));
