import type { Span } from "../detector.js";
import { personCued } from "./person-cues.js";

/*
 * Brands named after a person, which the name rules read as the person: a fashion house by its founder (Ralph Lauren,
 * マーガレット・ハウエル, Calvin Klein; not one whose founder's name is a common one, Paul Smith), and a sake's brand after
 * its grade (大吟醸 宮坂 真澄) or before its bottle's size (宮坂 真澄 720ml), written as a surname and a given name. A
 * person's cue beside it (Calvin Klein said, ラルフ・ローレン さん, Mr Calvin Klein) keeps it a person's.
 */

/** Fashion houses named after their founders, in Latin letters and in katakana (with ・, a space or none between). */
const FASHION_HOUSES_LATIN = [
  ["Ralph", "Lauren"],
  ["Margaret", "Howell"],
  ["Calvin", "Klein"],
  ["Tommy", "Hilfiger"],
  ["Vivienne", "Westwood"],
  ["Stella", "McCartney"],
  ["Michael", "Kors"],
  ["Kate", "Spade"],
  ["Tory", "Burch"],
  ["Christian", "Dior"],
  ["Giorgio", "Armani"],
  ["Jil", "Sander"],
  ["Anna", "Sui"],
  ["Louis", "Vuitton"],
  ["Jimmy", "Choo"],
  ["Salvatore", "Ferragamo"],
  ["Marc", "Jacobs"],
];
const FASHION_HOUSES_KANA = [
  ["ラルフ", "ローレン"],
  ["マーガレット", "ハウエル"],
  ["カルバン", "クライン"],
  ["トミー", "ヒルフィガー"],
  ["ヴィヴィアン", "ウエストウッド"],
  ["ステラ", "マッカートニー"],
  ["マイケル", "コース"],
  ["ケイト", "スペード"],
  ["トリー", "バーチ"],
  ["クリスチャン", "ディオール"],
  ["ジョルジオ", "アルマーニ"],
  ["ジル", "サンダー"],
  ["アナ", "スイ"],
  ["ルイ", "ヴィトン"],
  ["ジミー", "チュウ"],
  ["サルヴァトーレ", "フェラガモ"],
  ["マーク", "ジェイコブス"],
];
const FASHION_HOUSE = new RegExp(
  `(?<![\\p{L}])(?:${[...FASHION_HOUSES_LATIN.map(([given, family]) => `${given} ${family}`), ...FASHION_HOUSES_KANA.map(([given, family]) => `${given}[・ 　]?${family}`)].join("|")})(?![\\p{L}])`,
  "gu",
);
/** The gate: a house's family name, in either writing. */
const FASHION_CUE = new RegExp([...FASHION_HOUSES_LATIN, ...FASHION_HOUSES_KANA].map(([, family]) => family).join("|"), "u");

/** A sake's grade right before its brand (大吟醸 久保田 千寿, 特別純米 八海山). */
const SAKE_GRADE_BEFORE = /(?:大吟醸|吟醸|純米|本醸造|生酛|山廃|原酒|生酒)[ 　]$/u;
const SAKE_GATE = /吟醸|純米|本醸造|生酛|山廃|原酒|生酒/u;

/** The fashion houses named in a width-folded text without a person's cue, as spans. */
export function fashionHouses(shadow: string): Span[] {
  if (!FASHION_CUE.test(shadow)) return [];
  return [...shadow.matchAll(FASHION_HOUSE)].map((match) => ({ start: match.index, end: match.index + match[0].length })).filter((span) => !personCued(shadow, span));
}

/**
 * A bottle's size right after the brand (宮坂 真澄 1.8L, 松井 菊乃 720ml, 越乃寒梅 一升瓶, 四合瓶): the drink as it is
 * ordered and sold; no person is written with a volume.
 */
const BOTTLE_SIZE_AFTER = /^[ 　]?(?:\d{1,4}(?:\.\d{1,2})?[ 　]?(?:[mM]?[lLℓ]|ミリ(?:リットル)?|リットル)(?![A-Za-z])|[一二四五]升|[一二三四五六七八九十]合瓶?)/u;

/** Whether a name found is a sake's brand: right after the sake's grade or before a bottle's size, with no person's cue after it. */
export const isSakeBrand = (shadow: string, found: Span): boolean =>
  ((SAKE_GATE.test(shadow) && SAKE_GRADE_BEFORE.test(shadow.slice(Math.max(0, found.start - 6), found.start))) ||
    BOTTLE_SIZE_AFTER.test(shadow.slice(found.end, found.end + 12))) &&
  !personCued(shadow, found);
