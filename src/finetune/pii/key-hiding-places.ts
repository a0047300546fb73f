import { gated, patternDetector, type PiiDetector } from "./detector.js";

/**
 * Where a spare key is hidden, after its word and a colon (合鍵の置き場所（ご家族の了承済み）: ガスメーターボックス内の赤い缶,
 * スペアキーの隠し場所：植木鉢の下): whoever reads it can let themselves in, as with a door's code. The place runs to the
 * sentence's end, a short one; an aside in brackets may stand between the word and its colon. Not a place still unknown
 * or kept elsewhere (未定, なし, 別紙, ご家族に確認).
 */
const KEY_PLACE =
  /(?:合鍵|合い鍵|スペアキー|予備の?鍵|[Ss]pare key)(?:の|'s)?[ \t]*(?:置き場所|隠し場所|保管場所|置き場|場所|[Ll]ocation|[Hh]iding place)[ \t]*(?:[（(][^）)\n]{0,30}[）)])?[ \t]*[:：][ \t]*(?<secret>[^\s。.、,;；:：!?！？][^\n。.、,;；:：!?！？]{0,38}?[^\s。.、,;；:：!?！？])(?=[。.、,;；!?！？]|[ \t]*$|[ \t]*\n)/dgmu;
const UNSAID = /^(?:未定|なし|無し|不明|別紙|別途|確認中|TBD|N\/A|none|unknown)$|確認|参照|記載/i;

export const KEY_HIDING_PLACES: readonly PiiDetector[] = [
  gated(/合鍵|合い鍵|スペアキー|予備の?鍵|[Ss]pare key/, patternDetector("SECRET", KEY_PLACE, (match) => !UNSAID.test(match.groups!.secret!))),
];
