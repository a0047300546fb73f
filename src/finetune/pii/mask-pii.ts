import { versionsIn } from "./contacts/contact-detectors.js";
import { PII_DETECTORS, type PiiDetector, type Span } from "./detectors.js";
import { foldWidth } from "./fold-width.js";
import { type CuedGate, openGates } from "./gate-cues.js";
import { commonNouns, nameLexicon, wordReadings } from "./lexicon/japanese-name-lexicon.js";
import { EN_WORD, PLACE_SURNAMES } from "./names/name-detectors.js";
import { isRomajiSurname } from "./names/latin-name-cues.js";
import { RepeatMatcher, standsBeforeHonorific } from "./names/name-repeats.js";
import { codesOfSeries, INNER_LETTER_FORM } from "./ids/same-form-ids.js";
import { idsToSpread, repeatStands } from "./ids/repeated-personal-ids.js";
import { partsOfFullName, twoKanaGivenName } from "./names/full-name-parts.js";
import { namesBesideFound } from "./names/person-neighbours.js";
import { creditedWithWork, songCreditSingers } from "./look-alikes/song-credits.js";
import { aiModelNames, onlyModelNames } from "./look-alikes/ai-model-names.js";
import { fashionHouses, isSakeBrand } from "./look-alikes/named-brands.js";
import { ablautBrandSpans } from "./look-alikes/ablaut-brands.js";
import { industrialParkSpans, vietnamesePlaceSpans } from "./look-alikes/vietnamese-places.js";
import { invoiceRegistrationSpans } from "./look-alikes/invoice-registration-numbers.js";
import { ledFirmNameSpans } from "./look-alikes/led-firm-names.js";
import { firmWordsAroundNameSpans } from "./look-alikes/firm-words-around-names.js";
import { productBeforeBarcodeSpans } from "./look-alikes/products-before-barcodes.js";
import { sealMaterialSpans } from "./look-alikes/seal-materials.js";
import { shopNameSpans } from "./look-alikes/shop-names.js";
import { firmAccountSpans } from "./look-alikes/firm-accounts.js";
import { penNameSpans } from "./look-alikes/pen-names.js";
import { makerModelSpans } from "./look-alikes/maker-models.js";
import { dogBreedSpans } from "./look-alikes/dog-breeds.js";
import { shortNameBeforeWholeSpans } from "./look-alikes/short-names-before-whole-names.js";
import { workBeforeMakerSpans } from "./look-alikes/works-before-makers.js";
import { SpanIndex } from "./span-index.js";
import { worldNames } from "./lexicon/world-name-lexicon.js";
import { isNameOnlyWord } from "./lexicon/lexicon-latin-names.js";

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
  const { found } = findTogether(texts, detectors);
  return texts.map((text, index) => applyFindings(text, found[index]!));
}

/**
 * The rows of one inquiry log (each its texts) masked each together (maskTogether), then a person's full name found in
 * one row is masked where it stands in another (Oliver Grant named with さん in one row, bare in the next), and so is
 * the surname of a Japanese full name (荒井 さゆり … 荒井 副理事長). Only these: a one-word name, a Latin family name or a
 * secret found in one customer's row may be another customer's word. And a person's ID found after its label
 * (idsToSpread: 申込番号 AP-26-0123 in one row, （AP-26-0123） in a later one).
 */
export function maskInquiryRows(rows: readonly (readonly string[])[], detectors: readonly PiiDetector[] = PII_DETECTORS): MaskResult[][] {
  return maskAcrossRecords(rows, detectors, fullNamesAndSurnames);
}

/**
 * A document's texts (title, headings, sections) masked each on its own, then every part of a name found in one masked
 * where it stands in another, and a person's ID found after its label (idsToSpread): one document's people are the same
 * people from one section to the next.
 */
export function maskDocumentSections(sections: readonly string[], detectors: readonly PiiDetector[] = PII_DETECTORS): MaskResult[] {
  return maskAcrossRecords(sections.map((section) => [section]), detectors, everyPartOfName, addSeriesAcross).map(([result]) => result!);
}

type RecordFindings = { shadows: string[]; found: PiiFinding[][] };

/**
 * Each record masked together, then what `namesOf` takes of each person found masked in every record, and what
 * `spread` adds across them.
 */
