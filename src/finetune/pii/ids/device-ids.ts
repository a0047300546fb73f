import { digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";
import { passesLuhn } from "./luhn.js";

/**
 * A phone's IMEI after its label (IMEI, 製造番号): fifteen digits, plain or printed as on the box (35 209876 451233 8).
 * The label names it, so a mistyped check digit does not keep it.
 */
const LABELLED_IMEI = /(?:IMEI|製造番号)[^\d\n]{0,12}?(?<secret>(?<!\d)\d{2}(?<gap>[ -]?)\d{6}\k<gap>\d{6}\k<gap>\d(?![\d-]))/dg;

/** Fifteen digits in an IMEI's printed grouping (2, 6, 6, 1) with no label: a phone's only when its Luhn digit holds. */
const GROUPED_IMEI = /(?<![\d-])\d{2}([ -])\d{6}\1\d{6}\1\d(?![\d-])/dg;

/** A SIM's ICCID after its label: 89 (telecom) and seventeen or eighteen digits, spaced in fours or not. */
const LABELLED_ICCID = /(?:ICCID|SIM)[^\d\n]{0,12}?(?<secret>(?<!\d)89(?:[ -]?\d){17,18}(?![\d-]))/dg;

export const DEVICE_ID_DETECTORS: readonly PiiDetector[] = [
  gated(/IMEI|製造番号/, patternDetector("PERSONAL_ID", LABELLED_IMEI)),
  gated(/\d{6}[ -]\d{6}[ -]\d/, patternDetector("PERSONAL_ID", GROUPED_IMEI, (match) => passesLuhn(digitsOf(match[0])))),
  gated(/ICCID|SIM/, patternDetector("PERSONAL_ID", LABELLED_ICCID)),
];
