import { associationNameGoesOn, firmAfterName, SHOP_WORD_BEFORE } from "../lexicon/firm-words.js";
import type { PiiFinding } from "../mask-pii.js";
import { isPlaceAt } from "./name-detectors.js";
import { SpanIndex } from "../span-index.js";
import { FAMILIAR_HONORIFICS, FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";

/**
 * Found values compiled once into one matcher: a record's few values (maskTogether) or the many names a log's rows
 * found (maskInquiryRows, and spread-names for a log too large to hold), the same places tried in the same order and
 * the same rule for all. A few values are found by indexOf, value by value (native search beats reading the text unit
 * by unit, and they need no index); many are listed under their first two UTF-16 units (a one-kanji given name, 凛,
 * under its one), longest first, and the text is read once against a table of their first units.
 */
export class RepeatMatcher {
  /** The values, longest first, when they are few. */
  private readonly few: string[] | undefined;
  private readonly many: ManyValues | undefined;

  /** `stands`: whether a repeat found is kept (a spread ID's repeat after a thing's word is not: repeated-personal-ids.ts). */
  constructor(
    values: Iterable<string>,
    private readonly typeOf: (value: string) => string,
    private readonly stands: (shadow: string, repeat: PiiFinding) => boolean = () => true,
  ) {
    const listed: string[] = [];
    for (const value of values) if (value.length > 0) listed.push(value);
    listed.sort(longestFirst);
    if (listed.length <= FEW_VALUES) this.few = listed;
    else this.many = manyValues(listed);
  }

  /**
   * The repeats of the values in a width-folded text (repeatAt's: a whole word, not a firm's, not where `findings` are),
   * in order: at each place the longest value that repeats there, and a repeat that starts inside the one before and
   * reaches further lengthens it (Anna Lee and Lee Smith found, Anna Lee Smith is one [PERSON]). So every character of
   * every repeat is masked, whatever order the values were found in and whatever the log's size.
   */
  find(shadow: string, findings: readonly PiiFinding[]): PiiFinding[] {
    const repeats: PiiFinding[] = [];
    // Indexed at the first place a value repeats: most texts hold none.
    let taken: SpanIndex<PiiFinding> | undefined;
    const take = (at: number, value: string): boolean => {
      const last = repeats[repeats.length - 1];
      if (last !== undefined && at + value.length <= last.end) return false;
      const repeat = repeatAt(shadow, at, value, this.typeOf(value), (taken ??= new SpanIndex<PiiFinding>(findings)));
      if (repeat === undefined || !this.stands(shadow, repeat)) return false;
      if (last !== undefined && repeat.start < last.end) last.end = repeat.end;
      else repeats.push(repeat);
      return true;
    };
    if (this.few !== undefined) tryFew(shadow, this.few, take);
    else tryMany(shadow, this.many!, take);
    return repeats;
  }
}

/** Each place a value starts, leftmost first, its values longest first until `take` takes one. */
function tryFew(shadow: string, values: readonly string[], take: (at: number, value: string) => boolean): void {
  // A place and a value's index in one number, so that a numeric sort orders them both.
  const places: number[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    for (let at = shadow.indexOf(value); at !== -1; at = shadow.indexOf(value, at + 1)) places.push(at * FEW_VALUES + index);
  }
  if (places.length > 1) places.sort(byNumber);
  let taken = -1;
  for (const place of places) {
    const at = Math.floor(place / FEW_VALUES);
    if (at !== taken && take(at, values[place % FEW_VALUES]!)) taken = at;
  }
}

/** Each place the text has a value's first unit, leftmost first, its values longest first until `take` takes one. */
function tryMany(shadow: string, { byPrefix, byUnit, firstUnits }: ManyValues, take: (at: number, value: string) => boolean): void {
  for (let at = 0; at < shadow.length; at++) {
    const unit = shadow.charCodeAt(at);
    if ((firstUnits[unit >>> 5]! & (1 << (unit & 31))) === 0) continue;
    const listed = at + 1 < shadow.length ? byPrefix.get(prefixKey(shadow, at)) : undefined;
    if (listed?.some((value) => shadow.startsWith(value, at) && take(at, value))) continue;
    const one = byUnit.get(unit);
    if (one !== undefined) take(at, one);
  }
}

/** Many values: listed under their first two units (a one-unit value under its one), and a bit for each first unit. */
interface ManyValues {
  byPrefix: Map<number, string[]>;
  byUnit: Map<number, string>;
  firstUnits: Uint32Array;
}

function manyValues(listed: readonly string[]): ManyValues {
  const many: ManyValues = { byPrefix: new Map(), byUnit: new Map(), firstUnits: new Uint32Array(0x10000 >>> 5) };
  for (const value of listed) {
    const unit = value.charCodeAt(0);
    many.firstUnits[unit >>> 5]! |= 1 << (unit & 31);
    if (value.length === 1) {
      many.byUnit.set(unit, value);
      continue;
    }
    const names = many.byPrefix.get(prefixKey(value, 0));
    if (names) names.push(value);
    else many.byPrefix.set(prefixKey(value, 0), [value]);
  }
  return many;
}

/** Up to this many values, each is found by indexOf. */
const FEW_VALUES = 16;
const byNumber = (a: number, b: number): number => a - b;
const longestFirst = (a: string, b: string): number => b.length - a.length;

const prefixKey = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

const isAsciiWord = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9_]/.test(char);
const isJapaneseWord = (char: string | undefined): boolean => char !== undefined && /[\p{Script=Han}\p{Script=Katakana}ー々ヶ]/u.test(char);
/** An honorific written straight after a name in kanji (佐藤様, 伊藤氏): the name is still a word of its own. */
const HONORIFIC_KANJI: ReadonlySet<string> = new Set([...POLITE_HONORIFICS, ...FORMAL_HONORIFICS, ...FAMILIAR_HONORIFICS].filter((honorific) => /^\p{Script=Han}$/u.test(honorific)));