function maskAcrossRecords(
  records: readonly (readonly string[])[],
  detectors: readonly PiiDetector[],
  namesOf: (value: string) => string[],
  spread: (found: readonly RecordFindings[]) => void = () => {},
): MaskResult[][] {
  const found = records.map((texts) => findTogether(texts, detectors));
  spread(found);
  const names = new Map<string, string>();
  for (const record of found) for (const name of namesToSpread(record, namesOf)) names.set(name, "PERSON");
  // A person's ID found after its label in one record, bare in another (repeated-personal-ids.ts).
  for (const record of found) for (const id of idsToSpread(record.shadows, record.found)) if (!names.has(id)) names.set(id, "PERSONAL_ID");
  if (names.size > 0) {
    const matcher = repeatsOf(names, repeatStands);
    // A name spread from another record takes its neighbours there as a found one does (藤ヶ谷 found in one section,
    // 藤ヶ谷 聡 in a list of another; 百瀬 in one row, 百瀬 とし子 in the next).
    // A name spread so is dropped inside a look-alike as a found one is (Marco Bianchi … Gruppo Bianchi Italia).
    for (const record of found) {
      const repeated = addRepeats(matcher, record.shadows, record.found);
      for (const index of repeated) addNeighbours(record.shadows[index]!, record.found[index]!);
      if (repeated.length > 0) dropInsideLookAlikes(record.shadows, record.found);
    }
  }
  return found.map((record, at) => records[at]!.map((text, index) => applyFindings(text, record.found[index]!)));
}

/**
 * One inquiry row masked as maskTogether masks it, and the names and personal IDs its log masks in its other rows (as
 * maskInquiryRows does): for a log too large to hold, whose rows are masked as they stream and these spread after
 * (spread-names.ts).
 */
export function maskInquiryRow(texts: readonly string[], detectors: readonly PiiDetector[] = PII_DETECTORS): { masked: MaskResult[]; names: string[]; ids: string[] } {
  const record = findTogether(texts, detectors);
  const masked = texts.map((text, index) => applyFindings(text, record.found[index]!));
  return { masked, names: namesToSpread(record, fullNamesAndSurnames), ids: idsToSpread(record.shadows, record.found) };
}

/**
 * A register's code: letters, then one run of digits (ME-0712, CW-SHB-02340, BK031877), or a school's with a letter
 * inside its digits (S24H0726: same-form-ids.ts). A code numbered in groups (AP-2026-1187, R08-1124-0031) is dated: an
 * application's or a counter's slip, whose series a document's other parts hold for things as often as for people.
 */
const REGISTER_CODE = /^[A-Z]{1,5}(?:-[A-Z]{1,5})*-?\d{4,}$/;

/**
 * A person's register code found in one section makes its series a person's in the others (社員番号 ME-0712 under one
 * client's heading, 本人 板垣 竜也 ME-0233 under the next): a document's codes of one series are one company's numbering
 * of its people (same-form-ids.ts). Not for an inquiry log's rows: a log too large to hold is masked row by row.
 */
function addSeriesAcross(found: readonly RecordFindings[]): void {
  const codes = new Set<string>();
  for (const { shadows, found: findings } of found) {
    findings.forEach((list, index) => {
      for (const finding of list) {
        const code = shadows[index]!.slice(finding.start, finding.end);
        if (finding.type === "PERSONAL_ID" && (REGISTER_CODE.test(code) || INNER_LETTER_FORM.test(code))) codes.add(code);
      }
    });
  }
  if (codes.size === 0) return;
  for (const { shadows, found: findings } of found) {
    shadows.forEach((shadow, index) => {
      const list = findings[index]!;
      const added = codesOfSeries(shadow, codes).filter((span) => !list.some((finding) => finding.start < span.end && span.start < finding.end));
      if (added.length === 0) return;
      list.push(...added.map((span) => ({ ...span, type: "PERSONAL_ID" })));
      list.sort((a, b) => a.start - b.start);
    });
  }
}

/** What `namesOf` takes of a record's people (its texts' PERSON findings), for its file to mask in its other records. */
function namesToSpread({ shadows, found }: { shadows: readonly string[]; found: readonly (readonly PiiFinding[])[] }, namesOf: (value: string) => string[]): string[] {
  const names = new Set<string>();
  found.forEach((findings, index) => {
    for (const finding of findings) {
      if (finding.type !== "PERSON") continue;
      for (const name of namesOf(shadows[index]!.slice(finding.start, finding.end))) names.add(name);
    }
  });
  return [...names];
}

