import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_PII_KINDS, NOT_MASKED } from "../../../src/finetune/pii/pii-kinds.js";
import { type BlindCorpus, type CorpusValue, HELD_OUT_2_DIR, HELD_OUT_3_DIR, HELD_OUT_4_DIR, HELD_OUT_5_DIR, HELD_OUT_6_DIR, HELD_OUT_7_DIR, HELD_OUT_8_DIR, HELD_OUT_9_DIR, HELD_OUT_10_DIR, HELD_OUT_11_DIR, HELD_OUT_12_DIR, HELD_OUT_13_DIR, HELD_OUT_14_DIR, HELD_OUT_15_DIR, HELD_OUT_16_DIR, HELD_OUT_17_DIR, HELD_OUT_18_DIR, HELD_OUT_19_DIR, HELD_OUT_20_DIR, HELD_OUT_21_DIR, HELD_OUT_22_DIR, HELD_OUT_23_DIR, HELD_OUT_24_DIR, HELD_OUT_25_DIR, HELD_OUT_26_DIR, HELD_OUT_27_DIR, HELD_OUT_28_DIR, HELD_OUT_29_DIR, HELD_OUT_30_DIR, HELD_OUT_31_DIR, HELD_OUT_32_DIR, HELD_OUT_33_DIR, HELD_OUT_34_DIR, HELD_OUT_35_DIR, HELD_OUT_36_DIR, HELD_OUT_37_DIR, HELD_OUT_38_DIR, HELD_OUT_39_DIR, HELD_OUT_40_DIR, HELD_OUT_41_DIR, HELD_OUT_42_DIR, HELD_OUT_43_DIR, HELD_OUT_44_DIR, HELD_OUT_DIR, readBlindCorpus, writeBlindCorpus } from "./blind-pii-corpus/read-corpus.js";
import { runDatasetCli } from "./dataset-cli.js";

/**
 * The blind audit (issue 13): a corpus written by hand without reading the detectors
 * (test/finetune/support/blind-pii-corpus/README.md), run end to end through `kurabe dataset build`.
 * Recall per kind: a planted value is masked only if no output file holds it. Precision on look-alikes: a look-alike
 * is kept only if some output file holds it as written.
 *
 * The corpus and the sets are measured by the files test/finetune/pii/blind-recall-*.test.ts, each a group of sets
 * named in its file name, so that they run side by side (in one file they took a worker for two minutes, the suite's
 * last). Run them all with `npx vitest run test/finetune/pii/blind-recall`.
 */

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A value starting or ending with a letter or digit counts only as a whole token: PIN 0909 inside 20909 is no leak. */
const tokenPattern = (value: string, flags = "u"): RegExp => {
  const edge = (char: string | undefined) => (char !== undefined && /[A-Za-z0-9]/.test(char) ? "[A-Za-z0-9]" : "(?!)");
  return new RegExp(`(?<!${edge(value[0])})${escapeRegex(value)}(?!${edge(value.at(-1))})`, flags);
};
/** The forms a value can take in an output: as written, and with a line break inside it folded away. */
const forms = (value: string): string[] => [...new Set([value, value.replace(/\s*\n\s*/g, " "), value.replace(/\s*\n\s*/g, "")])];
const occursIn = (text: string, value: string) => forms(value).some((form) => tokenPattern(form).test(text));
const countIn = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The outputs' texts are searched as one string, each value's patterns compiled once (searched text by text, the measure
 * took three times the build). Between two texts stands a character no value holds and no pattern here reads across.
 */
const TEXT_BREAK = "\u0001";
const asOneText = (texts: readonly string[]): string => {
  expect(texts.some((text) => text.includes(TEXT_BREAK))).toBe(false);
  return texts.join(TEXT_BREAK);
};

/** Every text of an output, as a reader of it sees it: each JSONL line's strings decoded; report.md as it is. */
const textsOf = (name: string, content: string): string[] => {
  if (!name.endsWith(".jsonl")) return [content];
  const strings = (value: unknown): string[] =>
    typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];
  return content.split("\n").filter(Boolean).flatMap((line) => strings(JSON.parse(line)));
};

/**
 * Left beside a mask without naming anyone: punctuation, 〒, 様, a prefecture, and a chat template's tokens after a field
 * that ends its message (`[EMAIL]<|eot_id|><|start_header_id|>assistant<|end_header_id|>` in the Llama 3 text files,
 * whose letters all occur in a long e-mail address).
 */
const NOT_IDENTIFYING = /<\|start_header_id\|>[a-z]+<\|end_header_id\|>|<\|[a-z_]+\|>|\[[A-Z_]+\]|[\s\p{P}\p{S}〒様]|東京都|北海道|京都府|大阪府|\p{Script=Han}{2,3}県/gu;

/**
 * A title or a lone initial beside a masked name names no one (`Mr. [PERSON]`, `G. [PERSON]`), even inside its marker;
 * nor does an honorific after it, in romaji or in kana and kanji (`[PERSON]-san`, `[PERSON]さん`, `[PERSON] 様`: the
 * rules mask the name, not its honorific, and a writer may mark 東海林 様 whole), nor the "and" that joins two titles or
 * two names (`Mr. and Mrs. [PERSON]`, `[PERSON] and [PERSON]`).
 */
const TITLE_OR_INITIAL = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|[A-Z])\.?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])and(?![\p{L}\p{N}])|-(?:san|sama|kun|chan|sensei)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:様|さま|さん|氏|殿|ちゃん|くん)(?![\p{L}\p{N}])/gu;
const isTitleOrInitial = (word: string) => word.replace(TITLE_OR_INITIAL, "") === "";

/**
 * What is left of a value masked only in part ([PERSON] 舞, [ADDRESS]ズ C棟 1203, SG.Lq2X….[API_KEY]). Of an address,
 * only what holds a digit (a block, a room, a postal code): a city or state left beside the mask ([ADDRESS],
 * Springfield, OR) names no one — the detectors leave 東京都千代田区 alone too.
 */
const identifyingResidue = (entry: CorpusValue, between: string): boolean => {
  const residue = (entry.kind.startsWith("name") ? between.replace(TITLE_OR_INITIAL, "") : between).replace(NOT_IDENTIFYING, "");
  if (residue === "" || ![...residue].every((char) => entry.value.includes(char))) return false;
  return entry.kind !== "address" || /\d/.test(residue);
};

/**
 * Finds the value's place in an output by the text around it (or the edge of its field: a CSV cell, an HTML element)
 * and says whether part of it is still there. A place the pipeline rewrote (a mask reaching into the context) is not
 * found, and the value is judged by whether it is found whole. A field's end is a line's end or a Markdown table's cell
 * divider (an HTML table's cell becomes one): read to the line's end, another row's cell after a mask (さん [PHONE] |
 * ¥400,000 |) was taken for part of the value.
 */
const leftInPart = (text: string, entry: CorpusValue): boolean => {
  const side = (context: string, edge: boolean, start: boolean) =>
    context.trim().length >= 2 ? escapeRegex(context) : edge ? (start ? "(?:^|\\n|\\u0001)" : "(?=$|\\n|\\u0001|[ \\t]*\\|)") : undefined;
  const [left, right] = [side(entry.before, entry.fieldStart, true), side(entry.after, entry.fieldEnd, false)];
  const anchored = entry.before.trim().length >= 2 || entry.after.trim().length >= 2;
  if (left === undefined || right === undefined || !anchored) return false;
  const between = entry.fieldStart || entry.fieldEnd ? "[^\\n\\u0001]" : "[^\\u0001]";
  const around = new RegExp(`${left}(${between}{0,${entry.value.length + 40}}?)${right}`, "gu");
  return [...text.matchAll(around)].some(([, found = ""]) => /\[[A-Z_]+\]/.test(found) && identifyingResidue(entry, found));
};

/**
 * A name masked only in part where nothing around it anchors leftInPart (阿部 [PERSON] 様 after a line break or a
 * look-alike): a word of the planted name standing right beside a mask, on either side, is a leak of that name.
 */
const partBesideMask = (text: string, entry: CorpusValue): boolean => {
  if (!entry.kind.startsWith("name")) return false;
  // A part of no letter or digit (the & of Mr. & Mrs.) names no one.
  const parts = entry.value.split(/[\s・]+/u).filter((part) => /[\p{L}\p{N}]/u.test(part) && !isTitleOrInitial(part));
  if (parts.length < 2) return false;
  const mask = "\\[[A-Z_]+\\]";
  return parts.some((part) => {
    const word = escapeRegex(part);
    const beside = new RegExp(`(?<![\\p{L}\\p{N}])${word}[ 　・]?${mask}|${mask}[ 　・]?${word}(?![\\p{L}\\p{N}])`, "u");
    return beside.test(text);
  });
};

/** A value as a reader of the outputs sees it: an HTML file's character references decoded (C&amp;G is read as C&G). */
const asRead = (entry: CorpusValue) => (entry.file.endsWith(".html") ? parse(entry.value).text : entry.value);

/** Look-alikes cut out (longest first): 吉田 inside the look-alike 吉田ハム is no leak of the planted 吉田. */
const withoutLookAlikes = (lookAlikes: readonly CorpusValue[]) => {
  const values = [...new Set(lookAlikes.map((entry) => entry.value))].sort((a, b) => b.length - a.length);
  return (content: string) => values.reduce((text, value) => text.replace(tokenPattern(value, "gu"), "\u0000"), content);
};

interface KindFigure {
  kind: string;
  total: number;
  hit: number;
  rate: number;
  misses: string[];
}

function byKind(entries: readonly CorpusValue[], hit: (entry: CorpusValue) => boolean): KindFigure[] {
  const kinds = [...new Set(entries.map((entry) => entry.kind))].sort();
  return kinds.map((kind) => {
    const ofKind = entries.filter((entry) => entry.kind === kind);
    const misses = ofKind.filter((entry) => !hit(entry)).map((entry) => `${entry.value.replace(/\n/g, "⏎")} (${entry.file})`);
    return { kind, total: ofKind.length, hit: ofKind.length - misses.length, rate: (ofKind.length - misses.length) / ofKind.length, misses };
  });
}

const table = (title: string, figures: readonly KindFigure[]) =>
  [
    `${title}`,
    ...figures.map((figure) => `  ${figure.kind.padEnd(12)} ${String(figure.hit).padStart(4)} / ${String(figure.total).padEnd(4)} ${(figure.rate * 100).toFixed(1).padStart(6)} %`),
    ...figures.filter((figure) => figure.misses.length).map((figure) => `  missed ${figure.kind}: ${figure.misses.join(" · ")}`),
  ].join("\n");

interface Measured {
  outputs: Record<string, string>;
  recall: KindFigure[];
  precision: KindFigure[];
}

/**
 * Builds a corpus with `kurabe dataset build` and measures it. No held-out slices, long chunks and no near-duplicate
 * dropped (a set's rows written in one layout are alike once masked): every record reaches the training files, so a
 * value missing there was masked.
 */
