import { gated, patternDetector, type PiiDetector } from "../detector.js";

/** The systems that hold a company's people, each by its usual name. The pattern's start and its gate. */
const PEOPLE_SYSTEM = "HR|HRIS|HRMS|[Pp]ayroll|[Pp]ersonnel|Workday|SuccessFactors|BambooHR";

/**
 * A code given as someone's ID or number in the HR or payroll system (employee-like ID in HR system C-004417, his
 * number in the payroll system is PY-20417, ID on Workday: W-88120): a people system numbers nothing but people. The
 * code holds a digit, and letters or five digits: a year (ID in Workday 2024 release) or a version (v2.4) is no one's.
 */
const ID_IN_PEOPLE_SYSTEM = new RegExp(
  String.raw`(?<![A-Za-z])(?:ID|Id|[Nn]umber|[Nn]o\.)[ \t]+(?:in|on|from)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:${PEOPLE_SYSTEM})(?:[ \t]+(?:system|database|records?|portal))?[ \t]*(?:[:：]|is)?[ \t]*(?<secret>[A-Za-z0-9][A-Za-z0-9_.-]{1,30}[A-Za-z0-9])(?![A-Za-z0-9_-])`,
  "dg",
);

const isPersonCode = (code: string): boolean => /\d/.test(code) && !/^[vV]?\d+(?:\.\d+)+$|^v\d/.test(code) && (/[A-Za-z]/.test(code) || /\d{5}/.test(code));

export const HR_SYSTEM_IDS: readonly PiiDetector[] = [
  gated(new RegExp(PEOPLE_SYSTEM), patternDetector("PERSONAL_ID", ID_IN_PEOPLE_SYSTEM, (match) => isPersonCode(match.groups!.secret!))),
];