/**
 * A firm named after people before the repeat (Whitcombe & Kanda), or a shop's word opening a name one or two capitalised
 * words before it, a Japanese one in romaji (Izakaya Ganso Hamaguchi, Sushi Tanaka, Ryokan Mori) or a café's or a
 * restaurant's (Café Lindgren, Trattoria Bianchi), as in Japanese (そば処 早川,
 * SHOP_WORD_BEFORE; 縁結びの会 中条, an association's name): the repeat is the firm's word, no person.
 */
const FIRM_BEFORE = /&[ \t]*$|(?<![A-Za-z])(?:Café|Cafe|Caffè|Bistro|Brasserie|Trattoria|Pizzeria|Boulangerie|Pâtisserie|Izakaya|Sushi|Ramen|Soba|Udon|Yakitori|Yakiniku|Tempura|Tonkatsu|Kissa|Shokudo|Ryokan|Minshuku|Onsen|Kappo|Ryotei)(?:[ \t]+[A-Z][a-z]+)?[ \t]+$/;
/**
 * Words written straight after a found surname that keep it the person's (高橋家の住所, 古賀ママ, 山内本人の回線, 柴田メモ):
 * the family, a parent, the person themself, their note, what they keep (椎葉管理、月末変更); not 家具 or 家電, a shop's
 * goods, nor a body named so (細谷管理組合, 高橋管理会社); and their post, a title run into the surname (椎葉マネージャー,
 * 椎葉課長は, 椎葉代表が), unless a longer word goes on (椎葉社長室: a room; 椎葉代表取締役 is the post of a firm).
 */
const HOUSEHOLD_AFTER = /^(?:家(?![具電賃屋事計政])|一家|夫妻|夫婦|ママ|パパ|本人|メモ|管理(?![\p{Script=Han}\p{Script=Katakana}])|(?:[部課係社店所院園班]長|代表|先生|監督|マネージャー|コーチ)(?![\p{Script=Han}\p{Script=Katakana}ー]))/u;
/**
 * After a one-kanji name that recurs: a particle or an honorific, or です after a space (支援者番号 … の 王 です); a
 * particle after a space too, as a note sets a name apart (仲乗り 颯 の携帯).
 */
