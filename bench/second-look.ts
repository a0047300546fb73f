/**
 * What mask-pii.ts's later looks (lookAgain: a record's masked texts read again while the last read found something)
 * cost and find: each detector of `piiDetectors()` wrapped, its gate kept shown so that the pass skips what it skips,
 * over every Nth row of dataset-scale.ts's 158k log (maskInquiryRow) and over the blind corpora (the main one and
 * every registered held-out set): documents masked whole, a CSV's lines one by one, a
 * JSONL row's strings together. A read is a later look when its text is none of its record's texts as given
 * (width-folded): a masked one. A later look's span is new when it reaches into no placeholder and no span accepted
 * before it in that read, as findPii accepts it (a span its own detector's earlier span overlaps is counted too: an
 * upper bound). And what a later look would cost were it to ask the detectors only near the masks (a reach each
 * detector declared): the log's texts as later looks read them, by where their characters stand from a placeholder,
 * and the detectors' time over them whole against over only the windows of ±W characters of a placeholder (cut at the
 * line's ends; what they find there differs, only the time is compared). From a built dist/; prints counts and
 * detectors, no value.
 *
 *   npm run build && npx tsx bench/second-look.ts [checkout=.] [every=16]
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as blind from "../test/finetune/support/blind-pii-corpus/read-corpus.js";
import { detectorNames, load, piiDist, watched } from "./detector-names.js";
import { inquiryRows } from "./inquiry-rows.js";

const [checkout = ".", everyArgument = "16"] = process.argv.slice(2);
const every = Number(everyArgument);
const dist = piiDist(checkout);

const { piiDetectors } = await load<typeof import("../src/finetune/pii/detectors.js")>(path.join(dist, "detectors.js"));
const mask = await load<typeof import("../src/finetune/pii/mask-pii.js")>(path.join(dist, "mask-pii.js"));
const { foldWidth } = await load<typeof import("../src/finetune/pii/fold-width.js")>(path.join(dist, "fold-width.js"));
const { EMPTY_PII_CONFIG } = await load<typeof import("../src/finetune/pii/pii-config.js")>(path.join(dist, "pii-config.js"));

interface Tally {
  texts: number;
  readAgain: number;
  firstMs: number;
  laterMs: number;
  /** New spans on later looks, by detector index. */
  added: Map<number, number>;
}
const tally = (): Tally => ({ texts: 0, readAgain: 0, firstMs: 0, laterMs: 0, added: new Map() });

const PLACEHOLDER = /\[[A-Z][A-Z_]*\]/g;
const intoPlaceholder = (shadow: string, span: { start: number; end: number }): boolean =>
  [...shadow.matchAll(PLACEHOLDER)].some((match) => match.index < span.end && span.start < match.index + match[0].length);

const detectors = piiDetectors(EMPTY_PII_CONFIG);
let current = tally();
let given = new Set<string>();
let later = new Set<string>();
const followed = watched(detectors, (index, shadow, spans, ms, found) => {
  if (given.has(shadow)) {
    current.firstMs += ms;
    return;
  }
  current.laterMs += ms;
  later.add(shadow);
  for (const span of spans) {
    if (span.end > span.start && !found?.overlaps(span) && !intoPlaceholder(shadow, span)) current.added.set(index, (current.added.get(index) ?? 0) + 1);
  }
});

/** Masks one record's texts with `masking`, its texts' reads sorted into first and later looks; returns the texts later looks read. */
function record(texts: readonly string[], masking: (texts: readonly string[]) => void): Set<string> {
  given = new Set(texts.map(foldWidth));
  later = new Set();
  masking(texts);
  current.texts += texts.length;
  current.readAgain += later.size;
  return later;
}

const log = (current = tally());
const logLater: string[] = [];
let read = 0;
for (const [question, answer] of inquiryRows(158_405)) {
  if (read++ % every !== 0) continue;
  logLater.push(...record([question, answer], (texts) => mask.maskInquiryRow(texts, followed)));
}