async function buildAndMeasure(corpus: BlindCorpus, title: string): Promise<Measured> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-blind-pii-"));
  try {
    writeBlindCorpus(corpus, dir);
    const inquiries = [...corpus.files.keys()].filter((file) => /\.(csv|jsonl)$/.test(file)).flatMap((file) => ["--inquiries", file]);
    const result = await runDatasetCli(
      ["dataset", "build", "--docs", "docs", ...inquiries, "--out", "out", "--eval-ratio", "0", "--unanswerable-ratio", "0", "--chunk-chars", "3000", "--max-tokens", "8192", "--near-dup-threshold", "1"],
      dir,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = path.join(dir, "out");
    const outputs = Object.fromEntries(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), "utf8")]));
    const text = asOneText(Object.entries(outputs).flatMap(([name, content]) => textsOf(name, content)));
    const outside = withoutLookAlikes(corpus.lookAlikes)(text);
    const recall = byKind(corpus.planted, (entry) => !occursIn(outside, entry.value) && !leftInPart(text, entry) && !partBesideMask(outside, entry));
    const precision = byKind(corpus.lookAlikes, (entry) => text.includes(asRead(entry)));
    const all = (figures: readonly KindFigure[]) => `${figures.reduce((sum, figure) => sum + figure.hit, 0)} / ${figures.reduce((sum, figure) => sum + figure.total, 0)}`;
    console.log(`${title}\n${table(`recall (planted values masked): ${all(recall)}`, recall)}\n${table(`precision (look-alikes kept): ${all(precision)}`, precision)}`);
    return { outputs, recall, precision };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Planted values written again outside their places (a PIN that is also a look-alike's digits) would make a leak out
 * of nothing: each must occur in the inputs exactly as often as the planted values hold it, and never in the report's
 * fixed wording (its list of what is masked gives examples: 社員番号 A12345).
 */
function misplacedValues(corpus: BlindCorpus): string[] {
  const cut = withoutLookAlikes(corpus.lookAlikes);
  const decode = (content: Buffer) => {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(content);
    } catch {
      return new TextDecoder("shift_jis").decode(content);
    }
  };
  const inputs = [...corpus.files.entries()].map(([file, content]) => cut(file.endsWith(".jsonl") ? decode(content).replace(/\\n/g, "\n") : decode(content)));
  const values = [...new Set(corpus.planted.map((entry) => entry.value))];
  const wording = JSON.stringify([BUILTIN_PII_KINDS, NOT_MASKED]);
  return values.filter((value) => {
    const pattern = tokenPattern(value, "gu");
    const written = inputs.reduce((sum, content) => sum + countIn(content, pattern), 0);
    const planted = corpus.planted.reduce((sum, entry) => sum + countIn(entry.value, pattern), 0);
    return written !== planted || occursIn(wording, value);
  });
}

/**
 * Every record kept, but for one whose masked text is another's very text (two rows of one layout, every value of both
 * masked): the row kept holds whatever the dropped one could leak, so the measure reads it there.
 */
const nothingDropped = (outputs: Record<string, string>) => {
  const { counts } = (JSON.parse(outputs["report.jsonl"]!.split("\n")[0]!) as { summary: { counts: { examplesIn: number; kept: number; dropped: Record<string, number>; truncated: number } } }).summary;
  const { "exact-duplicate": sameText = 0, ...otherwise } = counts.dropped;
  expect(otherwise).toEqual({});
  expect(counts.kept + sameText).toBe(counts.examplesIn);
  expect(counts.truncated).toBe(0);
};

const KINDS = ["name", "name-bare", "address", "secret", "id", "card", "mynumber", "email", "phone", "apikey", "ip"];
// Issue 13's targets. Out of reach, and excluded from the recall kinds only because the report says so: an English
// given name with no cue at all (name-bare: "Priya from billing says …").
const EXCLUDED_KINDS: Record<string, RegExp> = { "name-bare": /English given names alone with no cue at all/ };
const shortKinds = (recall: readonly KindFigure[], target: number) =>
  recall.filter((figure) => !(figure.kind in EXCLUDED_KINDS) && figure.rate < target).map((figure) => `${figure.kind} ${figure.hit}/${figure.total}: ${figure.misses.join(" · ")}`);
const keptShare = (measured: Measured) => measured.precision.reduce((sum, figure) => sum + figure.hit, 0) / measured.precision.reduce((sum, figure) => sum + figure.total, 0);

/** The main corpus: every kind of issue 13 at its targets. */
export function mainCorpus(): void {
  describe("the blind PII corpus through kurabe dataset build", () => {
    const corpus = readBlindCorpus();
    let measured: Measured;
    beforeAll(async () => {
      measured = await buildAndMeasure(corpus, "blind corpus");
    }, 600_000);

    it("is a corpus of at least 400 planted values over every kind and 200 look-alikes, each written where it is recorded", () => {
      expect(corpus.planted.length).toBeGreaterThanOrEqual(400);
      expect(corpus.lookAlikes.length).toBeGreaterThanOrEqual(200);
      expect(new Set(corpus.planted.map((entry) => entry.kind))).toEqual(new Set(KINDS));
      expect(misplacedValues(corpus)).toEqual([]);
    });

    it("reaches the training files with every record: nothing held out, dropped (but a masked copy of another) or cut", () => nothingDropped(measured.outputs));

    it("states in the report's list of what is not masked every kind it leaves out of the targets", () => {
      for (const statement of Object.values(EXCLUDED_KINDS)) expect(NOT_MASKED.some((line) => statement.test(line))).toBe(true);
    });

    it("masks at least 99 % of every kind and keeps at least 97 % of the look-alikes", () => {
      expect(shortKinds(measured.recall, 0.99)).toEqual([]);
      expect(keptShare(measured), measured.precision.flatMap((figure) => figure.misses).join(" · ")).toBeGreaterThanOrEqual(0.97);
    });
  });
}

/**
 * A held-out set's floor: the share of its planted values masked, and of its look-alikes kept (97 %, the target, unless
 * the set was first measured below it).
 */
const maskedAtLeast = (share: number, kept = 0.97) => (measured: Measured) => {
  const masked = measured.recall.reduce((sum, figure) => sum + figure.hit, 0);
  expect(masked / measured.recall.reduce((sum, figure) => sum + figure.total, 0)).toBeGreaterThanOrEqual(share);
  expect(keptShare(measured)).toBeGreaterThanOrEqual(kept);
};

/** A held-out set: written where it is recorded, reaching the training files whole, and holding `holds`. */
function heldOutSet(title: string, dir: string, minimum: number, holds: [name: string, check: (measured: Measured) => void]): void {
  describe(title, () => {
    const corpus = readBlindCorpus(dir);
    let measured: Measured;
    beforeAll(async () => {
      measured = await buildAndMeasure(corpus, title);
    }, 600_000);

    it("is written where it is recorded, and reaches the training files whole", () => {
      expect(corpus.planted.length).toBeGreaterThanOrEqual(minimum);
      expect(misplacedValues(corpus)).toEqual([]);
      nothingDropped(measured.outputs);
    });

    it(holds[0], () => holds[1](measured));
  });
}

// Measured when it was written, before anything was changed for it: 64 of 80 planted values masked (80 %), 44 of 45
// look-alikes kept (see the corpus README). Its misses were then fixed by general rules, so it holds the targets now
// and is no longer a held-out set: held-out-2 is.
export function firstHeldOutSet(): void {
  heldOutSet("the first held-out set, written after the fixes to the main corpus", HELD_OUT_DIR, 80, [
    "masks at least 99 % of every kind and keeps at least 97 % of the look-alikes",
    (measured) => {
      expect(shortKinds(measured.recall, 0.99)).toEqual([]);
      expect(keptShare(measured)).toBeGreaterThanOrEqual(0.97);
    },
  ]);
}

/** A held-out set measured once and floored since: its floor is what it masks and keeps now. */
export interface HeldOutSetRow {
  readonly title: string;
  readonly dir: string;
  /** Planted values it holds at least: a set that lost some would measure less. */
  readonly planted: number;
  /** Its floor: planted values masked, of all. */
  readonly masked: readonly [number, number];
  /** Look-alikes kept, of all; without it, the target (97 %). */
  readonly kept?: readonly [number, number];
}