/** A found name and its parts (see partsOfFullName), for a document. */
function everyPartOfName(value: string): string[] {
  // A run of five kanji or more is no one's name, but a firm's a table's column took for one (株式会社東海電機).
  return /\p{Script=Han}{5}/u.test(value) ? [] : [...(repeatable(value) ? [value] : []), ...partsOfFullName(value)];
}

/**
 * A full name: Latin words as the cue detectors read them (Łukasz Wiśniewski too), a Japanese surname, a space and a
 * given name, or a foreign name in katakana whose words ・ joins (ガンバートル・ボルド, ダ・コスタ マルコ), which no
 * other word is written as.
 */
const FULL_NAME = new RegExp(
  `^(?:${EN_WORD}[ \\t]+)+${EN_WORD}$|^\\p{Script=Han}[\\p{Script=Han}々]{1,3}[ 　][\\p{Script=Han}\\p{Script=Hiragana}々]{1,4}$|^[\\p{Script=Katakana}ー]{2,8}(?:[・ 　][\\p{Script=Katakana}ー]{2,8}){1,3}$(?<=・.*)`,
  "u",
);

/**
 * For an inquiry log: a full name (two words or more), a Japanese full name's surname that is no common noun, and a
 * Japanese name's surname in romaji (Ren Nitta … Nitta in another row): a word of four letters or more that reads as a
 * surname of the dictionary and is no English word, a staff member's name more often than another customer's word.
 * And a kanji full name's given name of two kanji or more the dictionary lists as one and as no noun (佐久間 陽翔 … 陽翔が
 * 練習で in a later row): a family's child or a staff member is written by the given name alone after.
 */
function fullNamesAndSurnames(value: string): string[] {
  const full = FULL_NAME.test(value) && !katakanaWords(value);
  if (!full) return [];
  const parts = partsOfFullName(value);
  const surnames = parts.filter((part) => /^\p{Script=Han}{2,4}$/u.test(part) && value.startsWith(part) && !commonNouns().has(part) && !PLACE_SURNAMES.has(part));
  const givenNames = parts.filter((part) => /^\p{Script=Han}{2,3}$/u.test(part) && value.endsWith(` ${part}`) && spreadsAsGivenName(part));
  const romaji = /^[A-Za-z]/.test(value) ? value.split(/[ \t]+/).filter(isRomajiSurname) : [];
  return [value, ...surnames, ...givenNames, ...romaji];
}

/** A katakana name with a word of the dictionary among its parts (ソニー・ミュージック): a firm's or a work's as often. */
const katakanaWords = (value: string): boolean => value.includes("・") && value.split(/[・ 　]/u).some((part) => wordReadings().has(part));

/** A given name the dictionary lists, and as no noun, surname or place: alone in another row it is the person. */
function spreadsAsGivenName(given: string): boolean {
  const { givenNames, nounGivenNames, surnames } = nameLexicon();
  return givenNames.has(given) && !nounGivenNames.has(given) && !surnames.has(given) && !commonNouns().has(given) && !PLACE_SURNAMES.has(given);
}

/**
 * Every detector's findings in each text of a record, with the repeats and neighbours maskTogether adds, and what a
 * second look at the masked texts finds (lookAgain).
 */
function findTogether(texts: readonly string[], detectors: readonly PiiDetector[]): { shadows: string[]; found: PiiFinding[][] } {
  const shadows = texts.map((text) => foldWidth(text));
  const reads = shadows.map((shadow) => readOf(shadow, detectors));
  const found = readTogether(shadows, reads);
  lookAgain(shadows, found, reads, detectors);
  dropSongCredits(shadows, found);
  dropInsideLookAlikes(shadows, found);
  return { shadows, found };
}

