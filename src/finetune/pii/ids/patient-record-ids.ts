import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A patient's ID after the patient's word and perhaps their name, within the clause (患者のフルネームと ID 0048127731, patient
 * Aoki, ID 20931877, 患者 山田様 ID：7712093): a hospital's record number, six to twelve digits. A count or a sum after
 * the digits (ID 123456 件) is none.
 */
const PATIENT_ID =
  /(?:患者|(?<![A-Za-z])[Pp]atient(?:'s)?(?![A-Za-z]))[^\n。.!?]{0,40}?(?<![A-Za-z])ID(?![A-Za-z])[ \t]*(?:[:：#]|は)?[ \t]*(?<secret>\d{6,12})(?!\d|[,.-]\d|[ \t]*(?:件|人|名|円|yen|people))/dgu;

export const PATIENT_RECORD_IDS: readonly PiiDetector[] = [gated(/患者|[Pp]atient/, patternDetector("PERSONAL_ID", PATIENT_ID))];