// Each set's history, in its comment: measured when it was written or kept aside, then raised by rules by class.
// The eighth, twelfth, sixteenth and twenty-third sets' totals moved on 2026-12-06 when their contract numbers were
// marked as the corpus README's Decisions say (a person's is an id, a firm's neutral), not by any rule.
export const HELD_OUT_SETS: readonly HeldOutSetRow[] = [
  // Measured when it was written, before anything was changed for it: 37 of 47 planted values masked (79 %), 34 of 34
  // look-alikes kept — as the first held-out set's 80 %: on texts the rules were not made for, about one personal value
  // in five leaked. Fixed since by general rules to 44 of 47, and to 46 by the rule for a surname alone that IPADIC reads
  // first as a surname (岩田 in another row); left is an English name with no cue before "could not reach", in the
  // report's "Not masked" list. Then to 47 of 47: that name's given name (Priyanka) joined the lists with the first names
  // of Africa, South Asia and the Himalaya.
  { title: "the second held-out set, written after the fixes to the first", dir: HELD_OUT_2_DIR, planted: 45, masked: [47, 47] },
  // Measured when it was written, before anything was changed for it: 19 of 28 planted values masked (68 %), 18 of 18
  // look-alikes kept. Fixed since by general rules (after the fourth set was written and measured) to 28 of 28.
  { title: "the third held-out set, written after the fixes to the second", dir: HELD_OUT_3_DIR, planted: 28, masked: [28, 28] },
  // Measured when it was written, before any fix for it or the third: 41 of 51 planted values masked (80 %), 37 of 37
  // look-alikes kept. Fixed since by general rules to 51 of 51: a fifth set, written after this, is the next honest measure.
  { title: "the fourth held-out set, written before any fix for the third", dir: HELD_OUT_4_DIR, planted: 40, masked: [51, 51] },
  // Measured when it was written, before any fix for it: 106 of 157 planted values masked (68 %), 111 of 111 look-alikes
  // kept (see the corpus README for every miss); 103 of 157 once a name's word left beside its mask counts as a leak
  // (partBesideMask: 西村 彩 → [PERSON] 彩). Fixed since by general rules for spoken and written contact data, IDs and
  // secrets (numbers read out in groups, a caller's answer to the question before, fillers) to 116 of 157; rules by class
  // written before it was read (surnames IPADIC reads first as surnames, roles, IDs and secrets by their form, keys by
  // their shape) and general rules for the names it showed (key–value rows, katakana names by the dictionary's readings,
  // dated notes, departments, speakers) to 151 of 157, look-alikes 111 of 111; 152 with the ninth set's name rules; 154
  // with the English person tagger (compromise); 155 with a mail address read back piece by piece (はなこ、エヌ、ドット、…);
  // 157 with a name spelled out letter by letter where its spelling was asked (エヌ、ジー、ユー、…).
  { title: "the fifth held-out set, written before any fix for it", dir: HELD_OUT_5_DIR, planted: 150, masked: [157, 157] },
  // Written blind before this session's fixes and kept aside while they were made, so that it measures them once, at the
  // end. First run, with the detectors at 89865af: 215 of 256 planted values masked (84 %), 153 of 155 look-alikes kept
  // (see the corpus README). Measured once at the end, with this session's fixes: 227 of 256 (89 %), 154 of 155 kept. Its
  // name and address misses then fixed by rules by class (mentions, lists holding a found name, sign-offs, kinship words,
  // a found full name's surname alone, romaji towns in two words; company and team words, dependent nouns): 243 of 256,
  // 155 of 155 kept. Its ID and secret misses then fixed by rules by class too (a label's form, a login before a host, a
  // URL's password with no user, a lock's code, a password between commas): 253 of 256, 155 of 155 kept; floored there.
  // What is left is English given names with no cue; 254 of 256 with the English person tagger, then to 256 (masking's
  // second look: a name opening a chat message once its speaker's name is masked, [PERSON]: Daniel will …).
  { title: "the sixth held-out set, written before this session's fixes and kept aside", dir: HELD_OUT_6_DIR, planted: 256, masked: [256, 256] },
  // Written blind after the sixth set's last measure and kept aside, so that it measures the next round once, at its end.
  // First run, with the detectors at 4973a0a: 255 of 322 planted values masked (79 %), 181 of 185 look-alikes kept (see
  // the corpus README for every miss). Measured once more at the end of the round that fixed the sixth set (detectors at
  // dbce5a4): 265 of 322 (82 %), the same 181 of 185 kept. Then a development set: its ID, number and secret misses fixed
  // by rules by class (an ID column's heading, a policy's number, an insurance card's 記号・番号, a sort code, a user's
  // folder, a list's next ID, My Numbers where they are the subject, a card's cue on the line before, UK national phone
  // numbers, a lock's unlocking code, one-time codes, 5×5 product keys; a PIN's cue kept to its sentence, identifier keys,
  // Stripe object ids and a CIDR block's network left alone): 288 of 322, 185 of 185 kept. Then its name and address
  // misses (half-width katakana, given names beside a masked surname, ・ names, name columns and headings, trailers,
  // a building's bare room, Vietnamese addresses): 318 of 322 (only the four bare names), 185 of 185; 320 of 322 with the
  // file-level name pass (two bare names found elsewhere in their file); floored there. Then to 321 (a lone given name
  // after a tradesperson's word: technician Liam). Its look-alikes at 183 of 185 once number plates were masked, the two
  // lost its carrier's own vans; 185 of 185 with a fleet's plate read by its count or its class (うち1台は, 軽 in a 配車 log).
  { title: "the seventh held-out set, written after the sixth and kept aside", dir: HELD_OUT_7_DIR, planted: 322, masked: [321, 322], kept: [185, 185] },
  // Written blind after the seventh set and kept aside for the next round. Measured once, with the detectors at e50234f:
  // 213 of 293 planted values masked (73 %), 148 of 157 look-alikes kept (94 %, under the target: dates of birth, order
  // numbers and firm names holding a planted surname masked); see the corpus README for every miss. Floored there.
  // Its three dates of birth since made neutral (the build masks them by design) and titles beside a masked name no
  // longer counted as leaks: 222 of 293, 148 of 154 at a61b961. Then a development set: its name and address misses
  // fixed by rules by class (by-labels and a signature's bar, a Latin full name's parts where they recur but not in a
  // firm named after them, Latin names in Japanese sentences, parents named by their children, a chat's display names,
  // katakana names by a writer's label or a title, addresses in Oslo and Taipei, a building's room before a romaji
  // address, 番地の5): 262 of 293, 151 of 154 kept. Then its ID, secret and contact misses (passports and residence cards
  // by their cue's forms, a bank account after its bank, logins after ログインは or user and at a dot-less tenant, a key–value
  // row's ID, number plates, a card's mistyped copy, phones second in a list, IPv6 after a full-width colon, quoted PINs and
  // passwords, login / password pairs; 確認番号, 承認番号 and a matter's number kept) and a measure's fault (a chat
  // template's tokens read as a residue): 282 of 293, 153 of 154 kept. Then the names' second step (contact lines,
  // signatures, repeats written surname first): 290 of 293, 153 of 154 kept. Then a name corrected in capitals and a
  // kanji given name where it recurs: 293 of 293, 153 of 154 kept; floored there.
  { title: "the eighth held-out set, kept aside", dir: HELD_OUT_8_DIR, planted: 294, masked: [294, 294], kept: [153, 153] },
  // Written blind after the eighth set and kept aside for the next round. Measured once, with main at 640b36a: 267 of
  // 318 planted values masked (84 %), 220 of 223 look-alikes kept (99 %); see the corpus README for every miss. Then a
  // development set: its address misses fixed by rules by class (d650bda): 274 of 318, 220 of 223 kept. Then its ID,
  // secret and name misses (see the corpus README): 308 of 318, 223 of 223 kept; floored there. Left: a name found in
  // one CSV row and unmasked in another, two names with no cue, three bare given names. Then the English person tagger
  // and the file-level name pass: 316 of 318; floored there. Then to 318 (a listed given name joined by "and" to a found
  // name, and its family name: [Marcus Feldmann] and Aiko Thornton).
  // Its resident's tax-certificate application number made `id` on 2026-12-08 (the Decision on applications to a
  // public office).
  { title: "the ninth held-out set, a development set since its measure", dir: HELD_OUT_9_DIR, planted: 319, masked: [318, 319], kept: [222, 222] },
  // Written blind after the ninth set and kept aside through the round that fixed the ninth's misses, then measured
  // once, at its end, with main at 2455f6e: 282 of 331 planted values masked (85 %), 166 of 171 look-alikes kept (97 %);
  // see the corpus README for every miss. Then a development set: its misses fixed by rules by class (codes named by
  // what they open, account tables' logins, credential files, a one-kanji surname, hiragana given names by reading, a
  // file-level name pass, addresses across a line break) and the English person tagger: 323 of 331, 171 of 171 kept.
  // Masking 331 of 331 by later rounds' rules by class; floored there (2026-12-06).
  { title: "the tenth held-out set, a development set since its measure", dir: HELD_OUT_10_DIR, planted: 331, masked: [331, 331], kept: [171, 171] },
  // Written blind after the tenth set and kept aside through the round that fixed the tenth's misses, then measured once,
  // at its end, with main at 8d04043: 361 of 405 planted values masked (89 %), 237 of 249 look-alikes kept (95 %, under
  // the target: order numbers and firms holding a planted surname masked); see the corpus README for every miss. Floored
  // there; a development set since. Masking 404 of 405 by later rounds' rules by class; floored there (2026-12-06).
  // 405 of 405 with round 39r (latin-names-round39r: a given name closing a bracketed note after 、).
  { title: "the eleventh held-out set, a development set since its measure", dir: HELD_OUT_11_DIR, planted: 405, masked: [405, 405], kept: [249, 249] },
  // Written blind (no detector source or rule test read, no figure of it seen) and kept aside through the round that fixed
  // the eleventh set's misses, then measured once, at its end, with main at 96f843c: 404 of 451 planted values masked
  // (90 %), 248 of 253 look-alikes kept (98 %); see the corpus README for every miss. Floored there; a development set since.
  // Then its address and name misses (b061eac) and its ID, secret and key misses (e30df97, then its ID columns in a diff,
  // a foreign name in katakana before an ID in brackets, a pass phrase column) fixed by class: 438 of 451,
  // 250 of 253 kept; then its remaining name misses and two look-alikes (a title ending in 長, a firm's -ics word) by
  // class: 446 of 451, 252 of 253 kept; then its last ID and secret misses (a code right after a found person, a PIN given
  // bare a turn or two after it is named) and its look-alike 契約番号 between firms, by class: 448 of 451, 253 of 253
  // kept; then a hiragana surname addressed (みずのさんへ), a full name after an event's list label (Attendee …) and a
  // possessive the person tagger reads (…'s export) by class: 451 of 451, 253 of 253 kept; floored there.
  { title: "the twelfth held-out set, a development set since its measure", dir: HELD_OUT_12_DIR, planted: 451, masked: [451, 451], kept: [252, 252] },
  // Written blind (no detector source or rule test read, no figure of any set seen), its markers fixed by someone who
  // writes no rule, and kept aside through the round that fixed the twelfth set's rest, then measured once, at its end,
  // with main at 01d493a: 445 of 528 planted values masked (84 %), 249 of 254 look-alikes kept (98 %); see the corpus
  // README for every miss. Floored there; a development set since: raised to 485 of 528 (main at 9e96c59, after its
  // misses' classes: a chat turn's speaker code, an export's display_name, a card's or register's number, the rest's);
  // then to 489 of 528 (its four addresses: a hiragana building name, a town and block with no city before a 号室, a
  // hotel's room before a romaji address); then to 491 of 528 (main at 02672fb: a passport's or a 住民票コード's number
  // later in the sentence naming it); then to 509 of 528 (main at b86f5ab with its names' classes: a chat speaker's
  // surname after their role, a Vietnamese name in katakana, a one-kanji surname after a staff member's job or signing a
  // message); then to 513 of 528 (a full name in a chat export's profile field, "real_name"); then to 515 of 528, 252 of
  // 254 kept (a login as an audit line's actor, a dog's licence tag; a permit's, a trip's and an importer's code no person's);
  // then to 525 of 528, 254 of 254 kept (names: a katakana surname before と名乗る, a full name before （ユーザーID, a surname
  // before トレーナー, a spaced name's unspaced writing, a column headed by a word in 者, a Latin name after a Japanese job or
  // before its e-mail, a family name first; a firm named after partners: Advisory, 葉山・シュミット法律事務所); then to 527 of
  // 528 (a kanji surname after a Latin job's abbreviation, a Latin full name an e-mail address of the text spells).
  { title: "the thirteenth held-out set, a development set since its measure", dir: HELD_OUT_13_DIR, planted: 528, masked: [527, 528], kept: [254, 254] },
  // Written blind (no detector source or rule test read, no figure of any set seen) and kept aside through the round that
  // fixed the thirteenth set's rest, then measured once, at its end, with main at 9dddca0: 456 of 546 planted values masked
  // (84 %), 276 of 279 look-alikes kept (99 %); see the corpus README for every miss. Floored there; a development set since.
  // Then to 469 (a log entry's handler in brackets closing it: （対応：桐生）, （対応：Cruz）); to 477 (a building named in
  // half-width katakana, a 寮 or 団地 and its room after its wing or block); then to 481 (a full name's reading in
  // half-width katakana in brackets after it: 柳田 ハル（ﾔﾅｷﾞﾀ ﾊﾙ）, Diego Costa（ﾃﾞｨｴｺﾞ ｺｽﾀ））; to 485 (a lock alone
  // before a #-code, a box and a clause on where it is before its number, a PSK, a password before a full-width aside); to 486 (a town
  // with no city and its block read out with の after 住所: 下荻野 の 1182 の 3); to 487 (a time deposit's account: 定期
  // 2291034); then to 489 (a surname with 高 or 崎 in its old form: 髙橋). Look-alikes kept to 278 (a police case's and a
  // request's number: 事案番号, 依頼番号). Masked then to 492 (a number read out in words and read back in figures; a phone
  // number read out partly in katakana, partly in hiragana); then to 494 (a product key and a My Number wrapped at a
  // group's hyphen onto the next line, the My Number labelled at the end of the line before); then to 495 (a number in a
  // table's column of cards' numbers, whatever its check digit); then to 506 (a quoted display name, a full name after
  // "it's", Singaporean and Vietnamese names, "Family, Given" in a field or after a found family name, the name on a card,
  // a ZIP code after its word); then to 508 (a code of a found ID's shape and letters later in its paragraph: a second
  // passport, a corrected one); then to 510 (a code issued to a person after its word: member code is …; a citizen ID or
  // a personal number, it is …); then to 511 (an OpenSSH client config's User under its Host, whatever the login's form);
  // then to 514 (a checklist's row naming a system a person logs in to or a card issued to a person, then its login or
  // number); then to 516 (a code named, then keyed or changed a sentence later: I tried …, it's now #…*); then to 533 (a
  // name spread from another section or row takes the given name beside it there, a surname the dictionary lacks before
  // an honorific, a comment's author, a chat speaker 王 俊傑, a name after 漢字表記 or カナ, a name joined by ・ after a
  // role, a Latin name before 先生 or くん, after 娘 or before に頼んで, a caller's name before と名乗る); then to 540 (a
  // record's name in the field after the person's ID, a given name of hiragana and 子, a third word after a name's label,
  // a child's kanji name before の母, a one-kanji surname and a hyphened given name recurring alone); then to 542 (a
  // block read out with pauses after の and a katakana building's room after it; three numbers, a town and a city in romaji),
  // 279 of 279 look-alikes kept (a surname before a crossing is the place: 妻田の交差点); then to 545 (a hiragana full name
  // before です, a message signed with the writer's role in brackets); then to 546 (a listed given name joined by "and" to a
  // found one: [Connor] and Maeve).
  { title: "the fourteenth held-out set, a development set since its measure", dir: HELD_OUT_14_DIR, planted: 546, masked: [546, 546], kept: [279, 279] },
  // Written blind (no detector source or rule test read, no figure of any set seen) and kept aside through the round that
  // fixed the fourteenth set's rest, then measured once, at its end, with main at 079051d: 438 of 521 planted values
  // masked (84 %), 259 of 264 look-alikes kept (98 %); see the corpus README for every miss. Floored there; a development
  // set since; then to 446 (a code of the same series as a person's code found in the text: BK-…, S24-…); then to 450 (a
  // Latin name written family name, comma, given name in a Japanese sentence or a mail header); then to 452 (a kanji
  // surname between a staff role and a title, a listed surname straight before 支配人 or 事務長); then to 459 (a login and
  // its password as a pair after 管理者 or in brackets after ログイン; a wireless network's key after its SSID or network's word);
  // then to 462 (a phone number broken after a hyphen over a line, the next indented); then to 465 (the parts of a Latin
  // name found written family name, comma, given name, where they recur); then to 475 (a surname before 支配人 whatever
  // follows, one between a role and a title that is a place's word too, names joined by ・, a one-kana Korean family
  // name's reading, a name after a short rank); then to 487 (a code beside a found person: before the name, or a short one
  // in brackets after it; a short code after a person's number label; an ID after カード ID; a code read out digit by
  // digit after its word, a pass phrase's word, a PIN's default after a reset, a dial's combination); then to 491 (a
  // login made of a found person's name or a shared account's of hyphened words after login; a My Number on a quoted
  // mail's line, or wrapped at a space onto one); then to 498 (a Japanese block wrapped after a hyphen, a block read
  // out with pauses; Indian and Philippine addresses read back from their city and code; a Canadian postal code after
  // its province; names that are a desk's, a firm's or a card's left), 263 of 264 look-alikes kept (a refund's, an
  // appraisal's or a kept key's number is the thing's; a password stops before a Japanese aside in brackets holding a
  // date); then to 517 (Chinese and Korean names in kanji after a one-character family name; a staff sign-off; romaji
  // names after a staff word and their surnames in other rows; a Latin name before a Japanese post; Vietnamese family
  // names alone and recurring; Latin names family first with a comma at a line's end); then to 521 (a Vietnamese name given
  // names first before です, a kin's Latin name of three words, a katakana surname before という男性, a lone name at a
  // bullet's start before "left"); 264 of 264 look-alikes kept (an HTML page titled by its <title>, which was read
  // nowhere when an <h1> differed).
  { title: "the fifteenth held-out set, a development set since its measure", dir: HELD_OUT_15_DIR, planted: 521, masked: [521, 521], kept: [264, 264] },
  // Written blind (no detector source or rule test read, no figure of any set seen) and kept aside through the round that
  // fixed the fifteenth set's rest, then measured once, at its end, with main at f7f7fc1: 455 of 517 planted values
  // masked (88 %), 243 of 250 look-alikes kept (97 %); see the corpus README for every miss. Floored there, then to 473
  // (a note headed by its writer's surname, a chat line's speaker in brackets, a spaced full name after a licensed
  // profession or an appointed role and its unlisted surname alone, a one-kanji surname recurring as a list's item); then
  // to 485 (a Slack webhook URL whole, Login with Amazon's client ID and token by their prefixes; a person's ID after
  // 出品者ID or 会員登録ID, a messenger's handle after LINE ID or WeChat, a code whose letters name a customer, a Japan Post
  // Bank pair after the bank's name, 宛名番号, a residence card's shape after "her card is", an ID card's number); then to
  // 492 (an example of a person's number with whose it is before it, 後期高齢者医療's number, a licence's 第…号 after the
  // qualification's name, a list of found names and numbers under a person's ID label); then to 501 (a given name before
  // a semicolon, a noun-like given name filling a table's cell, a kana name's surname in kanji in brackets, a listed
  // katakana given name before an honorific, a couple by titles, a crew's katakana job, a listed Latin family name that is
  // a word too in a Japanese sentence, two Latin names joined by と); then to 509 (a key–value row keyed by a password's
  // word, a password with an @ inside after 〇〇パス, a default administrator's password after a slash, a login and
  // password after admin, an SSID and key after Wi-Fi, a padlock's or a keypad's code with no code's word, a device's
  // passcode said to be now); then to 511 (a grid address of 条 and chome and a room of a floor and a letter; a phone
  // number broken by an escaped line break), 248 of 250 look-alikes kept (a chome alone after a town is no address; a
  // firmware cell's version; a consignor's and a work site's codes; a firm named Management after a found surname); then to
  // 512 (-san left beside a masked given name is an honorific, as the rules and their tests leave it: [PERSON]-san); then
  // to 513 (the "and" of Mr. and Mrs. beside a mask, as in [PERSON] and [PERSON], names no one); then to 514 (a romaji
  // name after manager, supervisor or foreman, its given name read and its surname unlisted: site manager Tatsuya Isurugi);
  // then to 515 (a code given as someone's ID in the HR or payroll system).
  { title: "the sixteenth held-out set, a development set since its measure", dir: HELD_OUT_16_DIR, planted: 516, masked: [516, 516], kept: [248, 248] },
  // Written blind (no detector source or rule test read, no figure of any set seen) and kept aside through the round that
  // fixed the sixteenth set's rest, then measured once, at its end, with main at 5c36a28: 457 of 535 planted values
  // masked (85 %), 320 of 326 look-alikes kept (98 %); see the corpus README for every miss. Floored there, then to 471
  // (a spaced full name as a list's item beside a found name, another of a found person's family by its surname, an
  // unlisted surname before a one-kanji given name and an honorific, a name after 司書 or a katakana post); then to 477
  // (a block wrapped after its chome, a romaji address with -son, a city named in hiragana alone, Dublin's district before
  // an Eircode), 326 of 326 look-alikes kept (a shop's 本舗 after a surname, an aside opened after a password, a library
  // item's and a competition's number, a code's spaced tail, names after a venue's label); then to 500 (numbers in
  // groups of a found patron's series, a card issued anew, handles and gamer tags on a network or after IGN, logins after
  // a field's word or a machine's, 第 … 号 of a certificate or a handbook, a plate under a vehicle's heading, a US
  // passport and 社会保障番号, a member's code after 会員, a key box's code a sentence on and a locker's combination, a My
  // Number with マイナンバー earlier in its paragraph, a card read out before 期限); then to 533 (a Latin name family
  // first with a comma in a code's or a column's field, a Latin name beside a found one by ・, 、 or and, a nickname in
  // brackets inside a name, kana names after a post, a spouse's word, a name's label or 本名, before です, だけど, an
  // honorific or a staff act, beside a found name; a kana surname with a kanji given name); then to 534 (two hiragana
  // words before です after a name's label earlier in the sentence).
  // 535 of 535 after round 43r's latin43r: a given name after a team's part (our sub …).
  { title: "the seventeenth held-out set, a development set since its measure", dir: HELD_OUT_17_DIR, planted: 535, masked: [535, 535], kept: [326, 326] },
  // Written blind and kept aside through the round that fixed the seventeenth set's misses, then measured once, at its
  // end, with main at 7c6424d: 428 of 522 planted values masked (82 %), 350 of 355 look-alikes kept (99 %); see the
  // corpus README for every miss. Floored there, then to 433 (an app's user id after its user field, a sign-in subject by
  // its provider's prefix), then to 438 (a column headed Passport No. with its dot), then to 441 (a
  // name after a priest's, a religious' or a graduate's title: Rev., Fr., Revd, Mgr., Sr., Br.), then to 443 (a
  // passphrase of joined words with a number in a sentence about a password), then to 458 (a name in capitals family
  // first in a column of guests or of passport names, its family name alone later), then to 459 (a rental's guest code),
  // then to 460 (a licence's 第 … 号 in spaced digit groups), then to 465 (a romaji address's flat first or last, its ban
  // before the town's chome, its room as a fourth number; a block joined by ノ; an address column's heading with a note
  // in brackets), then to 469 (an unlisted surname and a listed given name filling a table's cell or before an e-mail
  // address as the next field); look-alikes kept then to 353 (a romaji shop's word before a found surname, a firm named
  // by two surnames joined by ・, an office's word in 所 after a surname that is a place); masked then to 480 (a phone's
  // extension with it, a mobile read in pairs, an Amex grouped 4-6-5, a login and password pair after an admin screen or
  // before an aside, `admin` / its password in code quotes, a key box's code a sentence on, a subscriber's code, a
  // passport's machine-readable line), then to 483 and 354 kept (an @handle after handle or a log's channel, a login
  // before アカウント; a recipe's id a thing's), then to 485 (a bank account with its branch's code, a Yucho pair in romaji), then to 486 (a licence's
  // digits after a bare 番号 a sentence after 免許証), then to 490 (a Latin full name before the person's job in
  // brackets, a romaji name before a possessive's 's), then to 492 (a katakana given name whole after a kin's word and a
  // kanji surname, a payment log's holder= in capitals), then to 493 (a katakana full name with small kana written large),
  // then to 494 (a surname in hiragana before と名乗る), then to 497 (Okinawan surnames the dictionary lacks); look-alikes
  // kept then to 355 (a song's credit to its singer after a request's word); masked then to 501 (a number labelled in
  // brackets after a person's name, a customer firm's login ID, a closed Wi-Fi network's SSID, a spaced code said by
  // what it opens), then to 503 (a listed surname and an unlisted given name of a given name's form: 遥斗, 紗希), then
  // to 506 (a Latin given name after a person's job in lower case: organist, tester, counsellor), then to 507 (a
  // surname of two kanji ending in 部 that is no word, before an honorific), then to 508 (a family name with its
  // particle after a found given name: Miguel Ángel de la Cruz), then to 512 (gimei's given names: 早乙女 紗希, 見目 遼平), then to 518 (an unlisted one-kanji surname after a role's word,
  // a katakana account holder after 名義, an unlisted surname before a phone, a hiragana given name after a listed surname),
  // then to 519 (the first names of Africa, South Asia and the Himalaya added to the lists: Temitope), then to 520
  // (round 42r's latin-names-round42r: the full name a form gives).
  { title: "the eighteenth held-out set, a development set since its measure", dir: HELD_OUT_18_DIR, planted: 522, masked: [520, 522], kept: [355, 355] },
  // Written blind and kept aside through the round that fixed the eighteenth set's rest, then measured once, at its end,
  // with main at 65f9220: 453 of 543 planted values masked (83 %), 347 of 353 look-alikes kept (98 %); see the corpus
  // README for every miss. Floored there; a development set since; then to 457 (Okinawan surnames the dictionary
  // lacks), then to 460 (an unlisted surname and a listed given name after a head's title or 引率; a word of three kanji
  // ending in a surname, whole before a given name), then to 468 (a police station's receipt number with the
  // station, a member's handle on a code host, an app's user id by its type prefix), then to 474 and 353 kept (a lot of
  // a county's town or of a 字 numbered in kanji, a lot before a dormitory's room, a hotel's room, a romaji -cho town
  // with its chome, two numbers before a romaji town, city and prefecture; a trade's firm, a shop's word before a
  // surname, a cancellation's, a transfer's and a corporation's numbers no person's), then to 476 (a Latin full name
  // with a middle initial, whole, and its family name where it recurs), then to 483 (a login between its field's
  // word and its password's, a service account's login, an @handle after ID; a code in letter groups before its number
  // after a person's label: 契約番号 KB-SE-008812), then to 485 (a key by sk_/pk_ and 32 hex digits, a JWT by its header),
  // then to 487 (a romaji surname alone as a support desk's speaker or after a department's の before です). Then its
  // nine bank accounts marked as the twelfth to eighteenth sets mark them (the bank's name a firm's look-alike, its
  // branch and the account's kind neutral, the number the person's; a Japan Post 記号 and 番号 two values): 496 of 544,
  // 360 of 360 look-alikes kept (the seven banks' names added), then to 502 (hiragana names by their cue: a surname
  // before さん, a full name before ちゃん, after a kin's or a staff word, before its kanji in brackets and です); then to
  // 519 (short codes after a person's or a standing order's label, a merchant's ID, a passport and a DoD ID, a driver
  // card's kanji-led number, a licence's twelve digits in its sentence and its 第 … 号 whole, an insurance card's 記号 …
  // 番号 as one span, an SSID; a safe's, a keypad's, a box's and a spaced code, a password reset to, after an ID and a
  // slash, or jotted on a note), then to 520 (a spaced name before its e-mail address after a space), then to 523 (a
  // Latin given name after a person's job or a relative's word opening a line, or in brackets after a team's), then to
  // 524 (a surname the dictionary reads as a word after a staff member's post, before a hiragana given name), then to
  // 526 (given names listed after a label for people where one is a listed given name), then to 527 (a romaji given
  // name and a surname the dictionary lacks after "from"), then to 528 (a surname before an e-mail address its local
  // part spells), then to 531 (a romaji surname before an arrow to a found name; a given name after a contact's label),
  // then to 533 (a list's item ending its table cell, a Latin full name as a list's item), then to 534 (a family name
  // after two listed given names: Fatima Zahra Benali), then to 536 (a given name before its team in brackets after
  // from, Note from Dan (Payments); a hiragana given name before a person's verb, すみれ replied), then to 538 (rare
  // and regional surnames the dictionary lacks, listed beside its own: a Kyushu surname alone and in a full name),
  // then to 539 (a surname after a desk's word with no 部: 人事 島袋 へ), then to 540 (Latin names by class of round 29r).
  { title: "the nineteenth held-out set, a development set since its measure", dir: HELD_OUT_19_DIR, planted: 544, masked: [540, 544], kept: [360, 360] },
  // The twentieth: written blind (8f96405) and kept aside through the round that fixed the nineteenth set's rest;
  // measured once at its end (main at 6ac6080, no helper working): 518 of 557 (93.0 %; names 241 of 251, IDs 37 of 53,
  // secrets 17 of 23), 332 of 342 look-alikes kept (97.1 %: English day-month dates, a firm's order codes). Then its
  // seven bank accounts marked as the twelfth to nineteenth sets mark them (the bank's name a firm's look-alike, the
  // number the value; a Japan Post 記号 and 番号 two values): 520 of 558, 338 of 348 kept; then to 341 kept (an
  // English month after a range of days, 3–7 Nov:, no dated note's author). Then to 524 (a number plate of a listed
  // place without a vehicle's word near it), then to 525 (an IBAN that passes mod 97 at its country's length); kept
  // then to 343 (a warranty card's and a shelf's number the goods'), then to 344 (words before a model's or a voyage's
  // code a ship's name). Then to 527 (an IMEI and an ICCID after their labels). Then to 532 (a romaji address from the
  // city down with no comma, a European flat's floor before the postcode, spaced hyphens in a phone number, an
  // obfuscated e-mail after a plain "at", a card's unspaced number before its expiry). Kept then to 348 (a katakana
  // trade's word after a surname a firm's, a dish's word before one a shop's sign, a code stamped by its day in brackets
  // after a person the slip's, a number a record was pseudonymised to no one's). Then to 536 (a reading's column after a
  // column of people; a romaji name whose surname the dictionary lacks after a title or on a card's line under its kanji),
  // then to 542 (a name before an e-mail address its local part spells, an Irish one with its particle; a kanji surname
  // with a katakana given name ending in 子; a surname the dictionary splits whole before 様, not a maker's 製陶 after one).
  // Then to 557 (a Singapore NRIC after its label or by its check letter, an MNP reservation number, a residence card
  // spaced in groups, an insurance 記号 with its insurer's kanji, a prefixed user id before a full stop, 管理者ID, a
  // card's code after its expiry or its name and its correction, a quoted password with a hedge, a password in an aside
  // after "was reset", a code changed to one of its shape, a connection string's AccountKey).
  { title: "the twentieth held-out set, a development set since its measure", dir: HELD_OUT_20_DIR, planted: 558, masked: [557, 558], kept: [348, 348] },
  // The twenty-first: written blind (cc080f6) and kept aside through the round that fixed the twentieth set's rest;
  // measured once at its end (main at 83958a5, no helper working): 519 of 560 (92.7 %; names 209 of 224, IDs 56 of 68),
  // 336 of 348 look-alikes kept (96.6 %: a dry cleaner's tag numbers, a place before a person's, firms named by a surname);
  // then to 526 (a licence key or a machine id in hyphened groups after its cue in the sentence, account cust-0049183);
  // look-alikes kept then to 342 (a tag's number, タグ番号, is the goods'); masked then to 531 (a Hungarian street by
  // its word, a Danish floor and postal district, an Avenue of the …, a room after 号棟 or after a building named with a
  // number); then to 538 (募集人登録番号, 会員証 and its number, 診察券 No., 店番 and 口座 on a note, a residence card's bare
  // 番号, a dial's alternating turns);
  // then to 542 (a kana given name after a found surname the dictionary lacks or a two-kana one before a comma; a
  // family member's word in brackets after a name), then to 543 (a name after a police rank written short, Insp.);
  // look-alikes kept then to 347 (a place's 一字+の name, a funeral hall's branch by its town, an unlisted surname + 商事
  // before 様, a waste hauler's permit); masked then to 547 (a customer's server named after VPS, an admin's login after
  // 管理者, a password guessed after たぶん, a keypad code after オートロック and a space); then to 550 (a found name's
  // hiragana reading in brackets, whole or the surname's alone; a full name whose surname is a word too in a list beside
  // a found name), then to 551 (a card in four groups of four on a line that named the card), then to 552 (a romaji
  // given name before a double surname joined by a hyphen), then to 555 (a listed given name before a pronoun in
  // brackets or a belonging after its possessive, or after 彼女は); look-alikes kept then to 348 (an association's name,
  // …の会, going on with a surname alone); then to 556 (a romaji surname signing with a dash and a desk in lower case:
  // — Kubota, uniform desk), then to 557 (a name on a card's wish: Happy birthday Em, love T.), then to 558 (a Chinese
  // or Korean name in katakana joined by ・ before its kanji in brackets), then to 559 (the Japanese-script name rules of
  // the round after the twenty-ninth set).
  { title: "the twenty-first held-out set, a development set since its measure", dir: HELD_OUT_21_DIR, planted: 560, masked: [559, 560], kept: [348, 348] },
  // The twenty-second: written blind (a918671) and kept aside through the round that fixed the twenty-first set's rest;
  // measured once at its end (main at b774cb0, no helper working): 472 of 534 (88.4 %; names 179 of 214, name-bare 8 of
  // 13, secrets 23 of 29, IDs 50 of 59), 350 of 354 look-alikes kept (98.9 %: two car plates, a hall, a place); 479 as
  // measured since (a Japanese honorific left beside a mask, [PERSON]さん, names no one: its writer marked 東海林 様 whole);
  // 352 look-alikes kept then (a firm's own vehicle's plate after 車両 / 運搬車 is the firm's, not a person's); then to
  // 489 masked (a child's school year or age in brackets after a name, Okinawan surnames and the old kanji 與, two
  // hiragana after a found surname before です or 様), then to 495 (an extension after an international number, middle
  // dots or a split last pair in a phone, a room after its floor, a 大字 lot's branch after 番地, a romaji address with
  // its flat first and its ward as "City"); then to 501 (a column headed Applicant, Cardholder or Beneficiary; a card
  // holder's name in capitals after its initial or after holder alone), then to 502 (a phone with one letter typed for
  // a digit under a phone's column or after a phone's word); then all 354 kept (a hall's name, ホール before ・, and a
  // place before の会場 are no one's); then to 507 (a keypad's code pressed digit by digit with its # or *, the codes
  // quoted after it, a lock's shared code, a dial set to its combination or read as its turns); then to 522 (names by
  // class: a romaji name after a desk's "by" or a dash's signature, a given name after a kin or companion word, a third
  // word after a title, a particle's family name, kana display and full names, an unlisted surname before a listed
  // given name after a role, a firm's site after an address's block). Its two 高嶺 left are the report's excerpt of the
  // firm 株式会社 高嶺物流 cut to 高嶺物流, which the look-alike's whole value no longer matches. Then to 532 (a
  // bicycle's 防犯登録 number, a state's driving licence, a residence card's or a licence's number in spaced groups, an
  // account in prose after holds account or UID, a bank account written in English, a crypto wallet, a quoted LINE ID,
  // a register number's sibling in its sentence, a list of 2FA backup codes).
  // Its customer's city subsidy application number made `id` on 2026-12-08 (the Decision on applications to a public
  // office).
  { title: "the twenty-second held-out set, a development set since its measure", dir: HELD_OUT_22_DIR, planted: 535, masked: [532, 535], kept: [353, 353] },
  // The twenty-third: written blind (03a1576) and kept aside through the round that fixed the twenty-second set's rest;
  // measured once at its end (main at 9fb193a, no helper working): 493 of 557 (88.5 %; names 205 of 240, IDs 50 of 65,
  // secrets 12 of 16, phones 74 of 80), 332 of 347 look-alikes kept (95.7 %: plates, product names, titles, firms).
  // 333 kept as measured since: a look-alike in an HTML file is read with its character references decoded (C&amp;G).
  // A worshipper's own car's plate, first marked a look-alike, is the person's as the Decisions say: 494 of 558, 333 of 346.
  // Then 345 kept (firms by a trade's word, a device's product, a route's places, a firm's contract, a filing's number,
  // posts and teams for a person, a parcel's number, a delivery round's and a firm's counted vehicles); a router's address
  // (192.168.10.1) is still masked, as the other sets plant a router's address as an ip.
  // Masked: then to 514 (passports, pension and insured's numbers, key-box codes, benefit vouchers), then to 524
  // (Latin names: Family, Given M. in a field, an initial and a surname after a hand-over's word, a Spanish title
  // before up to four words, a name spelt letter by letter, a name after its part's label: née SANTOS), then to 532
  // (a word-name after a tutor's title: Teacher Joy; a full name signing after a dash; a given name between ask and to).
  // Then this round's Japanese names (a chat speaker after a dated stamp, katakana beside kanji, 重松 明, 市ノ瀬 琴音, hiragana
  // names, an account holder's kana after its number, ﾏﾙｺｽ･ﾀﾞ･ｼﾙﾊﾞ): to 550.
  // Then to 558 (six phones: a stray space inside a group, a Philippine mobile in 4-3-4 groups, an internal number
  // with its site's code; two addresses: a romaji one after its building and flat, a Japanese one with its building's
  // wing and room).
  // A router's private address, first marked a look-alike, is personal data as the Decisions say (the sixth, fourteenth
  // and later sets plant routers' addresses): 559 of 559, 345 of 345. An extension alone is neutral as the Decisions
  // say: 558 of 558.
  { title: "the twenty-third held-out set, a development set since its measure", dir: HELD_OUT_23_DIR, planted: 558, masked: [558, 558], kept: [344, 344] },
  // The twenty-fourth: written blind (8303a52) and kept aside through the round that fixed the twenty-third set's rest
  // and the next; measured once at its end (main at 64abe31, no helper working): 541 of 637 (84.9 %), 422 of 434 kept
  // (97.2 %). A trial lesson's 申込番号 (twice), first marked an order, is the applicant's as the Decisions say, and is
  // masked in neither place: 540 of 638 (names 268 of 322, IDs 51 of 83 — a crew list's passports and seaman's books,
  // a lab's student numbers, logins; addresses 42 of 47), 421 of 433 kept (firms, a firm's vehicles' plates). Its romaji
  // towns with no city, a Ukrainian address in Latin letters and a forces' mail address masked, its firms, a bus's and a
  // truck's plates, a grant's, a payer's and footage's numbers kept by class: 545 of 638, 433 of 433 kept. Then a crew
  // list's SURNAME, Given cells, a trial's roles before Latin names, Hangul names alone, pinyin before lower case; a
  // chat's staff speaker, KOBAYASHI Yuto and the family alone after, a crew's given name alone, our staff Yamane: 569.
  // Then its names' readings beside their kanji, a mixed kanji–katakana–kanji name and a cell's unlisted surname
  // before a number in brackets: 581.
  // A crew list's passport and seaman's book columns, a ledger's bracketed student numbers, logins, a new bank account, an
  // insurance card's number in two groups: IDs 78 of 83; 610 of 638, 433 of 433 kept. Its two extensions alone are
  // neutral as the Decisions say (one was masked): 609 of 636. Then a name with a middle initial after a crew role and a
  // Nikkei name's romaji family names after its given names: 611 of 636. Then a listed surname and a katakana given name
  // before an honorific masked as one name, not two: 612. Then a student's number after 学籍 alone, a code in brackets
  // after what the person is, a registration number issued to the person written to: 615 of 636. Then Latin names by
  // class of round 29r: 617 of 636. 619 with round 36r's personal IDs spread across a log's rows (spread-ids-round36r).
  // 620 with round 38r (ja-names-round38r: a found name's one-kanji surname alone in a cell).
  // 626 with round 39r (latin-names-round39r: a staff member's name after the in-house channel's word, 社内 …:).
  // 627 of 636 after round 43r's latin43r: a listed name opening a clause after a Japanese sentence's end.
  { title: "the twenty-fourth held-out set, a development set since its measure", dir: HELD_OUT_24_DIR, planted: 636, masked: [627, 636], kept: [433, 433] },
  // The twenty-fifth: written blind (000fd8c) and kept aside through two rounds; four extensions alone unmarked by the
  // Decision on extensions before its one measure (4df9b04): 639 planted, 339 look-alikes.
  // Measured once at b78b093 (no helper working): 559 of 639 masked (87.5 %), 329 of 339 kept (97.1 %). Then a health
  // card's 記号・番号 named by its insurer's kind or its column, its number in a cell under the card's heading, an IBAN
  // after its label failing its check, 普通 601 4478, a register's number heading a person's entry: 573 of 639. Then a
  // skipper's or a pilot's licence, a boat's hull identification number, a person's number after its label and an aside
  // in brackets (お客さま番号（ゆうちょダイレクト）…): 576 of 639. Then a register's codes listed each after a person's name
  // and honorific under the register's number's label (登録番号（… さん 要支援-0317、…）): 578 of 639; romaji given names before a last name: 581. Then a key box's code
  // and its change after a month, codes spaced around dashes, an alarm's code and the key after it, pass phrases of
  // words, a spare key's spot in prose, a PIN after an arrow (secrets 28 of 29); kept: an insurer's number, 照会/訂正
  // numbers, an invoice issuer's no., a fleet's plates in the plural: 588 of 639, 336 of 339 kept. Then its addresses and
  // phones (rural lots, 地割, a home's building after its block, romaji lots with a unit, Dutch postcodes, kanji digits in
  // brackets): 601 of 639. Then Japanese names by class (an office's rank before a name, an unlisted surname with a
  // katakana given name, a name in an HTML cell, a reading after 殿): 608 of 639. Then over-masks by class (a firm with a
  // found family name, a surname joined to a katakana school's name, a signer's act after a surname): 339 of 339 kept.
  // Then Latin IDs and names by class (a login and password in brackets after a sign-in's word, a craft's registration
  // after its flag's or keeper's word, a nickname in quotes inside a full name, a given name after a watchman's word, in
  // quotes too): 615 of 639; a card's holder as embossed (an initial and capitals after holder): 616. Then a name's other
  // writing in brackets by class (a surname with ヶ, a kanji surname with a katakana given name, a hiragana reading
  // before a comma, a Chinese name before its romanisation): 620 of 639.
  // 622 with round 38r (id-classes-round38r: a certificate's number after each person's name and 分 or a colon).
  // 623 with round 39r (id-classes-round39r: an aid's application number with an era's year in its code).
  // 624 of 639 with round 41r (latin-names-round41r: a Latin name before its katakana writing with ・ and です).
  // 628 with round 42r (id-classes-round42r: a contract's field opening a line or a cell, a member's hyphened code
  // listed after a name; latin-names-round42r: a given name opening a list of found names after its label).
  // 631 of 639 after round 43r (ids43r: a number of a found number's grouping later in its sentence, a card's number
  // later in the sentence that names it; latin43r: a name after a warmer thanks and its comma, Thanks again, …).
  { title: "the twenty-fifth held-out set", dir: HELD_OUT_25_DIR, planted: 639, masked: [631, 639], kept: [339, 339] },
  // The twenty-sixth: written blind (6591023) and kept aside through one round; its accounts, plates, contracts and
  // extensions read against the Decisions before its one measure (all follow them): 626 planted, 344 look-alikes.
  // Measured once at 5f72c1f (no helper working): 527 of 626 masked (84.2 %), 335 of 344 kept (97.4 %). Then secrets,
  // addresses, a phone and look-alikes by class (a login and a password as people make one joined by a slash, a PIN
  // spaced digit by digit, a key's place in quotes; a building and a letter room after an address, a Hong Kong estate's
  // flat, a romaji building with # first; a bracketed phone with a bracket out of place; a body's own plate, a surname's
  // orchard or shop, an office's Wi-Fi): 539 of 626, 340 of 344 kept. Then Japanese names by class (an account
  // holder's half-width kana whole, a found name grown to the surname read before it, a kana reading after a kanji name
  // whose surname the dictionary lacks, a found full name's given name in a later row): 547 of 626. Then Latin-script
  // name classes (latin-names-round26r.test.ts): 571 of 626, 340 of 344 kept. The measure's partBesideMask no longer
  // reads the & of Mr. & Mrs. as a word of the name: 572. A chat turn's surname after where the staff sit (社内 柘植:):
  // 575. Then IDs and keys by class (ids-round26r.test.ts: a service's name before sk_live, a group's invite link, a
  // travel document's column with the country's code, national IDs by name, a handle after LINE or Facebook, a list
  // after one label, a referee's or a host's registration, a grade and a number under a joined heading, a register's
  // book, page and number; an agreement's number, a group's own policy and a place's permit kept): 601 of 626,
  // 343 of 344 kept. A club's own ID in prose kept (over-masks-round30.test.ts: 道場ID beside a member's login): 344 of 344.
  // Japanese names of the twenty-seventh's round (ja-names-round27r.test.ts: a kanji full name before と申します, a staff
  // member's hiragana name before a job in brackets): 604.
  // Latin names of round 28r (latin-names-round28r.test.ts: a found family name in capitals later, one capitalised after
  // a Hong Kong name's English name, a short form before the full name in brackets): 607.
  // Japanese names of round 28r (ja-names-round28r.test.ts: a surname of numeral kanji with its reading in brackets): 610
  // with the Latin round's.
  // 614 with round 38r (ja-names-round38r: a kanji given name after a kin's word, a found name's hiragana given name
  // recurring; id-classes-round38r: a code a sentence says is a person's application number, a number of a found ID's
  // shape said later to be someone's own).
  // 615 of 626 with round 41r (latin-names-round41r: a name before a freelancer's note in brackets).
  // 616 of 626 after round 43r's ids43r: a sports registration's number after its federation's capitals, a little
  // after its word.
  { title: "the twenty-sixth held-out set", dir: HELD_OUT_26_DIR, planted: 626, masked: [616, 626], kept: [344, 344] },
  // The twenty-seventh: written blind (c9d8677) and kept aside through one round; a pet's microchip number, first a
  // look-alike, planted as the Decisions say before its one measure: 616 planted, 349 look-alikes.
  // Measured once at de8f2f2 (the round on the twenty-sixth set landed): 546 of 616 masked (88.6 %), 328 of 349 kept (94.0 %).
  // Then its IDs, a key and a My Number by class (c291d08): 573 of 616. Then its look-alikes by class (a dispute's, a
  // chargeback's or a claim's column, an accident's and a dispatch's number, a parcel's twelve digits where posted, a
  // romaji prefecture and city before the town so the place is no surname, a firm of two partners joined by &, a chome
  // before 地番, a plate said to be a body's vehicle) and its secrets, address and phone (a column headed by secrets, a
  // safe's dashed code, a Japanese cue in English, a linking code; a suite's lettered number; a phone's word before an
  // order's; prec-round27r.test.ts): 581 of 616, 346 of 349 kept.
  // A police report's 受理番号, first a look-alike, planted as the nineteenth to twenty-first sets plant them (aligned
  // after its measure, the Decision on a person's reports): 582 of 617, 346 of 348 kept.
  // Then Japanese- and Chinese-script names by class (ja-names-round27r.test.ts: three katakana words, hiragana
  // speakers, a Latin name's hanzi, katakana before a Latin name, a kana given name after a kin's word, unlisted and noun
  // surnames, a name quoted after its writing's word): 595 of 617, 346 of 348 kept.
  // Then its Latin names by class (round 27r): single words listed with commas and "and", two of them listed given names;
  // first names of Africa, South Asia and the Himalaya; a sign-up form's person field; a nickname in capitals in quotes;
  // a Singaporean family name before a pinyin pair; a found name in capitals; a name before a comma and a job; a
  // relative's given name in brackets. Kept: a romaji city's -shi after its prefecture, a firm of partners joined by
  // &amp;. 617 of 617 after the rounds before (595), 346 of 348 kept. Then a recital's entry numbers in its table of
  // entries (| 申込No. | 出演者 | 演目 |) kept as an event's (round 32): 348 of 348 kept.
  { title: "the twenty-seventh held-out set", dir: HELD_OUT_27_DIR, planted: 617, masked: [617, 617], kept: [348, 348] },
  // The twenty-eighth set, kept aside from the rounds on the twenty-seventh, measured once at 8bbce7b after its firms'
  // main and toll-free numbers were left neutral (the writer marked four as product look-alikes): 555 of 618, 344 of 349.
  // Then its IDs and a key by class (ids-round28r.test.ts): a national number's name, its no. and what it is for before
  // a colon (CPF, Aadhaar, PPS, SSS, ROC ID, CCCD no.), COE numbers in the plural, a spouse's passport and a household's
  // utility account listed after a found number, a person's own contract, a quoted account name, a car's chassis
  // number, an EMAID, a policy by 証券, a drone pilot's certificate, a seal card's 第…号, a register number in brackets
  // after a name, a plate on a line about 本人, a service's pk_ after its name: IDs 83 of 83, 576 of 618, 344 of 349.
  // Then its Latin names by class (round 28r): Ma., a Philippine title, a first given name and a particle's family name
  // beside a found name; romaji with macrons; a listed family name in capitals before a listed given name; a full name
  // before a note in brackets saying who; a given name opening its e-mail's local part; a capitals family name written
  // capitalised later. Kept: Grupo as a firm's word. Names 253 of 275: 588 of 618, 345 of 349.
  // Then its Japanese-script names by class (ja-names-round28r.test.ts: a small ヶ in a surname, rare Okinawan and
  // numeral-kanji surnames, a surname before a union's post, kana given names of today's children, a seal's engraved
  // name, a foreign name's katakana beside its Latin or hangul, a writer's kanji surname and katakana given name before
  // です) and a seal's material before its size kept: 595 of 618 with the IDs' round; 608 of 618, 346 of 349 kept with
  // the Latin round's too.
  // Then its secrets, addresses and look-alikes by class (prec-round28r.test.ts: a keypad's code spaced or dashed digit
  // by digit, a transfer code in kana and digits, a security answer after a clause; a Kyoto way apart from its crossing,
  // a Taiwanese address city first, a Nepali ward, a firm's dormitory after an address; kept: an escort car's plate, a
  // seal's material and size, an invoice registration number, a place-and-kana shop, a firm led by Grupo), and a
  // field's end read at a Markdown cell's divider (a phone counted as leaked for another row's cell after its mask; a
  // dormitory left beside an address's mask, hidden so, now seen and masked): 616 of 618, 349 of 349 with every round.
  { title: "the twenty-eighth held-out set", dir: HELD_OUT_28_DIR, planted: 618, masked: [616, 618], kept: [349, 349] },
  // The twenty-ninth set, kept aside from the round on the twenty-eighth, measured once at 68008ce: 548 of 629, 350 of 357.
  // Then its IDs and key by class (a registrant's ID under 登録ID, a student number's series with a letter inside, an
  // exam's candidate number, a pension's 証書番号, a 防犯登録 with its prefecture, a personal meeting ID, bank accounts by
  // a bank's field or in two groups, an IBAN's shape after account, an employment insurance number, passports of two
  // letters and six digits or named after, a residence card a sentence on, an application after a possessive, an admin
  // login in three parts, a work-exchange profile, a Dropbox token): IDs 83 of 83, keys 14 of 14; 572 of 629, 350 of 357.
  // Then its addresses, a phone, a secret and its lost look-alikes by class (prec-round29r.test.ts: a Russian ul. with
  // its kv., an Irish street in Irish before its Eircode, a Korean city named short, a Vietnamese address down its lanes,
  // a romaji #room last, a lot in kanji hundreds, a room alone after a three-number block, a lot then a katakana
  // building; a phone spaced unevenly, a key's place as told; kept: a booking number before "via", a removal's and a
  // sticker's number, a commuter pass's stations, a packed food, a place-and-trade-word firm, a firm's seat in a table):
  // 558 of 629, 357 of 357 alone; 582 of 629, 357 of 357 with both rounds.
  // Then its Japanese-script names by class (chat speakers after a desk's word, unlisted surnames after a title or before
  // an honorific with their reading, a glued double surname, katakana spaced again; ja-names-round29r.test.ts): names
  // 270 of 288; 604 of 629, 357 of 357 with every round.
  // Then its Latin names by class (Irish and Korean given names, a companion's or a cleaner's word, a particle's full
  // name, a staff member's Japanese job, a state or a turn after a given name, capitals in a Japanese sentence, a
  // product before its barcode kept): 596 of 629 with the IDs' round, 606 with the addresses', 628 of 629, 357 of 357 with
  // every round of 29r.
  { title: "the twenty-ninth held-out set", dir: HELD_OUT_29_DIR, planted: 629, masked: [628, 629], kept: [357, 357] },
  // The thirtieth set, kept aside from the round on the twenty-ninth, measured once at 2795afb: 531 of 612, 340 of 347;
  // 536 and 344 after round 30r's addresses, secrets and kept firms and Wi-Fi (prec-round30r); with the IDs' round
  // (exchange, registration, licence and permit numbers, handles, tester keys, a mail's &#64;; crash IDs and a carrier's
  // parcel kept), the two measured together: 566 of 612, 347 of 347; 582 after its Latin names (latin-names-round30r);
  // 601 with its Japanese- and Korean-script names too (ja-names-round30r); 604 after round 31r's Latin names
  // (latin-names-round31r: a name quoted before へ, a carer's after シッター:, capitals beside Hangul); with round 31r's
  // Japanese-script names (ja-names-round31r: a child's hiragana surname before its given name and age) too, 605; 607
  // with round 34r's addresses and look-alikes (prec-round34r).
  // 608 with round 38r (id-classes-round38r: a person's ID after its label and an arrow in the same sentence).
  // 610 of 612 after round 43r's ids43r: a road's occupancy permit's 第…号 with its holder named, a catalogue gift's
  // number after 番号.
  { title: "the thirtieth held-out set", dir: HELD_OUT_30_DIR, planted: 612, masked: [610, 612], kept: [347, 347] },
  // The thirty-first set, kept aside from the round on the thirtieth, measured once at b558eee (its studio's food
  // permit unmarked first: a business's permit is neutral): 607 of 673, 422 of 436; 619 after its Latin names
  // (latin-names-round31r); 630 after its Japanese-script names alone (ja-names-round31r), 642 with both; with round
  // 31r's addresses, secrets and look-alikes (prec-round31r) 648, 426 kept; 626 and 431 kept after its IDs, key and
  // plates alone (ids-round31r), 661 and 431 with the names' rounds; 667 of 673, 435 of 436 with every round of 31r;
  // 435 of 435 once the police station beside a receipt number was unmarked (a Decision of 2026-12-07).
  // 668 with round 37r's Japanese-script names (ja-names-round37r: a noun's surname before a kanji given name and さん).
  // 670 with round 38r (id-classes-round38r: a code in brackets after a person's name and honorific;
  // latin-names-round38r: South Asian given names the lists lacked).
  { title: "the thirty-first held-out set", dir: HELD_OUT_31_DIR, planted: 673, masked: [670, 673], kept: [435, 435] },
  // The thirty-second set, kept aside from the round on the thirty-first, measured once at 4248585 (a business's
  // registration and a range of certificates unmarked first): 635 of 688, 403 of 410. 649 with round 32r's rare
  // surnames and names' other writings (ja-names-round32r); 664 with round 32r's IDs and phones besides (ids-round32r);
  // 407 kept with a firm's plate, a meter's and an entry's numbers and a shop by its branch (prec-round33r); 679 with
  // round 33r's IDs and secrets besides (ids-round33r). 408 kept with a model's code before its barcode's bracket
  // (prec-round34r: キーボックス KB-230X（JAN …）).
  // 682 with round 38r (ja-names-round38r: a kana name in brackets after a kin's word, a surname's own reading in
  // brackets); 409 kept (precision-round38r: an event stall's application number).
  // Its press pass's number unmarked after round 41r (neutral, as the Decision on an event's passes says).
  // 683 of 688 after round 43r's ja43r: a Vietnamese katakana name's given name of three kana alone after the name.
  { title: "the thirty-second held-out set", dir: HELD_OUT_32_DIR, planted: 688, masked: [683, 688], kept: [409, 409] },
  // The thirty-third set, kept aside from the round on the thirty-second, measured once at 8552e3c (two postal codes
  // before a person's address unmarked first): 533 of 578, 326 of 337. 337 kept with pledges' numbers, hired cars'
  // plates, a pen name, a maker's model, a shop by its branch and a code holding a PIN's digits, and 548 with a British
  // flat's block and a wing lettered with 号棟 (prec-round33r); 559 with the Japanese-script names of round 33r
  // (ja-names-round33r); 573 with round 33r's IDs and secrets besides (ids-round33r).
  // 574 once its PIN no longer equals a file's size in report.md (2612 rewritten 2618; masked all along).
  { title: "the thirty-third held-out set", dir: HELD_OUT_33_DIR, planted: 578, masked: [574, 578], kept: [337, 337] },
  // The thirty-fourth set, kept aside from the round on the thirty-third, measured once at 119e1df (a company's
  // registration filing and an organisation's registry account unmarked first): 532 of 621, 352 of 359. 562 with the
  // Latin-script names of round 34r (latin-names-round34r; a Chinese name in capitals takes its passport number along).
  // 558 with round 34r's IDs, keys and secrets alone (ids-round34r: a producer's number, a dog's licence and chip,
  // foreign IDs, a PEM key, a dial's turns, a key's hiding place); left of them an application's code repeated bare in
  // another row of its log; 587 with both. 358 kept with round 34r's addresses (a Spanish street word in America, a
  // Brazilian flat after a dash, a four-digit postcode before its country, a department's address, a kanji lot with の,
  // a tower's Roman numeral) and look-alikes (an arrangement's and a sale's numbers, a group's card, plates for business
  // use or a body's, a greengrocer's name: prec-round34r), 539 masked with them alone, 594 with every round of 34r; 619
  // with round 34r's Japanese-script names besides (ja-names-round34r).
  // 620 of 622, 358 of 358 once a dog's rabies tag number (注射済票) was planted `id`, as its licence (2026-12-07).
  // 622 with round 36r's personal IDs spread across a log's rows (spread-ids-round36r).
  { title: "the thirty-fourth held-out set", dir: HELD_OUT_34_DIR, planted: 622, masked: [622, 622], kept: [358, 358] },
  // The thirty-fifth set, kept aside from the round on the thirty-fourth, measured once at 8c4abd8 (a koban's receipt
  // for a found wallet unmarked first): 683 of 737, 409 of 427.
  // 689 with round 35r's names (names-round35r: a kana reading after 読み as the bracket's next item, a one-kanji surname
  // before a found given name); 708 with the IDs and secrets of round 35r too. Kept 421 with round 35r's look-alikes (a
  // firm's plates after its use word, a parcel posted, a storage slip, firms holding a surname).
  // 709 with round 36r's Japanese-script names (ja-names-round36r: a found name's other writing after a child's honorific).
  // 725 with every part of round 38r together, 427 of 427 kept (ja-names-round38r: chat speakers the dictionary lacks
  // after a post; id-classes-round38r: a mobile's number with a letter typed for a digit, an application's number after
  // お申込み, a storage contract's code without 番号, a key's usual place in brackets; latin-names-round38r: a Vietnamese
  // given name recurring, a particle, a reply's signature, a roster's name with a middle initial before DOB, a name after
  // a flatmate's word, a host family's surname; precision-round38r: a code opening a heading, an office's town).
  // 726 with round 41r's IDs (id-classes-round41r: a technical intern trainee's 整理番号).
  { title: "the thirty-fifth held-out set", dir: HELD_OUT_35_DIR, planted: 737, masked: [726, 737], kept: [427, 427] },
  // The thirty-sixth set, kept aside from the round on the thirty-fifth, measured once at 5c33372 (an association's
  // account and a business's invoice registration unmarked first; report.md's example 千葉 made 熊本): 621 of 692, 378
  // of 384. 627 with round 36r's addresses (prec-round36r: a second floor or a unit after a floor, a wing without 号, a
  // Vietnamese hamlet, a Manila street corner with cor., a romaji block before its city's postcode). 635 with round 36r's
  // Japanese-script names too (ja-names-round36r: a katakana surname before its Latin name in brackets, a desk's katakana
  // surname, a Mc surname before a kanji given name, a given name before a found kana name, a ノ surname by its reading).
  // 649 with round 36r's IDs and secrets too (passports listed with countries, a Wi-Fi pair, a webhook's path, a key's code …).
  // Kept 384 with round 36r's look-alikes (prec-round36r: a firm by its legal form or trade's word, a lodging by its word,
  // a restaurant's branch by its district, an event's entry number).
  // 640 with round 36r's Latin-script names alone (latin-names-round36r: a Chinese or Korean name family first with a
  // comma, its parts recurring, a name an address spells with (at), a match's players, a speaker after a month-day stamp);
  // 668 with every part of round 36r together (landed at once after its hard stop).
  // 385 of 385 kept once a firm's qualified-invoice number was marked again a look-alike, as every earlier set marks it.
  // 679 with every part of round 38r together (ja-names-round38r: a found name's one-kanji surname set apart or alone
  // in a cell; id-classes-round38r: a phone spaced around its bracketed exchange, its last group in pairs;
  // latin-names-round38r: a less common Vietnamese family name, a romaji name before より, a given name joined by and
  // with its possessive, a word's given name by its initial, a name to be engraved, a family in the plural).
  // 685 with every part of round 39r together (ja-names-round39r: a found surname's given name that is a noun too
  // before an honorific, a spaced full name before 杜氏; latin-names-round39r: a first family name in capitals before a
  // capitals family and given name, a listed given name alone after with closing its clause).
  // 686 with round 42r (latin-names-round42r: a Polish or Russian pet form of a given name before a person's verb).
  // 687 of 692 after round 43r's latin43r: a listed given name ending a list of found names before a note in brackets.
  { title: "the thirty-sixth held-out set", dir: HELD_OUT_36_DIR, planted: 692, masked: [687, 692], kept: [385, 385] },
  // The thirty-seventh set, kept aside from the round on the thirty-sixth, measured once at d4ce51f (a police station
  // named in its receipt's phrase unmarked first): 662 of 725, 411 of 423.
  // 666 with round 37r's Latin-script names (latin-names-round37r: a long given name joined by and, a given name after
  // staff, a double family name's half, a nickname quoted in brackets).
  // 665 and 417 with round 37r (prec-round37r, addresses-round37r: a firm's vehicle's plate by its context's cue, a
  // fashion house after its founder; a chain hotel's room, a house under an English ward and district, a lot after 8区).
  // 673 with round 37r's Japanese-script names (ja-names-round37r: a rare kanji surname before a kana given name, siblings).
  // 681 with round 37r's IDs and secrets alone (a pawn ticket's No., 第…号 receipts and permits, microchips, passports, a
  // tractor's plate); 699 with every part of round 37r together (landed at once after its hard stop).
  // 711 with every part of round 38r together, 423 of 423 kept (ja-names-round38r: a found katakana name joined by ・
  // in a log's other rows, a posthumous Buddhist name after 戒名, a chat speaker's kana handle with an emoji;
  // id-classes-round38r: a registration number's column beside a column of people; latin-names-round38r: a given name
  // with an ʻokina and its plain spelling, a Chinese name led by a less common family name, an initial and a name to be
  // engraved; precision-round38r: a facility in a person's cell, a brewery, a public body, a dog breed, a key's service
  // in brackets, a maker after a given name ending in 人).
  { title: "the thirty-seventh held-out set", dir: HELD_OUT_37_DIR, planted: 725, masked: [711, 725], kept: [423, 423] },
  // The thirty-eighth set, kept aside from the round on the thirty-seventh, measured once at 033d300 (round 38r landed;
  // a club's own savings account unmarked first, as the Decisions say): 624 of 676 (92.3 %), 439 of 448 kept (98.0 %).
  // Its rows of one layout come out alike once masked: two were the same text as another (the kept one is measured),
  // and near-duplicates are no longer dropped by the measure (one more miss was in one).
  // 661 of 676, 448 of 448 kept with every part of round 39r together (id-classes-round39r: a policy in three groups of
  // digits, an aid's application number, digit passwords after パス, before a dated aside or right after a reset's verb,
  // a plate in romaji, a login after a form's 管理：, a key's hiding place told as a box; ja-names-round39r: a name after
  // 嫁, 作業 or 営業, a firm's person after 株式会社の, a name line before 〒, a given name that is a noun too before -san, a
  // katakana given name before 方; latin-names-round39r: Cyrillic full names, a plus-one's column, a name joined by and,
  // given names before what they do; precision-round39r: a code before a person's home, a public body's vehicle, a
  // maker between a machine's word and its model).
  // 662 of 676 with round 41r (latin-names-round41r: an unlisted first name before a listed family name filling a cell).
  // 666 of 676 after round 43r's ja43r: a kanji name alone in a cell of a column of people by its Japanese heading (新郎, 新婦).
  { title: "the thirty-eighth held-out set", dir: HELD_OUT_38_DIR, planted: 676, masked: [666, 676], kept: [448, 448] },
  // The thirty-ninth set, kept aside from the round on the thirty-eighth, measured once at c476147 with no marking
  // changed (its contracts, applications, accounts and routers' addresses already follow the Decisions): 666 of 720
  // (92.5 %), 408 of 419 kept (97.4 %).
  // 709 of 720, 419 of 419 kept with every part of round 39r together (id-classes-round39r: passports in their
  // countries' shapes, a kin's pension number, an NHI card with its prefecture's mark, a folio, kanji inside contract
  // and application numbers, a person's contract in English or Portuguese or asked for by a desk's agent, an aid's
  // application number, a login after a person's account, a handle after LINE, a small craft's number, passwords after
  // a mail login or 今は, a lot after a chome or a hamlet; ja-names-round39r: a spaced full name before a post, three
  // kanji before 様, a desk's handler, a call's taker, a katakana writing before a slash; latin-names-round39r: Family,
  // Given M. rows, capitals after Name … :, Vda. de, names given or signed as, companions, partners, a plus-joined
  // family name; precision-round39r: a staffing agency after its founder, a university by its town, a ware's painting,
  // a roster's running numbers).
  // 710 with round 41r's IDs (id-classes-round41r: a seafarer's SIRB book with its number).
  // 711 of 720 once its maintenance contract's number was marked without the word before it (2026-12-08).
  { title: "the thirty-ninth held-out set", dir: HELD_OUT_39_DIR, planted: 720, masked: [711, 720], kept: [419, 419] },
  // The fortieth set, kept aside from the round on the thirty-ninth, measured once at 15807f8 (round 39r landed; a
  // family farm's cattle's numbers read against a new Decision first, no marking changed): 608 of 717 (84.8 %), 387 of
  // 403 kept (96.0 %).
  // 659 of 717, 401 of 403 kept with every part of round 40r together (id-classes-round40r: a family farm's cattle's
  // 個体識別番号, pets' chips listed after Chip, a pilot's licence under 技能証, 本人の番号 and own insurances' numbers, keys'
  // spots in quotes or asides, a new master code, a Sapporo grid address with its block first, a plate whose place
  // holds ケ; ja-names-round40r: a desk's staff by surname alone after a chat turn's stamp, a role run into it, an
  // unlisted surname in a desk's reply label; latin-names-round40r: Yuto and Kaito read as given names, a given name
  // alone before a mobile number, Hangul names written apart, a Korean family name before a listed given name
  // written joined; precision-round40r: firms', carriers', clubs' and towns' vehicles' plates, a number said to be a
  // body's, an application's code the desk received, a librarian's post, a firm named by its founder and its trade).
  // 683 of 717, 403 of 403 kept with every part of round 41r together (id-classes-round41r: romaji lots before their
  // town, a romaji county with a macron, a Sapporo block after the street's side, a European pilot's FCL licence, a
  // permit with whose it is in brackets, a food-hygiene manager's 第…号; ja-names-round41r: a craftsman's surname after
  // 職人, a priest's before 住職, a full name before its address in brackets; latin-names-round41r: a chat speaker after
  // a month and day's stamp, a Latin writing after a katakana name, a party's Latin full name, a double family name
  // before a comma, a second given name ending a family-first name, a kin word in small letters, a romaji given name in
  // brackets after a kanji name; precision-round41r: a corporation that is no company in a column of people, a clinic
  // named after its founder).
  // 697 of 717 after round 42r's ja-names-round42r: a chat turn opening with a surname and です after its stamp,
  // children's kana given names listed after their count, a payer after 振込名, a quoted surname's quoted reading, a
  // katakana child's name before くん and a school year, a surname run into 代表, a child's hiragana name after a particle,
  // a surname between a police officer's role and rank.
  // 698 of 717 after round 43r's ja43r: a name's other writing in brackets after a note on who the person is.
  { title: "the fortieth held-out set", dir: HELD_OUT_40_DIR, planted: 717, masked: [698, 717], kept: [403, 403] },
  // Measured once at b2cbe00 before any rule read it (its sort code made neutral first, as the Decisions say a branch is).
  // 705 of 720, 378 of 379 kept with every part of round 41r together (id-classes-round41r: a licence's number on the
  // line after its number's word, a French passport later in its sentence, a dotted LINE handle, an MNP number, a sports
  // body's registration, a licence's next holder on a wrapped line, a disability book's 第…号, the other side's
  // remote-support ID, a _pat_ token, a webhook's URL whole, an e-mail cut to one letter, a 番町 town's and a merged
  // town's lots; ja-names-round41r: a chat turn's speaker by an unlisted surname, with its desk in brackets or a katakana
  // given name, who took a call in a heading's stamp, a full name after a circled number or before its address in
  // brackets, a name with its reading in brackets; latin-names-round41r: a card's holder in capitals after its number, an
  // initial before a family name in capitals, a double given name led by a verb's word, a given name's possessive
  // before a pet; precision-round41r: a firm's own vehicle's plate said so, a tournament's application number, a range
  // of chome, a glaze in its column, a shop's kana name after its trade, a brand before a bottle's size, a shop led by
  // its word, a model's year before its maker).
  // 710 of 720 after round 42r's ja-names-round42r: a found hiragana name recurring before です, a katakana name's
  // Japanese surname joined by ・ before its found given names, a found Chinese name's given name where it recurs.
  // 379 of 379 kept after round 43r's ids43r: a string maker named like a person before a set's number; 711 of 720 once
  // its voucher's number was marked without the issuer's word before it (2026-12-08).
  { title: "the forty-first held-out set", dir: HELD_OUT_41_DIR, planted: 720, masked: [711, 720], kept: [379, 379] },
  // Measured once at e1f1f68 before any rule read it (its doubtful markings read against the Decisions first; none changed).
  // 718 of 724, 392 of 392 kept with every part of round 42r together (id-classes-round42r: passports listed after a
  // colon, a Mexican RFC, an aid's and a consultation's application numbers, numbers held in a person's name (本人名義,
  // 個人契約), a 記号番号 pair by a slash, a registry code after 符号, a body's certification in an aside, a key's spot after
  // a space, lots of towns, merged towns and spaced 字s, a Hong Kong, a Singapore and a US flat, a romaji town after an
  // old village's name, a book's No. after the city that issued it; a firm's policy, a fleet's plates, a commission's
  // and a sample's numbers kept; latin-names-round42r: a full name opening a CSV's quoted cell, a double-barrelled
  // family name, a full name's own word in brackets, a given name joined by "and" to you, a name quoted after engrave,
  // Latin and Cyrillic writings side by side, a dotted patronymic, a Latin family name before a kanji given name, a found
  // name's katakana after a colon; a carrier's service word kept; ja-names-round42r: a katakana name after 同行 and its
  // parts recurring, a clerk after 事務, a team after its leader's surname, a hiragana handle with its place, a given
  // name's reading alone in brackets, a foreign name's third katakana word, a writer's mark, a surname run into its
  // post, a katakana name before a note on who the person is).
  // Its pump's warranty number made an order look-alike after round 42r (the Decision on warranty cards); its key box's
  // code marked without the word before it (719 of 723).
  { title: "the forty-second held-out set", dir: HELD_OUT_42_DIR, planted: 723, masked: [719, 723], kept: [393, 393] },
  // Measured once at 0a73fa8 before any rule read it (its doubtful markings read against the Decisions first; none changed).
  // 752 of 762, 389 of 389 kept with every part of round 43r together (ids43r: sign-in users, passports after their
  // holders' honorifics, policies, a grant's application, a lawyer's and a guardianship's registrations, a member
  // number, a flat after a grid address's postcode; numbered fleet vehicles' plates kept; ja43r: a found name written
  // whole again, a solid name spaced, ヶ/ノ surnames before a listed given name, Vietnamese katakana names and their
  // parts, a katakana name's Latin spelling's parts, a hiragana given name after a kin word or before an age, a
  // half-width surname before です, a display name after LINE名, spaced kanji names between English words; a surname
  // after a brand's initials kept; latin43r: Latin, Thai and Cyrillic names by their cues; travel and hire firms kept).
  { title: "the forty-third held-out set", dir: HELD_OUT_43_DIR, planted: 762, masked: [752, 762], kept: [389, 389] },
  // Measured once at 90527d4 after round 43r landed, before any rule read it (its police desk's garage-certificate
  // application number made id first, by the Decision on applications to a public office).
  // 753 of 776, 391 of 398 kept with all of round 44r (ids44r: a health card's number after its symbol in a cell, a
  // vaccination voucher, a Jamaican TRN, an Emirates ID, a private drone's mark; a firm's truck's and a taxi's plates
  // kept; ja44r: a child's kanji name with its
  // reading in brackets, katakana names joined by ・ or ･ after a who-word or before です, a kanji name after an arrow;
  // shops by their trade and a surname, firms by a legal form, a clinic and a hall kept; latin44r: given names listed
  // with two-syllable Chinese given names, romaji names after a guide's word or a -san name's bracket, relatives' given
  // names beside English or Japanese kin words).
  { title: "the forty-fourth held-out set", dir: HELD_OUT_44_DIR, planted: 776, masked: [753, 776], kept: [391, 398] },
];

/** A registered set's number: held-out-12's is 12. */
export const setNumber = (row: HeldOutSetRow) => Number(/held-out-(\d+)$/.exec(row.dir)![1]);

/** The registered sets numbered `first` to `last`, each against its floor. */
export function heldOutSets(first: number, last = Infinity): void {
  for (const row of HELD_OUT_SETS.filter((set) => setNumber(set) >= first && setNumber(set) <= last)) {
    heldOutSet(row.title, row.dir, row.planted, [
      row.kept ? "masks at least what it masks now, and keeps at least the look-alikes it keeps now" : "masks at least what it masks now, and keeps at least 97 % of the look-alikes",
      maskedAtLeast(row.masked[0] / row.masked[1], row.kept && row.kept[0] / row.kept[1]),
    ]);
  }
}