/**
 * Look-alikes whose parts a rule reads as a name or a number (a seal's material and size, 柘植 13.5mm; an invoice
 * registration number, T3020001087456, whose digits pass a card's check; a shop's name of a place and a kana word, 館山
 * なぎさ屋; a firm's name led by Grupo or Banco; a product's name before its barcode, Kit Kat Matcha box JAN …): a finding
 * inside one is dropped after every rule and repeat has read the record. So is a name found inside what is named like a
 * person (a fashion house, Ralph Lauren, マーガレット・ハウエル; a brand said twice with its vowel turned, Tim Tam; a city of
 * Vietnam, Hà Nội; a listener's pen name, ラジオネーム「河原のカワセミ」; a maker before its model, Roland LX-708; a short
 * name before its thing's whole name in brackets, Nike (Nike Air Max); a firm by its legal form, Ferreira Werkzeugbau GmbH, a
 * lodging by its word, Hotel Aurora, a restaurant's branch by its district, Tsurukame Higashi-Ginza; a thing before its
 * maker's name, Ruby (Yukihiro Matsumoto)), that is
 * a sake's brand (大吟醸 久保田 千寿), or that is only AI models' names at work (Claude, Gemini and Copilot compared; Claude
 * 3.5 Sonnet): goods, places and tools, no one.
 */
const LOOK_ALIKE_SPANS: readonly ((shadow: string) => Span[])[] = [sealMaterialSpans, invoiceRegistrationSpans, shopNameSpans, ledFirmNameSpans, productBeforeBarcodeSpans, firmAccountSpans];
const NAMED_LIKE_PEOPLE: readonly ((shadow: string) => Span[])[] = [fashionHouses, ablautBrandSpans, vietnamesePlaceSpans, industrialParkSpans, penNameSpans, makerModelSpans, dogBreedSpans, shortNameBeforeWholeSpans, firmWordsAroundNameSpans, workBeforeMakerSpans];

function dropInsideLookAlikes(shadows: readonly string[], found: PiiFinding[][]): void {
  shadows.forEach((shadow, index) => {
    const findings = found[index]!;
    if (findings.length === 0) return;
    const spans = LOOK_ALIKE_SPANS.flatMap((spansIn) => spansIn(shadow));
    const names = findings.some((finding) => finding.type === "PERSON");
    if (spans.length === 0 && !names) return;
    const namedLikePeople = names ? NAMED_LIKE_PEOPLE.flatMap((spansIn) => spansIn(shadow)) : [];
    const models = names ? aiModelNames(shadow) : [];
    const within = (areas: readonly Span[], finding: PiiFinding) => areas.some((area) => area.start <= finding.start && finding.end <= area.end);
    const noOne = (finding: PiiFinding) =>
      finding.type === "PERSON" && (within(namedLikePeople, finding) || isSakeBrand(shadow, finding) || (models.length > 0 && onlyModelNames(shadow, finding, models)));
    found[index] = findings.filter((finding) => !within(spans, finding) && !noOne(finding));
  });
}

/**
 * A name found inside a song's credit (リクエスト「中島みゆき／糸」) or credited with a work after it, written whole as a
 * stage or pen name is (竹内まりやの新曲; not 佐藤 花子の新刊, a register's spacing), is the artist's, a public figure named
 * for the work: dropped after every rule and repeat has read the record, so that none of them masks it.
 */
function dropSongCredits(shadows: readonly string[], found: PiiFinding[][]): void {
  shadows.forEach((shadow, index) => {
    const singers = songCreditSingers(shadow);
    const credited = (finding: PiiFinding) => singers.some((singer) => finding.start < singer.end && singer.start < finding.end) || (!/[ 　]/u.test(shadow.slice(finding.start, finding.end)) && creditedWithWork(shadow, finding.end));
    if (found[index]!.some((finding) => finding.type === "PERSON" && credited(finding))) found[index] = found[index]!.filter((finding) => finding.type !== "PERSON" || !credited(finding));
  });
}

/** Reads of a record: the first, then at most two more while each finds something new. */
const LOOKS = 3;

/**
 * Reads a record's masked texts again while the last read found something: a mask gives the words beside it a new
 * context (201号室　石川 [PERSON]: a surname left before a masked given name now stands alone, where a rule takes it).
 * What a look finds outside the masks is added, by its offsets in the text; a finding that reaches into a mask read
 * the placeholder as a value (password is "[SECRET]") and is left. Only a text masked anew since its last read is read
 * again: the detectors read the same text the same way, so `reads` (what they found in each text as last read) stands
 * for the others — a record without findings is not read twice, nor is a row's answer when only its question was masked.
 */
