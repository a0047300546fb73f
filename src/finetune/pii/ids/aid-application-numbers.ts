import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An application's number for public aid, named after the aid (合併浄化槽設置補助 申請番号 R7-3310, 「ウィッグ購入助成」申請番号
 * NK-WG-2025-00412, 給付金の申請番号：KY-0412): the applicant's own file at the town, as a loan's 申込番号 is. A code of
 * capitals (an era's year may follow them: 耐震改修補助の申請番号 TK-R7-0418) and groups of digits; a desk's 第…号 or a bare
 * count stays.
 */
const AID_APPLICATION =
  /(?:補助|助成|給付|手当|支援)(?:金|制度|事業)?[」』"”]?[ \t　]*の?[ \t　]*申請(?:番号|No\.?)[ \t　]*(?:は|[:：])?[ \t　]*(?<secret>[A-Z]{1,4}\d?(?:-[A-Z]{1,4}\d?)*(?:-\d{2,6}){1,3})(?![A-Za-z0-9-])/dgu;

export const AID_APPLICATION_NUMBERS: readonly PiiDetector[] = [gated(/申請/, patternDetector("PERSONAL_ID", AID_APPLICATION))];
