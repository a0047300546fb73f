import { PREFECTURES } from "../addresses/address-detectors.js";
import { before, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A craft's registration after the craft's, its flag's or its keeper's word (Drone pilot's registration JU-2B4C7E91D3F0,
 * Swedish flag, registration SE-1148-73, the yacht's registration no. GBR-40217): a drone's, a boat's or a plane's
 * register finds its owner by it. A country's or a register's letters, a hyphen, then letters and digits with four digits
 * or more, so a fee, a date or a class after the word (registration fee 3,000, registration 2026-12-01, class A-12) stays;
 * a firm's registration (company registration …) has no such word before it.
 */
const CRAFT_REGISTRATION =
  /(?<![A-Za-z])(?:(?:[Dd]rone|[Bb]oat|[Yy]acht|[Vv]essel|[Cc]raft|[Aa]ircraft|[Pp]lane|[Dd]inghy|[Pp]ilot|[Ss]kipper|[Oo]wner)(?:'s|’s)?|[Ff]lag,?|[Hh]is|[Hh]er|[Tt]heir) [Rr]egistration(?: (?:[Nn]o\.?|[Nn]umber|#))?[ \t]*[:#]?[ \t]*(?<secret>[A-Z]{1,4}-(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9]{2,14}(?:-[A-Z0-9]{1,8})?)(?![A-Za-z0-9-])/dg;

/**
 * A small special vehicle's plate a municipality issues (a tractor's ナンバー 北見市 ち 3094, 標識番号：遠野市 あ 51): the
 * town's name, one kana and up to four digits after the plate's word. A firm's fleet plate has its class number (品川 300 て …).
 */
const MUNICIPAL_PLATE =
  /(?:ナンバー|標識番号|車両番号)[ \t　]*[:：は]?[ \t　]*(?<secret>\p{Script=Han}{1,4}[市町村][ \t　]*\p{Script=Hiragana}[ \t　]*\d{1,4})(?![\d-])/dgu;

/**
 * A small craft's number in the boat register (自船の船舶番号 318-20471 広島): three digits, a hyphen and four to six, then
 * the prefecture it is registered in, as the register writes it: a private boat, found with its owner by it. The
 * prefecture is masked with the number, which it completes.
 */
const PREFECTURE_NAMES = PREFECTURES.split("|").map((prefecture) => prefecture.replace(/[都府県]$/u, "")).join("|");
const SMALL_CRAFT_NUMBER = new RegExp(String.raw`船舶番号[ \t　]*(?:は|[:：]|\|)?[ \t　]*(?<secret>\d{3}-\d{4,6}(?:[ \t　]?(?:${PREFECTURE_NAMES})[都府県]?)?)(?![\d-])`, "dgu");

/**
 * A drone's registration mark in Japan's register (登録記号 JU and ten letters and digits, JU4B19E07C2D, JU-…) said in
 * its sentence to be a person's own (個人所有, 個人で買った, 私物, 趣味の機体): its owner is found by it. A firm's
 * drone's (会社の散布機, 法人のもの) and one whose keeper is unsaid stay, as a firm's kit is written.
 */
const DRONE_MARK = /登録記号[ \t　]*(?:は|[:：])?[ \t　]*(?<secret>JU-?[0-9A-Z]{10,12})(?![0-9A-Za-z])/dgu;
const OWN_DRONE = /個人(?:所有|名義|で|の)|私物|私有|自分の|趣味/u;
const FIRMS_DRONE = /会社|法人|社有|当社|弊社/u;

const saidToBePersonsOwn = (match: RegExpExecArray, shadow: string): boolean => {
  const end = match.index + match[0].length;
  const sentence = before(shadow, match.index, 60).split(/[。\n]/u).at(-1)! + shadow.slice(end, end + 30).split(/[。\n]/u)[0]!;
  return OWN_DRONE.test(sentence) && !FIRMS_DRONE.test(sentence);
};

export const CRAFT_REGISTRATIONS: readonly PiiDetector[] = [
  gated(/[Rr]egistration/, patternDetector("PERSONAL_ID", CRAFT_REGISTRATION)),
  gated(/ナンバー|標識番号|車両番号/, patternDetector("PERSONAL_ID", MUNICIPAL_PLATE)),
  gated(/船舶番号/, patternDetector("PERSONAL_ID", SMALL_CRAFT_NUMBER)),
  gated(/登録記号/, patternDetector("PERSONAL_ID", DRONE_MARK, saidToBePersonsOwn)),
];