function lookAgain(shadows: readonly string[], found: PiiFinding[][], reads: (readonly PiiFinding[])[], detectors: readonly PiiDetector[]): void {
  const read = [...shadows]; // each text as last read
  const readWith = shadows.map(() => 0); // and its findings then (findings are only added)
  for (let look = 1; look < LOOKS && found.some((findings, index) => findings.length > readWith[index]!); look++) {
    found.forEach((findings, index) => {
      if (findings.length === readWith[index]) return;
      read[index] = applyFindings(shadows[index]!, findings).text;
      reads[index] = readOf(read[index]!, detectors);
      readWith[index] = findings.length;
    });
    const again = readTogether(read, reads);
    again.forEach((findings, index) => {
      const outside = outsideMasks(findings, found[index]!);
      if (outside.length === 0) return;
      found[index]!.push(...outside);
      found[index]!.sort((a, b) => a.start - b.start);
    });
  }
}

/**
 * Of the findings in a masked text, those that touch none of its masks (`masks`, by offsets in the text it masks),
 * moved to offsets in that text.
 */
function outsideMasks(findings: readonly PiiFinding[], masks: readonly PiiFinding[]): PiiFinding[] {
  const outside: PiiFinding[] = [];
  let mask = 0;
  let shift = 0; // how much longer the masked text is than the text, before the finding
  for (const finding of findings) {
    let touches = false;
    for (; mask < masks.length; mask++) {
      const start = masks[mask]!.start + shift;
      const end = start + masks[mask]!.type.length + 2;
      if (end <= finding.start) {
        shift = end - masks[mask]!.end;
        continue;
      }
      touches = start < finding.end;
      break;
    }
    if (!touches) outside.push({ ...finding, start: finding.start - shift, end: finding.end - shift });
  }
  return outside;
}

/** Each shadow's findings by the detectors (`reads`, left as they are), with the repeats and neighbours maskTogether adds. */
function readTogether(shadows: readonly string[], reads: readonly (readonly PiiFinding[])[]): PiiFinding[][] {
  // Copies: the repeats are added to them and a name grows in place (a given name takes its surname, addNeighbours).
  const found = reads.map((findings) => findings.map((finding) => ({ ...finding })));
  dropVersions(shadows, found);
  const values = new Map<string, string>();
  // A found full name's given name of two kana (川村 きよ), masked where it recurs before an honorific only (きよ様は).
  const kanaGivenNames = new Map<string, string>();
  const collect = (findings: readonly PiiFinding[], shadow: string) => {
    for (const finding of findings) {
      const value = shadow.slice(finding.start, finding.end);
      if (repeatable(value) && !values.has(value)) values.set(value, finding.type);
      // 上野 真理子 found, 上野 alone later is the same person (以上、上野; Takashi Imai … Imai).
      if (finding.type !== "PERSON") continue;
      for (const part of partsOfFullName(value)) if (!values.has(part)) values.set(part, "PERSON");
      const kanaGiven = twoKanaGivenName(value);
      if (kanaGiven !== undefined) kanaGivenNames.set(kanaGiven, "PERSON");
    }
  };
  shadows.forEach((shadow, index) => collect(found[index]!, shadow));
  if (values.size > 0) addRepeats(repeatsOf(values), shadows, found);
  if (kanaGivenNames.size > 0) addRepeats(repeatsOf(kanaGivenNames, standsBeforeHonorific), shadows, found);
  // Names beside a found one (a list's other people, a surname before a given name), then their repeats.
  const size = values.size;
  shadows.forEach((shadow, index) => collect(addNeighbours(shadow, found[index]!), shadow));
  if (values.size > size) addRepeats(repeatsOf(values), shadows, found);
  return found;
}

/**
 * What findPii found in short texts read lately, by detector list: a log's short fields recur row after row (a
 * category, a status, a product's name) and every detector read them again at each row. The same text is read the
 * same way. The lists are shared, never changed: readTogether copies them.
 */
const shortReads = new WeakMap<readonly PiiDetector[], Map<string, readonly PiiFinding[]>>();
const SHORT = 32;
const SHORT_READS = 1024;

