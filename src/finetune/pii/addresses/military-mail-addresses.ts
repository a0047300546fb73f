import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A US forces' mail address: the unit, the PSC or the CMR and the box, then APO, FPO or DPO with its "state" (AA, AE,
 * AP) and ZIP code (Unit 35017, Box 2231, FPO AP 96373; PSC 817 Box 24, APO AE 09142; CMR 480 Box 1234, APO AE 09128):
 * one service member's mailbox. The post office alone (FPO AP 96373, a ship's or a base's) names no one.
 */
const MILITARY_MAIL_ADDRESS =
  /\b(?:(?:Unit|PSC|CMR)\s?\d{3,5},?\s+Box\s?\d{1,5}|(?:Unit|PSC|CMR)\s?\d{3,5}|Box\s?\d{1,5}),?\s+(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}(?:-\d{4})?(?![\d-])/dg;

export const MILITARY_MAIL_ADDRESS_DETECTORS: readonly PiiDetector[] = [gated(/[AFD]PO\s+A[AEP]\b/, patternDetector("ADDRESS", MILITARY_MAIL_ADDRESS))];
