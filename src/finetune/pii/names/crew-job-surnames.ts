import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING, PLACE_SURNAMES } from "./name-detectors.js";
import { OKINAWAN_PLACE_SURNAMES, OKINAWAN_SURNAMES } from "../lexicon/okinawan-surnames.js";
import { REGIONAL_SURNAMES } from "../lexicon/regional-surnames.js";

/**
 * A surname alone beside a crew's or a club's job, as a dispatch log, a roster or a lesson sheet names its people
 * (運転手 比嘉 迎車, 主将 真栄城, 大湾 運転手, 班長 ヨコヤマ): the person. The job's word is none of the role cues, whose
 * rule takes any name after them; here only a surname the lexicon lists, in kanji or read in katakana, and not a place's
 * or a common noun (運転手 2名 不足, 班長 会議, コーチ 募集, スキー インストラクター). A boat's crew (甲板員 嘉手納, 船長 島袋)
 * are such jobs too, and a dispatch sheet's bare 運転 before the name (運転 島袋; after a place, 北谷 運転 見合わせ is a
 * route's). A surname a hand-written list gives (島袋, a noun to the dictionary too) is a person's beside a job, and an
 * Okinawan one known first as a town (嘉手納) after one. A craftsman is named so (職人濱本が伺う: a particle after the
 * surname ends it as a space does). A team is called after its leader so (出動（松永 班）): 班 after a surname and a space.
 */
const JOBS =
  "運転手|乗務員|ドライバー|配車係|添乗員|甲板員|甲板長|船長|機関長|機関士|航海士|操舵手|主将|副主将|キャプテン|監督|コーチ|マネージャー|インストラクター|班長|副班長|書記|会計|技工士|職人|班";
const SURNAME = String.raw`\p{Script=Han}{2,3}|[\p{Script=Katakana}ー]{3,6}`;
const WORD_CHAR = String.raw`\p{Script=Han}\p{Script=Katakana}ー々`;
const SURNAME_AFTER_JOB = new RegExp(
  String.raw`(?<![${WORD_CHAR}])(?:${JOBS}|運転)[ 　]*[:：]?[ 　]*(?<secret>${SURNAME})(?=[ 　、,，。）)\n]|[がはにと]|$)`,
  "dgu",
);
const SURNAME_BEFORE_JOB = new RegExp(String.raw`(?<=^|[\n 　、,，:：|（(])(?<secret>${SURNAME})[ 　](?=(?:${JOBS})(?![${WORD_CHAR}]))`, "dgu");

/** Makers and carriers named after a family, in katakana beside a driver or a team (ドライバー ヤマト, 監督 トヨタ). */
const FIRM_SURNAME_READINGS = new Set(["トヨタ", "ホンダ", "マツダ", "ヤマハ", "カワサキ", "ヤマト", "サガワ", "フクヤマ"]);

/** A surname a hand-written list gives, which the dictionary may hold as a noun too (島袋). */
const listedByHand = (word: string): boolean => OKINAWAN_SURNAMES.has(word) || REGIONAL_SURNAMES.has(word);

function isListedSurname(match: RegExpExecArray): boolean {
  const word = match.groups!.secret!;
  const { surnames, surnameReadings } = nameLexicon();
  if (/^\p{Script=Han}+$/u.test(word)) return surnames.has(word) && !PLACE_SURNAMES.has(word) && (!commonNouns().has(word) || listedByHand(word));
  return surnameReadings.has(asReading(word)) && !KATAKANA_THING.test(word) && !FIRM_SURNAME_READINGS.has(word);
}

const JOB_GATE = new RegExp(`${JOBS}|運転`, "u");

export const CREW_JOB_SURNAMES: readonly PiiDetector[] = [
  gated(JOB_GATE, patternDetector("PERSON", SURNAME_AFTER_JOB, (match) => isListedSurname(match) || OKINAWAN_PLACE_SURNAMES.has(match.groups!.secret!))),
  gated(JOB_GATE, patternDetector("PERSON", SURNAME_BEFORE_JOB, isListedSurname)),
];
