import { versionsIn } from "./contact-detectors.js";
import { overlaps } from "./detector.js";
import { PII_DETECTORS, type PiiDetector, type Span } from "./detectors.js";
import { firmWordAfter } from "./firm-words.js";
import { foldWidth } from "./fold-width.js";
import { namesBesideFound, partsOfFullName } from "./person-neighbours.js";

export interface PiiFinding extends Span {
  /** The kind: a built-in one (EMAIL, PERSON, …) or a company's own from `pii:`. */
  type: string;
}

export interface MaskResult {
  text: string;
  /** What was masked, by offsets in the original text, in order. */
  findings: PiiFinding[];
}

/**
 * Replaces personal data and secrets with typed placeholders (`[EMAIL]`, `[PHONE]`, …) and leaves every other
 * character as it was. Detectors read a width-folded shadow, so `０９０－１２３４－５６７８` is found like
 * `090-1234-5678`; overlapping findings go to the detector listed first. A value found once is masked wherever else
 * the text repeats it (see maskTogether).
 */
export function maskPii(text: string, detectors: readonly PiiDetector[] = PII_DETECTORS): MaskResult {
  return maskTogether([text], detectors)[0]!;
}

/**
 * The texts of one record — an inquiry row's question, answer and category — masked together: a value a detector
 * found by its cue in one (`パスワードは hunter2 です`, `Mr. Smith`, `佐藤さん`) is also masked where it is repeated
 * without one, in any of them (`hunter2 は弱いパスワードです`, `Smith called`, `佐藤の件`).
 */
export function maskTogether(texts: readonly string[], detectors: readonly PiiDetector[] = PII_DETECTORS): MaskResult[] {
  const shadows = texts.map((text) => foldWidth(text));
  const found = shadows.map((shadow) => findPii(shadow, detectors));
  dropVersions(shadows, found);
  const values = new Map<string, string>();
  const collect = (findings: readonly PiiFinding[], shadow: string) => {
    for (const finding of findings) {
      const value = shadow.slice(finding.start, finding.end);
      if (repeatable(value) && !values.has(value)) values.set(value, finding.type);
      // 上野 真理子 found, 上野 alone later is the same person (以上、上野; Takashi Imai … Imai).
      if (finding.type !== "PERSON") continue;
      for (const part of partsOfFullName(value)) if (!values.has(part)) values.set(part, "PERSON");
    }
  };
  shadows.forEach((shadow, index) => collect(found[index]!, shadow));
  if (values.size > 0) shadows.forEach((shadow, index) => addRepeats(shadow, values, found[index]!));
  // Names beside a found one (a list's other people, a surname before a given name), then their repeats.
  const size = values.size;
  shadows.forEach((shadow, index) => {
    const beside = namesBesideFound(shadow, found[index]!);
    if (beside.length === 0) return;
    found[index]!.push(...beside);
    found[index]!.sort((a, b) => a.start - b.start);
    collect(beside, shadow);
  });
  if (values.size > size) shadows.forEach((shadow, index) => addRepeats(shadow, values, found[index]!));
  return texts.map((text, index) => applyFindings(text, found[index]!));
}

