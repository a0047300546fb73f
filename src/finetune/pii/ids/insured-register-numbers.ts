import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * The insured's number in an employer's register of social insurance (被保険者整理番号 118, 被保険者整理番号：2041): a
 * short number, but the label says whose it is. A count, an amount or a date after it is none (被保険者整理番号 3 件).
 */
const INSURED_REGISTER_NUMBER = /被保険者整理番号[ \t]*(?:は|[:：])?[ \t]*(?<secret>\d{1,6})(?![\d.,]\d|\d|[ \t]*(?:件|人|名|円|万|年|月|日|桁))/dg;

export const INSURED_REGISTER_NUMBERS: readonly PiiDetector[] = [gated(/被保険者整理番号/, patternDetector("PERSONAL_ID", INSURED_REGISTER_NUMBER))];