const decode = (content: Buffer): string => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return new TextDecoder("shift_jis").decode(content);
  }
};
const sets = (current = tally());
const dirs = [undefined, ...Object.entries(blind).flatMap(([key, dir]) => (/^HELD_OUT(?:_\d+)?_DIR$/.test(key) ? [dir as string] : []))];
for (const dir of dirs) {
  for (const [file, content] of blind.readBlindCorpus(dir).files) {
    const text = decode(content);
    const lines = text.split("\n").filter((line) => line.trim() !== "");
    if (file.endsWith(".jsonl")) for (const line of lines) record(Object.values(JSON.parse(line) as Record<string, unknown>).filter((value) => typeof value === "string"), (texts) => mask.maskTogether(texts, followed));
    else if (file.endsWith(".csv")) for (const line of lines) record([line], (texts) => mask.maskTogether(texts, followed));
    else record([text], (texts) => mask.maskTogether(texts, followed));
  }
}

const names = await detectorNames(dist);
for (const [title, measured] of [[`every ${every}th row of the log`, log], [`the blind corpora (${dirs.length} sets)`, sets]] as const) {
  const share = ((100 * measured.laterMs) / (measured.firstMs + measured.laterMs)).toFixed(0);
  const found = [...measured.added.values()].reduce((sum, count) => sum + count, 0);
  console.log(`${title}: ${measured.texts} texts, ${measured.readAgain} read again; detectors ${measured.firstMs.toFixed(0)} ms at first looks, ${measured.laterMs.toFixed(0)} ms at later ones (${share} %); ${found} new spans at later looks`);
  for (const [index, count] of [...measured.added].sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(5)}  #${index}  ${names.get(detectors[index]) ?? "?"} (${detectors[index]!.type})`);
}

/** The spans of a text within `width` characters of a placeholder, each cut at its line's ends, merged where they meet. */
function windows(text: string, width: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const lineStart = text.lastIndexOf("\n", match.index) + 1;
    const lineEnd = text.indexOf("\n", match.index);
    const start = Math.max(lineStart, match.index - width);
    const end = Math.min(lineEnd === -1 ? text.length : lineEnd, match.index + match[0].length + width);
    const last = spans.at(-1);
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

const WIDTHS = [10, 20, 40, 80];
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const characters = sum(logLater.map((text) => text.length));
const ofCharacters = (count: number): string => `${((100 * count) / characters).toFixed(0)} %`;
const placeholders = sum(logLater.map((text) => sum([...text.matchAll(PLACEHOLDER)].map((match) => match[0].length))));
const onMaskedLines = sum(logLater.map((text) => sum(text.split("\n").map((line) => (line.search(PLACEHOLDER) === -1 ? 0 : line.length)))));
console.log(
  `the log's texts as later looks read them: ${logLater.length} (${logLater.filter((text) => text.includes("\n")).length} of more than one line), ${characters} characters: ${ofCharacters(placeholders)} in placeholders, ${ofCharacters(onMaskedLines)} on a line holding one, ${WIDTHS.map((width) => `${ofCharacters(sum(logLater.map((text) => sum(windows(text, width).map((span) => span.end - span.start)))))} within ${width}`).join(", ")}`,
);
// Each width a pass over all the texts, not each text read at every width in a row: detectors and gates keep what
// they read of the last text (a window as wide as its line is that text again). The passes alternate, twice, so that
// the host's load falls on each alike.
const elapsed = new Map<number, number>([[0, 0], ...WIDTHS.map((width) => [width, 0] as [number, number])]);
for (let round = 0; round < 2; round++) {
  for (const width of [0, ...WIDTHS]) {
    const parts = logLater.flatMap((text) => (width === 0 ? [text] : windows(text, width).map((span) => text.slice(span.start, span.end))));
    const start = performance.now();
    for (const part of parts) mask.findingsIn(part, detectors);
    elapsed.set(width, elapsed.get(width)! + performance.now() - start);
  }
}
console.log(`the detectors over them whole: ${elapsed.get(0)!.toFixed(0)} ms; ${WIDTHS.map((width) => `within ${width} of a placeholder: ${elapsed.get(width)!.toFixed(0)} ms (${((100 * elapsed.get(width)!) / elapsed.get(0)!).toFixed(0)} %)`).join(", ")}`);
