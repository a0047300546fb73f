import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A register's number heading one person's entry (<dt>登録番号 R-0088</dt>, <th>登録番号 AB-1204</th>, a line or a heading
 * of its own: ### 登録番号 K-00317): the register's own code, letters then digits, the entry under it the person's. Only
 * 登録番号 opening its element: a firm's or a product's (適格請求書発行事業者登録番号, 商品登録番号) has its word fused
 * before; an invoice registration (T and thirteen digits) and a year are of another shape.
 */
const ENTRY_REGISTER_NUMBER =
  /(?:<dt>|<th>|^#{0,6})[ \t]*登録番号[ \t]*[:：]?[ \t]*(?<secret>[A-Z]{1,3}-?\d{3,6})(?=[ \t]*(?:<\/dt>|<\/th>|$))/dgm;

export const ENTRY_REGISTER_NUMBERS: readonly PiiDetector[] = [gated(/登録番号/, patternDetector("PERSONAL_ID", ENTRY_REGISTER_NUMBER))];
