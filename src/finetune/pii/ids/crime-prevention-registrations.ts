import { digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";
import { withListedSiblings } from "./labelled-id-detectors.js";
import { REGISTER_NUMBER } from "./register-numbers.js";

/**
 * A bicycle's crime-prevention registration (防犯登録) after its word: the police find its owner by it. Its number as a
 * prefecture's register writes it, perhaps its prefecture, then the series' kana, letter or kanji before 第…号 (ち第
 * 1804-220917 号, 千葉 な第 0412-773021 号, A第330128号), or a code of letters and digits, a space perhaps after the prefecture's kanji (K1905-772031, 埼12-3456789, 埼 11-084417), its
 * name whole before a series' kanji (東京 板 25-118204: Tokyo's register, the Itabashi series); the
 * numbers listed after it of its shape (…, K1905-772032) are the household's other bicycles'. Registration's word is a thing's elsewhere (登録番号: a firm's, a product's).
 */
const CRIME_PREVENTION_REGISTRATION = new RegExp(
  String.raw`防犯登録(?:番号|No\.?|NO\.?|ナンバー)?[ \t]*(?:[:：]|は)?[ \t]*(?<secret>(?:\p{Script=Han}{1,4}[ \t])?[\p{Script=Hiragana}\p{Script=Katakana}A-Za-z\p{Script=Han}]{0,2}[ \t]?第[ \t]?${REGISTER_NUMBER}[ \t]?号|(?:\p{Script=Han}{2,4}[ \t](?=\p{Script=Han}))?(?:[A-Za-z\p{Script=Han}]{1,2}[ \t]?)?-?\d[\d-]{3,14}\d)(?![\d-])`,
  "dgu",
);

/** Six digits or more, and no date (防犯登録 2026-11-02 is the day it was made). */
const registrationNumber = (match: RegExpExecArray): boolean => {
  const value = match.groups!.secret!;
  return value.includes("第") || (digitsOf(value).length >= 6 && !/^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/.test(value));
};

export const CRIME_PREVENTION_REGISTRATIONS: readonly PiiDetector[] = [
  gated(/防犯登録/, withListedSiblings(patternDetector("PERSONAL_ID", CRIME_PREVENTION_REGISTRATION, registrationNumber))),
];
