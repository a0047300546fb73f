import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A visa application's or a certificate of eligibility's number after its word (ビザ申請番号 VA20931184, 査証申請番号：
 * 2026-004412, COE番号は EA-0034127, Certificate of Eligibility no. E123456789, a family's after the plural: COE numbers
 * C-2026-118840 and …, the next of its series taken by same-form-ids.ts): the applicant's own. Capitals, digits and
 * hyphens with five digits at least; a date or a count after the word (ビザ申請番号の発行は 3 日後) has too few.
 */
const IMMIGRATION_DOCUMENT_NUMBER =
  /(?:(?:ビザ|査証)申請|在留資格認定証明書|(?<![A-Za-z])COE|[Vv]isa [Aa]pplication|[Cc]ertificate of [Ee]ligibility)[ \t]*(?:の)?(?:番号|[Nn]os?\.?|[Nn]umbers?|#|IDs?)[ \t]*(?:は|[:：]|is)?[ \t]*(?<secret>(?=(?:[A-Z-]*\d){5})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,19})(?![A-Za-z0-9])/dg;

export const IMMIGRATION_DOCUMENT_NUMBER_DETECTORS: readonly PiiDetector[] = [
  gated(/申請|在留資格|COE|[Vv]isa|[Ee]ligibility/, patternDetector("PERSONAL_ID", IMMIGRATION_DOCUMENT_NUMBER)),
];
