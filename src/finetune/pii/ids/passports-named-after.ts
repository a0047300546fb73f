import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A passport's number said first and named after (前回メモの N4470921 は旧インド旅券, X2291034 is her old Nepali passport):
 * one or two capitals and seven or eight digits, then within its clause the passport's word, perhaps old or expired and
 * its country before it. A code of the shape before another thing's word (注文, order) is that thing's.
 */
const PASSPORT_NAMED_AFTER =
  /(?<![A-Za-z0-9-])(?<secret>[A-Z]{1,2}\d{7,8})(?![A-Za-z0-9-])[ \t]*(?:は|が|＝|=|:|：|(?:is|was)[ \t]+(?:(?:her|his|my|their|the)[ \t]+)?)[ \t]*(?:(?!番号|注文|予約|受付|[Oo]rder|[Bb]ooking|[Tt]icket)[^\n。.!?、,]){0,12}?(?:旅券|パスポート|[Pp]assport)/dgu;

export const PASSPORTS_NAMED_AFTER: readonly PiiDetector[] = [gated(/旅券|パスポート|[Pp]assport/, patternDetector("PERSONAL_ID", PASSPORT_NAMED_AFTER))];