/** findPii's findings, read once for a short text however often it recurs. */
function readOf(shadow: string, detectors: readonly PiiDetector[]): readonly PiiFinding[] {
  if (shadow.length > SHORT) return findPii(shadow, detectors);
  let read = shortReads.get(detectors);
  if (read === undefined) shortReads.set(detectors, (read = new Map()));
  let findings = read.get(shadow);
  if (findings === undefined) {
    // Emptied when full: the texts that recur are read again at once, the ones seen once are let go.
    if (read.size >= SHORT_READS) read.clear();
    read.set(shadow, (findings = findPii(shadow, detectors)));
  }
  return findings;
}

/** What `detectors` find in a text as they read it (width-folded), the first winning an overlap: no repeats, no second look. */
export const findingsIn = (text: string, detectors: readonly PiiDetector[]): PiiFinding[] => findPii(foldWidth(text), detectors);

/** Every detector's findings in a width-folded text, the first detector winning an overlap, in order of offset. */
function findPii(shadow: string, detectors: readonly PiiDetector[]): PiiFinding[] {
  const accepted = new SpanIndex<PiiFinding>();
  const { gates, open } = gatesOf(detectors);
  openGates(shadow, gates, open);
  for (let index = 0; index < detectors.length; index++) {
    if (open[index] === 0) continue;
    const detector = detectors[index]!;
    for (const span of detector.find(shadow, accepted)) {
      if (span.end <= span.start) continue;
      if (accepted.overlaps(span)) {
        if (detector.type === "PERSON") growNameInside(accepted, span, shadow);
        continue;
      }
      accepted.add({ ...span, type: detector.type });
    }
  }
  return accepted.list.sort((a, b) => a.start - b.start);
}

/** A detector list's gates and the verdicts of its last text (no detector runs the pass itself, so one array a list). */
const listGates = new WeakMap<readonly PiiDetector[], { gates: (CuedGate | undefined)[]; open: Uint8Array }>();
function gatesOf(detectors: readonly PiiDetector[]): { gates: (CuedGate | undefined)[]; open: Uint8Array } {
  let known = listGates.get(detectors);
  if (known === undefined) listGates.set(detectors, (known = { gates: detectors.map((detector) => detector.gate), open: new Uint8Array(detectors.length) }));
  return known;
}

const KANJI_SURNAME = /^\p{Script=Han}{1,4}$/u;
const HIRAGANA_GIVEN_AFTER = /^\p{Script=Hiragana}{2,4}$/u;
const SURNAME_BEFORE_FOUND = /^(?:[\p{Script=Katakana}ー・]{2,12}[ 　]|\p{Script=Han}{1,3}[ 　]?)$/u;
/** A capitalised Latin word and a space: a given name before a Latin name found from its middle name on. */
const GIVEN_NAME_BEFORE_LATIN = /^\p{Lu}\p{Ll}+ $/u;
/** A given name of the lists that is no English word, title or place (Olivia, not Grant, Mark, Support or Frau). */
const givenNameOnly = (word: string): boolean => worldNames().latinGiven.has(word) && isNameOnlyWord(word);
/** A space and a capitalised Latin word: a family name after a given name found alone. */
const FAMILY_NAME_AFTER_LATIN = /^ \p{Lu}\p{Ll}+$/u;
/** A family name of the lists that is no English word, title or place (Menon, not Called, Support or Paris). */
const familyNameOnly = (word: string): boolean => worldNames().latinFamily.has(word) && isNameOnlyWord(word);

/**
 * A name found inside a longer one a later rule reads, when it is the only finding there, grows to the longer reading:
 * - before it, a surname (美咲 after a kin's word, then デラクルス 美咲 by its katakana surname; 谷 隆 before 様, then 四十物谷
 *   隆 whole): a katakana surname and its space, or up to three kanji the found surname ends (a surname the dictionary
 *   lacks, read by its last kanji), or a kanji surname and its space before a found given name (甕 千鶴子, a one-kanji
 *   surname the dictionary lacks), not a noun and its space (旧姓 藤野);
 * - before a Latin name of two words, a given name of the lists that is no English word and a space (Rose Young found
 *   before a speech's verb, then Olivia Rose Young whole by the tagger): one person, one mask; not a verb's or a
 *   role's word (Grant Tomasz Wiśniewski access, Support Mireille);
 * - after it, only a hiragana given name glued to a kanji surname found alone (担当は佐藤, then 佐藤さくら with a given name
 *   of the dictionary), or a family name of the lists after a Latin given name of the lists found alone, a space between
 *   (first name Deepika found after its label, then Deepika Sharma by the lists): one person, one mask. Nothing else
 *   after a name: an honorific's or a place's word (田中 様宅) is the other rule's reach, no name's.
 */
