import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Japanese employment insurance number (雇用保険被保険者番号) after its name in Japanese, English or romaji (雇用保険
 * 5014-872331-9, Employment insurance no. 5003-917284-6, koyo hoken number 1204 558812 3): four digits, six and a check digit, as Hello Work
 * prints them. The scheme's rate, its office's phone or a year after the name are of other shapes.
 */
const EMPLOYMENT_INSURANCE_NUMBER =
  /(?<![A-Za-z])(?:雇用保険|[Ee]mployment [Ii]nsurance|EMPLOYMENT INSURANCE|[Kk]oy[oō] [Hh]oken)[^\n\d]{0,24}?(?<![\d-])(?<secret>\d{4}[- ]\d{6}[- ]\d)(?![\d-])/dgu;

export const EMPLOYMENT_INSURANCE_NUMBERS: readonly PiiDetector[] = [
  gated(/雇用保険|[Ii]nsurance|INSURANCE|[Hh]oken/, patternDetector("PERSONAL_ID", EMPLOYMENT_INSURANCE_NUMBER)),
];
