import { gated, matchesOf, type PiiDetector } from "../detector.js";

/**
 * A staff member's given name in hiragana as a list's item, with their job in brackets after it (受付担当: 蔦谷（店長）、
 * ほのか（トリマー）; 当番：みさき（アルバイト）): a shop or a salon writes its staff by the name they go by, which no
 * reading list need hold (ほのか, ひより). The job alone in the brackets, after a label's colon or a list's comma; not
 * a thing's note (、おやつ（別料金）, おさんぽ（スタッフ同行）).
 */
const STAFF_JOB = "店長|副店長|主任|受付|トリマー|スタッフ|アルバイト|バイト|パート|看護師|助手|見習い|研修中|新人|トレーナー|保育士|講師";
const NAME_BEFORE_JOB = new RegExp(`(?<=[、,，:：][ 　]*)(?<name>\\p{Script=Hiragana}{2,5})(?=[（(](?:${STAFF_JOB})[）)])`, "dgu");

export const HIRAGANA_STAFF_NAME: PiiDetector = gated(new RegExp(`\\p{Script=Hiragana}[（(](?:${STAFF_JOB})[）)]`, "u"), {
  type: "PERSON",
  find: (shadow) => matchesOf(NAME_BEFORE_JOB, shadow).map((match) => ({ start: match.index, end: match.index + match[0].length })),
});