/** Every detector's findings in a width-folded text, the first detector winning an overlap, in order of offset. */
function findPii(shadow: string, detectors: readonly PiiDetector[]): PiiFinding[] {
  const accepted: PiiFinding[] = [];
  for (const detector of detectors) {
    for (const span of detector.find(shadow)) {
      if (span.end <= span.start) continue;
      if (overlaps(accepted, span)) continue;
      accepted.push({ ...span, type: detector.type });
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** An address that a text of the record reads as a version elsewhere (バージョン 5.12.0.1 … 5.12.0.1 では) is that version. */
function dropVersions(shadows: readonly string[], found: PiiFinding[][]): void {
  const versions = new Set(shadows.flatMap(versionsIn));
  if (versions.size === 0) return;
  found.forEach((findings, index) => {
    found[index] = findings.filter((finding) => finding.type !== "IP_ADDRESS" || !versions.has(shadows[index]!.slice(finding.start, finding.end)));
  });
}


const isAsciiWord = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9_]/.test(char);
const isJapaneseWord = (char: string | undefined): boolean => char !== undefined && /[\p{Script=Han}\p{Script=Katakana}ー々ヶ]/u.test(char);
/** An honorific written straight after a name in kanji (佐藤様, 伊藤氏): the name is still a word of its own. */
const HONORIFIC_KANJI = new Set(["様", "氏", "殿", "君"]);

/** Long enough to be the value and not a piece of another word: three ASCII characters (Lee, 0420), two others (佐藤). */
const repeatable = (value: string): boolean => value.length >= (/^[\x20-\x7e]+$/.test(value) ? 3 : 2);

/** A word after a founder's name that makes it a company's (Nakamura Holdings, Smith & Co.): the repeat is no person. */
const COMPANY_AFTER =
  /^[ \t]*(?:Holdings|Inc\b|Corp\b|Corporation|Company|Co\.|Ltd\b|Limited|LLC|LLP|Group|Trading|Industries|Bank|Partners|Labs|Systems|Technologies|Motors|& Co|Baking|Bakery|Foods?\b|Electric|Pharmaceuticals?|Chemicals?|Steel|Shipping|Airlines?|Railways?|Insurance|Securities|Construction|Logistics|Manufacturing|Brewery|Brewing|Textiles?|Paper|Printing|Products|Enterprises|Associates|Consulting|Solutions|Software|Media|Publishing|Pharma|Medical|Clinic|Hospital|Hotels?\b|Realty|Estate|Works|Shoten|Shoji|Sangyo|Kogyo|Seisakusho|Denki|Kensetsu|Seiyaku)/;
/**
 * A firm named after people, around a repeat of one of them (Kanda Precision K.K., Whitcombe & Kanda Law Office,
 * Smith & Jones LLP, Kowalski Roofing & Building): the repeat is the firm's word, no person.
 */
const FIRM_AFTER = /^(?:[ \t]+(?:&|and)?[ \t]*[A-Z][a-z]+){0,3}[ \t]+(?:K\.K\.|Co\.,? Ltd|Inc\b|Ltd\b|LLC|LLP|GmbH|Corp\b|Law (?:Office|Firm)s?|Attorneys)|^(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+&[ \t]+[A-Z]/;
const FIRM_BEFORE = /&[ \t]*$/;
const ONE_KANJI_NAME_AFTER = /^(?:の|は|が|さん|ちゃん|くん|君|様)/u;
/**
 * The rest of a name after a repeated one-word name: a surname after a given name ("Laura" found after "Regards,",
 * repeated as "From: Laura Gómez"), or the given names after a family name written first (Ms Nguyen … Nguyen Minh Chau).
 */
const SURNAME_AFTER = /^[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+)?(?![A-Za-z])/;

/**
 * Adds, in place, a finding for each whole-word repeat of a found value that no finding covers yet; a one-word
 * English name takes the capitalised word after it along (its surname), and a name before a company word stays.
 */
function addRepeats(shadow: string, values: ReadonlyMap<string, string>, findings: PiiFinding[]): void {
  const added: PiiFinding[] = [];
  for (const [value, type] of values) {
    const givenName = type === "PERSON" && /^[A-Z][a-z]+$/.test(value);
    for (let start = shadow.indexOf(value); start !== -1; start = shadow.indexOf(value, start + 1)) {
      let end = start + value.length;
      if (!wholeWord(shadow, start, end) || overlaps(findings, { start, end }) || overlaps(added, { start, end })) continue;
      const rest = shadow.slice(end, end + 40);
      // A one-kanji given name (凛) recurs as a person only before の, は, が or an honorific: 凛とした, 誠に are words.
      if (value.length === 1 && !ONE_KANJI_NAME_AFTER.test(rest)) continue;
      if (type === "PERSON" && (COMPANY_AFTER.test(rest) || FIRM_AFTER.test(rest) || firmWordAfter(rest) || FIRM_BEFORE.test(shadow.slice(Math.max(0, start - 4), start)))) continue;
      const surname = givenName && !COMPANY_AFTER.test(rest.replace(SURNAME_AFTER, "")) ? SURNAME_AFTER.exec(rest) : null;
      if (surname && !overlaps(findings, { start: end, end: end + surname[0].length })) end += surname[0].length;
      added.push({ start, end, type });
    }
  }
  if (added.length === 0) return;
  findings.push(...added);
  findings.sort((a, b) => a.start - b.start);
}

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

function applyFindings(text: string, findings: PiiFinding[]): MaskResult {
  if (findings.length === 0) return { text, findings: [] };
  // Joined, not concatenated: `+=` of slices gives a rope whose pieces point into the original text, so every masked
  // row held its unmasked text alive until the build ended (a third of the memory of a large log, and its values).
  const parts: string[] = [];
  let cursor = 0;
  for (const finding of findings) {
    parts.push(text.slice(cursor, finding.start), `[${finding.type}]`);
    cursor = finding.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(""), findings };
}
