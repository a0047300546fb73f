/**
 * The number a register writes between 第 and 号, read once for every rule that takes one: a licence's or a
 * certificate's (certificate-number-ids: 一級建築士 第123456号, 玉掛け 第T-22-0831号) and a permit's or a register
 * entry's (held-document-ids: 火葬許可証 … 第2026-04871号). Letters, digits and hyphens, or digits printed in groups
 * with a space between them as a driving licence prints its twelve (第 3012 4477 8105 号): the groups are one number;
 * the issuing prefecture's name in kanji between the year and the serial (第 2024-東京-01187 号, 第R5-大阪-2231号) too.
 * Which 第…号 is a person's is for each rule to say (a notice's 第 2026 号 or 第 12 条 have no such name before them).
 */
export const REGISTER_NUMBER = String.raw`(?:\d{1,6}(?:[ \t]\d{2,6}){1,4}|[A-Za-z0-9]{1,4}-[\u4e00-\u9fff]{1,4}-\d{3,8}|[A-Za-z0-9][A-Za-z0-9-]{2,18})`;

/** 第, the number and 号, a space allowed inside each end (第 0713442 号). */
export const REGISTER_ENTRY = String.raw`第[ \t]?${REGISTER_NUMBER}[ \t]?号`;