const ONE_KANJI_NAME_AFTER = new RegExp(`^(?:[ 　]?(?:の|は|が|${honorificAlternation(...FAMILIAR_HONORIFICS, "さん", "様")}|です))`, "u");
/**
 * A one-kanji name that recurs set apart by a space before a closing bracket (（担当 蓑）), or alone in a table's cell
 * (| 蓑 |, <td>蓑</td>): a note's or a register's person, no word's kanji.
 */
const ONE_KANJI_SPACED_CLOSE = { before: /[ 　]$/u, after: /^[）)]/u };
const ONE_KANJI_CELL = { before: /(?:^|[|\t\n>])[ 　]*$/u, after: /^[ 　]*(?:[|\t\n<]|$)/u };
/** A one-kanji name that recurs as a list's item, a note in brackets after it (担当：榊原（土）、呉（土日）). */
const ONE_KANJI_LISTED = /[、,，][ 　]?$/u;
/**
 * The rest of a name after a repeated one-word name: a surname after a given name ("Laura" found after "Regards,",
 * repeated as "From: Laura Gómez"), or the given names after a family name written first (Ms Nguyen … Nguyen Minh Chau).
 */
const SURNAME_AFTER = /^[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+)?(?![A-Za-z])/;

/**
 * The finding for a found value repeated at `start` of a width-folded text, unless `taken` covers it already or it
 * is no repeat of the value: part of a longer word, a one-kanji name before a word, a name in a firm's. A one-word
 * English name takes the capitalised word after it along (its surname).
 */
function repeatAt(shadow: string, start: number, value: string, type: string, taken: SpanIndex<PiiFinding>): PiiFinding | undefined {
  let end = start + value.length;
  const rest = shadow.slice(end, end + 40);
  const household = type === "PERSON" && /^\p{Script=Han}{2,4}$/u.test(value) && HOUSEHOLD_AFTER.test(rest);
  if (!(wholeWord(shadow, start, end) || (household && !isJapaneseWord(shadow[start - 1]))) || !overFoundParts(taken, start, end, type)) return undefined;
  // A number's digits as one group of a code joined by hyphens (PIN 2612, then 見積 MQ-2612-0341) are the code's.
  if (/^\d+$/.test(value) && (/[A-Za-z0-9]-$/.test(shadow.slice(Math.max(0, start - 2), start)) || /^-[A-Za-z0-9]/.test(rest))) return undefined;
  // A Latin name's word hyphened to a code with digits (Ashby-5G, Okabe-2 as a network's or a model's name) is the thing's.
  if (/^\p{L}+$/u.test(value) && /^-\p{L}*\d/u.test(rest)) return undefined;
  // A one-kanji given name (凛) recurs as a person only before の, は, が or an honorific, or as a list's item before a
  // note in brackets: 凛とした, 誠に are words.
  if (value.length === 1 && !ONE_KANJI_NAME_AFTER.test(rest) && !oneKanjiSetApart(shadow.slice(Math.max(0, start - 8), start), rest)) return undefined;
  // A given name in hiragana (a found name's part: 上村 かえで) recurs as a word of its own: not inside a run of kana
  // (かえでの木 is the tree's word too, but 〜のかえで, かえでが are the person), a particle or an honorific on either side.
  if (/^\p{Script=Hiragana}+$/u.test(value) && !hiraganaWordAt(shadow, start, rest)) return undefined;
  const before = shadow.slice(Math.max(0, start - 32), start);
  if (type === "PERSON" && (firmAfterName(rest, { ampersandAlone: false }) || FIRM_BEFORE.test(before) || SHOP_WORD_BEFORE.test(before) || associationNameGoesOn(before, rest))) return undefined;
  if (type === "PERSON" && STREET_AFTER.test(rest)) return undefined;
  // A family name in capitals before another word in capitals is a firm's or a heading's (HASEGAWA IMMIGRATION OFFICE).
  if (type === "PERSON" && CAPITALS_WORD_AFTER.test(rest) && /^\p{Lu}{3,}$/u.test(value)) return undefined;
  // A surname that is a town's name too, repeated where a place's or a plate's words follow (土浦 100 か 98-76, 大塚 の倉庫): the place.
  if (type === "PERSON" && /^\p{Script=Han}/u.test(value) && isPlaceAt(shadow, start, end)) return undefined;
  const givenName = type === "PERSON" && /^[A-Z][a-z]+$/.test(value);
  const surname = givenName && !firmAfterName(rest.replace(SURNAME_AFTER, ""), { ampersandAlone: false }) ? SURNAME_AFTER.exec(rest) : null;
  if (surname && !taken.overlaps({ start: end, end: end + surname[0].length })) end += surname[0].length;
  return { start, end, type };
}