function growNameInside(accepted: SpanIndex<PiiFinding>, span: Span, shadow: string): void {
  const inside = accepted.overlapping(span);
  if (inside.length !== 1) return;
  const name = inside[0]!;
  if (name.type !== "PERSON") return;
  if (name.start === span.start && name.end < span.end) {
    const [found, after] = [shadow.slice(name.start, name.end), shadow.slice(name.end, span.end)];
    const kanaGiven = KANJI_SURNAME.test(found) && HIRAGANA_GIVEN_AFTER.test(after);
    const latinFamily = givenNameOnly(found) && FAMILY_NAME_AFTER_LATIN.test(after) && familyNameOnly(after.slice(1));
    if (kanaGiven || latinFamily) accepted.grow(name, span);
    return;
  }
  if (name.start <= span.start || name.end !== span.end) return;
  const before = shadow.slice(span.start, name.start);
  const latinGiven = GIVEN_NAME_BEFORE_LATIN.test(before) && /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(shadow.slice(name.start)) && givenNameOnly(before.trimEnd());
  const spacedNoun = /^\p{Script=Han}+[ 　]$/u.test(before) && commonNouns().has(before.trim());
  if (latinGiven || (!spacedNoun && SURNAME_BEFORE_FOUND.test(before) && (/[ 　]$/u.test(before) || /^\p{Script=Han}/u.test(shadow.slice(name.start))))) accepted.grow(name, span);
}

/** An address that a text of the record reads as a version elsewhere (バージョン 5.12.0.1 … 5.12.0.1 では) is that version. */
function dropVersions(shadows: readonly string[], found: PiiFinding[][]): void {
  const versions = new Set(shadows.flatMap(versionsIn));
  if (versions.size === 0) return;
  found.forEach((findings, index) => {
    found[index] = findings.filter((finding) => finding.type !== "IP_ADDRESS" || !versions.has(shadows[index]!.slice(finding.start, finding.end)));
  });
}

/** Long enough to be the value and not a piece of another word: three ASCII characters (Lee, 0420), two others (佐藤). */
const repeatable = (value: string): boolean => value.length >= (/^[\x20-\x7e]+$/.test(value) ? 3 : 2);

/** Found values (each to its type) compiled for addRepeats; `stands` as RepeatMatcher's. */
const repeatsOf = (values: ReadonlyMap<string, string>, stands?: (shadow: string, repeat: PiiFinding) => boolean): RepeatMatcher =>
  new RepeatMatcher(values.keys(), (value) => values.get(value)!, stands);

/** Adds, in place, to each text's findings the repeats of found values that they lack (RepeatMatcher's); returns the indices of the texts that had some. */
function addRepeats(matcher: RepeatMatcher, shadows: readonly string[], found: PiiFinding[][]): number[] {
  const repeated: number[] = [];
  shadows.forEach((shadow, index) => {
    const added = matcher.find(shadow, found[index]!);
    if (added.length === 0) return;
    // A name's repeat over the parts of it a rule found (name-repeats.ts) takes their place.
    const findings = found[index]!;
    for (let at = findings.length - 1; at >= 0; at--) if (added.some((repeat) => repeat.start <= findings[at]!.start && findings[at]!.end <= repeat.end)) findings.splice(at, 1);
    findings.push(...added);
    found[index]!.sort((a, b) => a.start - b.start);
    repeated.push(index);
  });
  return repeated;
}

/** Adds, in place, to a text's findings the names beside them (namesBesideFound's: a list's other people, a surname's given name); returns those added. */
export function addNeighbours(shadow: string, findings: PiiFinding[]): PiiFinding[] {
  const beside: PiiFinding[] = namesBesideFound(shadow, findings);
  if (beside.length === 0) return beside;
  findings.push(...beside);
  findings.sort((a, b) => a.start - b.start);
  return beside;
}
/** The text with each finding replaced by its placeholder (`[PERSON]`). */
export function applyFindings(text: string, findings: PiiFinding[]): MaskResult {
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
