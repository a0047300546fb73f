/** An identity document's word (passport, driver's licence, residence card, visa, permit). */
const DOCUMENT_WORD = /^(?:[Pp]assports?|[Ll]icen[cs]es?|[Dd]river['’]?s|[Dd]riving|[Vv]isas?|[Pp]ermits?|[Rr]esidence|[Nn]ational|[Ii]dentity|[Cc]ards?)$/;
/** The word after a value: a space, then letters. */
const NEXT_WORD = /^[ \t]+([A-Za-z'’]+)/;

/**
 * A field's value that says which document was shown, not its number (ID: Philippine passport, ID: passport, ID:
 * Canadian driver's licence): letters only, a document's word itself or a nationality's word before one.
 */
export function isDocumentKind(value: string, after: string): boolean {
  if (!/^[A-Za-z'’]+$/.test(value)) return false;
  return DOCUMENT_WORD.test(value) || DOCUMENT_WORD.test(NEXT_WORD.exec(after)?.[1] ?? "");
}