/**
 * Whether a repeat may stand where findings are: where there are none, or where a name's repeat holds only names found
 * inside it, shorter (王林宏様, where a rule read 林宏 before 様 as a given name alone and 王 林宏 is found elsewhere): the
 * whole name takes their place (addRepeats drops them), so no part of it is left beside a mask.
 */
function overFoundParts(taken: SpanIndex<PiiFinding>, start: number, end: number, type: string): boolean {
  const inside = taken.overlapping({ start, end });
  if (inside.length === 0) return true;
  return type === "PERSON" && inside.every((found) => found.type === "PERSON" && found.start >= start && found.end <= end && found.end - found.start < end - start);
}

/** A one-kanji name's repeat as a list's item before a note in brackets, set apart before a closing one, or alone in a cell. */
function oneKanjiSetApart(before: string, rest: string): boolean {
  return (/^[（(]/u.test(rest) && ONE_KANJI_LISTED.test(before)) || [ONE_KANJI_SPACED_CLOSE, ONE_KANJI_CELL].some((apart) => apart.before.test(before) && apart.after.test(rest));
}

const HONORIFIC_AFTER = new RegExp(`^[ 　]?(?:${honorificAlternation(...FAMILIAR_HONORIFICS, ...POLITE_HONORIFICS)})`, "u");
/** Whether a repeat stands before an honorific (きよ様は, きよ さん): a RepeatMatcher's `stands` for a short given name. */
export const standsBeforeHonorific = (shadow: string, repeat: PiiFinding): boolean => HONORIFIC_AFTER.test(shadow.slice(repeat.end, repeat.end + 4));

const PARTICLE_BEFORE = /[のとにはがもをへやで]$/u;
/**
 * After a hiragana name: の, an honorific, です as a caller gives it (「かえでです」), or another particle that ends the kana
 * (かえでが来た, not かえでもみじ); no other letter (さくら組, さくら通信 are a class's and a newsletter's names).
 */
const HIRAGANA_AFTER = new RegExp(`^(?:の|です|[とにはがもをへやで](?![\\p{Script=Hiragana}])|${honorificAlternation(...FAMILIAR_HONORIFICS, ...POLITE_HONORIFICS)})`, "u");

/**
 * Whether a hiragana repeat at `start` is a word of its own: a letter on neither side (ケアプランすみれ is a firm's
 * name), but a particle before or a particle or an honorific after.
 */
function hiraganaWordAt(shadow: string, start: number, rest: string): boolean {
  const before = shadow[start - 1] ?? "";
  const beforeOk = !/[\p{L}々ー]/u.test(before) || PARTICLE_BEFORE.test(before);
  const afterOk = !/^[\p{L}々ー]/u.test(rest) || HIRAGANA_AFTER.test(rest);
  return beforeOk && afterOk;
}

const CAPITALS_WORD_AFTER = /^[ \t]+\p{Lu}{2,}(?!\p{Ll})/u;

/** A street's or a station's word after a Latin name's part: a place named after someone (Aldana Street), not the person. */
const STREET_AFTER = /^[ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Square|Station|Bridge)\b/;

/** Not inside a longer word: 山田 in 山田町 or 大山田, 0420 in 104201, Lee in Leeds are other things. */
function wholeWord(shadow: string, start: number, end: number): boolean {
  const first = shadow[start];
  const last = shadow[end - 1];
  const before = shadow[start - 1];
  const after = shadow[end];
  if (isAsciiWord(first) && isAsciiWord(before)) return false;
  if (isAsciiWord(last) && isAsciiWord(after)) return false;
  if (isJapaneseWord(first) && isJapaneseWord(before)) return false;
  if (isJapaneseWord(last) && isJapaneseWord(after) && !HONORIFIC_KANJI.has(after!)) return false;
  return true;
}
