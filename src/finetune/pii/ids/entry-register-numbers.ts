import { before, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A register's number heading one person's entry (<dt>登録番号 R-0088</dt>, <th>登録番号 AB-1204</th>, a line or a heading
 * of its own: ### 登録番号 K-00317): the register's own code, letters then digits, the entry under it the person's. Only
 * 登録番号 opening its element: a firm's or a product's (適格請求書発行事業者登録番号, 商品登録番号) has its word fused
 * before; an invoice registration (T and thirteen digits) and a year are of another shape.
 */
const ENTRY_REGISTER_NUMBER =
  /(?:<dt>|<th>|^#{0,6})[ \t]*登録番号[ \t]*[:：]?[ \t]*(?<secret>[A-Z]{1,3}-?\d{3,6})(?=[ \t]*(?:<\/dt>|<\/th>|$))/dgm;

/**
 * A person's entry in a bound register by its book, page and number (洗礼台帳番号 Book 47, Page 112, No. 38; baptismal
 * record: Libro 12, Folio 34, No. 5; marriage register Vol. 3, p. 45, entry 12): a parish's or a civil register's, the
 * entry read back to the person. After a register's word on the line (a baptism's, a marriage's), so a manual's page (Book
 * 2, Page 14, No. 3 of the exercises) stays.
 */
const BOOK_PAGE_ENTRY =
  /(?<![A-Za-z])(?<secret>(?:Book|Libro|Livro|Vol\.?|Volume)[ \t]*\d{1,4},?[ \t]*(?:Page|p\.|Folio|Fol\.|Folha|Fl\.)[ \t]*\d{1,4},?[ \t]*(?:No\.?|N[º°]\.?|Number|Entry|entry|Partida|#)[ \t]*\d{1,5})(?!\d)/dg;
const REGISTER_WORD = /台帳|登録|簿|(?<![A-Za-z])(?:[Rr]egist(?:er|ry)|[Bb]aptism(?:al)?|[Mm]arriage|[Bb]irth|[Dd]eath|[Cc]onfirmation)(?![a-z])/;

export const ENTRY_REGISTER_NUMBERS: readonly PiiDetector[] = [
  gated(/登録番号/, patternDetector("PERSONAL_ID", ENTRY_REGISTER_NUMBER)),
  gated(/Book|Libro|Livro|Vol/, patternDetector("PERSONAL_ID", BOOK_PAGE_ENTRY, (match, shadow) => REGISTER_WORD.test(before(shadow, match.index, 80)))),
];
