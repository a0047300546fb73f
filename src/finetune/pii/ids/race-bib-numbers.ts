import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A runner's bib number after its word (ゼッケン 10482 田中 真一, Bib 7731 — Sarah Lee, bib no. 1502): an entry list names
 * each runner by it. One to six digits right after the word (perhaps no., 番号, # or a colon); a distance, a time or a
 * year of the race is no bib (bib pickup 2026, ゼッケン受け取りは 8:30, Bib 5 km) as its unit or colon follows.
 */
const BIB_NUMBER =
  /(?:ゼッケン|(?<![A-Za-z])[Bb]ib|BIB)(?:[ \t]*(?:番号|[Nn]o\.?|[Nn]umber|#))?[ \t]*(?:は|[:：])?[ \t]*#?(?<secret>\d{1,6})(?![\d]|[:.,]\d|[ \t]*(?:km|k\b|m\b|mi|miles?|時|分|秒|年|月|日|円|位|名|人|%))/dg;

export const RACE_BIB_NUMBER_DETECTORS: readonly PiiDetector[] = [gated(/ゼッケン|[Bb]ib|BIB/, patternDetector("PERSONAL_ID", BIB_NUMBER))];
