import { seededRandom } from "../seeded-random.js";
import { indexEvalItems } from "./contamination.js";
import { IntList } from "./int-list.js";
import { splitTrainValidation } from "./split.js";
import type { Example, TrainingMessage } from "./types.js";

/** One held-out inquiry as a kurabe suite item: the question, the logged answer as reference, its sources and category. */
export interface HeldOutItem {
  id: string;
  input: string;
  expected: string;
  /** The documents that hold the answer (what citation and retrieval scorers compare with), when the log names them. */
  sources?: string[];
  category?: string;
}

/** An inquiry whose source documents were left out of the collection: the right answer says the documents do not hold it. */
export interface UnanswerableItem {
  id: string;
  input: string;
  answerable: false;
  /** The logged answer, for reading only: no scorer compares with it. */
  loggedAnswer: string;
  category?: string;
}

export interface HeldOutCheck {
  /** Held-out items the 13-gram check covers (shorter ones are compared whole, after normalising, instead). */
  checkedByNgrams: number;
  /** Held-out n-grams found in more than `foundInOver` kept examples: the log's boilerplate, not evidence of a leak. */
  boilerplate: { ngrams: number; foundInOver: number };
  /** Training or validation examples removed because they repeat a held-out inquiry (normally 0). */
  removed: string[];
}

const suiteName = "held-out";
const questionOf = (example: Example): string => example.messages.find((message) => message.role === "user")?.content ?? "";
const answerOf = (example: Example): string => example.messages.findLast((message) => message.role === "assistant")?.content ?? "";
const normalized = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");

/**
 * Sets aside `ratio` of the inquiry rows (seeded, stratified by category as the train/validation split is) as an
 * evaluation suite that never enters the training files: a row whose question repeats a held-out question (or one
 * of `alsoHeld`, the unanswerable slice), however it is spaced or punctuated, leaves the training data with it.
 * Documents always stay in training.
 */
export function holdOutInquiries(
  examples: readonly Example[],
  ratio: number,
  seed: number,
  alsoHeld: readonly Example[] = [],
): { heldOut: Example[]; training: Example[] } {
  const inquiries = examples.filter((example) => example.source.kind === "inquiry");
  const split = splitTrainValidation(inquiries.map((example) => example.category ?? "(no category)"), ratio, seed);
  const heldOut = split.validation.map((index) => inquiries[index]!);
  const heldQuestions = new Set([...heldOut, ...alsoHeld].map((example) => normalized(questionOf(example))));
  const held = new Set(heldOut);
  const training = examples.filter(
    (example) => !held.has(example) && !(example.source.kind === "inquiry" && heldQuestions.has(normalized(questionOf(example)))),
  );
  return { heldOut, training };
}

/**
 * A held-out n-gram found in more than this many kept examples is too common to be evidence of a leak: a template's
 * greeting or sign-off, shared by a log's thousands of rows (on a generated 158,405-row log, such spans removed 98,833
 * of 156,611 kept examples). NeMo Curator's task decontamination leaves n-grams found more than `max_matches` (10)
 * times for the same reason, after Megatron-Turing NLG 530B (Smith et al. 2022, §3.1).
 */
export const MAX_NGRAM_MATCHES = 10;

/**
 * What the held-out check reads of one example: the held-out n-grams its text holds (see HeldOutMatcher) and whether
 * its question repeats a held-out question too short for n-grams.
 */
export interface HeldOutMatch {
  grams: Iterable<number>;
  short: boolean;
}

/** The held-out questions indexed for the check, matched against examples (see heldOutMatcher). */
export interface HeldOutMatcher<Matched = readonly TrainingMessage[]> {
  /** Indexed n-grams: a match's are numbered from 0 up to this. */
  readonly grams: number;
  /** Questions the n-gram check covers (shorter ones are compared whole). */
  readonly checkedByNgrams: number;
  match(what: Matched): HeldOutMatch;
}

/**
 * The held-out questions' 13-grams numbered in the order they come, so that another thread given the same questions
 * numbers them alike (training-scan.ts matches the examples there), and the questions too short for n-grams.
 */
export function heldOutMatcher(questions: readonly string[]): HeldOutMatcher {
  const index = indexEvalItems(questions.map((text, position) => ({ suite: suiteName, itemId: String(position), text })));
  const short = new Set(index.skippedItems.map((item) => normalized(item.text)));
  return {
    grams: index.grams,
    checkedByNgrams: questions.length - index.skippedItems.length,
    match: (messages) => ({
      grams: index.sharedGrams(messages.map((message) => message.content).join("\n")),
      short: short.size > 0 && short.has(normalized(messages.find((message) => message.role === "user")?.content ?? "")),
    }),
  };
}

/** The held-out examples' questions, as heldOutMatcher indexes them. */
export const heldOutQuestions = (heldOut: readonly Example[]): string[] => heldOut.map(questionOf);

/** heldOutMatcher over the held-out examples, matching an example by its messages. */
export function examplesMatcher(heldOut: readonly Example[]): HeldOutMatcher<Example> {
  const matcher = heldOutMatcher(heldOutQuestions(heldOut));
  return { grams: matcher.grams, checkedByNgrams: matcher.checkedByNgrams, match: (example) => matcher.match(example.messages) };
}

/**
 * The proof that no held-out inquiry reached the training files: the contamination check (GPT-3's 13-gram overlap)
 * of every kept example against the held-out questions, n-grams common to more than MAX_NGRAM_MATCHES kept examples
 * aside, plus an exact comparison for questions too short for n-grams. Examples that still overlap are returned to
 * be removed. One pass over the kept examples: the n-grams each holds are counted, and noted (as pairs of numbers)
 * while they are rare enough to count as a leak. `matcher`: another thread's matches (training-scan.ts), else the
 * held-out questions are indexed here.
 */
export function checkHeldOut(heldOut: readonly Example[], kept: readonly Example[], matcher: HeldOutMatcher<Example> = examplesMatcher(heldOut)): HeldOutCheck {
  const holders = new IntList();
  const held = new IntList();
  const matches = new Int32Array(matcher.grams);
  const remove = new Uint8Array(kept.length);
  kept.forEach((example, position) => {
    const match = matcher.match(example);
    for (const gram of match.grams) {
      // A pair matters only while its n-gram is in MAX_NGRAM_MATCHES examples or fewer (a log's greeting is in thousands).
      if (++matches[gram]! <= MAX_NGRAM_MATCHES) {
        holders.push(position);
        held.push(gram);
      }
    }
    if (match.short) remove[position] = 1;
  });
  let common = 0;
  for (const count of matches) if (count > MAX_NGRAM_MATCHES) common++;
  for (let pair = 0; pair < held.length; pair++) if (matches[held.at(pair)]! <= MAX_NGRAM_MATCHES) remove[holders.at(pair)] = 1;
  const removed = kept.filter((_, position) => remove[position] === 1).map((example) => example.id);
  const boilerplate = { ngrams: common, foundInOver: MAX_NGRAM_MATCHES };
  return { checkedByNgrams: matcher.checkedByNgrams, boilerplate, removed };
}

export function heldOutItems(heldOut: readonly Example[]): HeldOutItem[] {
  return heldOut.map((example) => ({
    id: example.id,
    input: questionOf(example),
    expected: answerOf(example),
    ...(example.sources === undefined ? {} : { sources: example.sources }),
    ...(example.category === undefined ? {} : { category: example.category }),
  }));
}

export function unanswerableItems(examples: readonly Example[]): UnanswerableItem[] {
  return examples.map((example) => ({
    id: example.id,
    input: questionOf(example),
    answerable: false,
    loggedAnswer: answerOf(example),
    ...(example.category === undefined ? {} : { category: example.category }),
  }));
}

/** The unanswerable slice: documents left out of the collection, and what that takes out of training. */
interface LeftOutDocuments {
  /** Paths relative to the documents folder, sorted: what each model's `rag: exclude` must name. */
  files: string[];
  /** Inquiries all of whose sources are left out: the unanswerable slice. */
  unanswerable: Example[];
  /** Inquiries that cite a left-out document beside kept ones: neither trained on nor evaluated (their answer is half there). */
  partly: Example[];
  /** The document examples made from left-out documents: not trained on either. */
  documentExamples: Example[];
  /** Everything else: what the held-out split and the training files are made from. */
  rest: Example[];
}

/**
 * Leaves `ratio` of the documents that inquiries cite (at least one, seeded) out of the collection, so that the
 * inquiries answered only by them become questions no model can answer from the documents, nor from training:
 * their documents' examples and every inquiry citing them leave the training data. Needs at least two cited
 * documents that exist (one is always kept). Documents no inquiry cites are never left out: they make no slice.
 */
export function leaveOutDocuments(examples: readonly Example[], documentFiles: readonly string[], ratio: number, seed: number): LeftOutDocuments {
  const existing = new Set(documentFiles);
  const cited = [...new Set(examples.flatMap((example) => example.sources ?? []))].filter((file) => existing.has(file)).sort();
  const count = cited.length < 2 || ratio <= 0 ? 0 : Math.min(cited.length - 1, Math.max(1, Math.round(ratio * cited.length)));
  const random = seededRandom(seed);
  const shuffled = cited.map((file) => [random(), file] as const).sort((a, b) => a[0] - b[0]).map(([, file]) => file);
  const files = shuffled.slice(0, count).sort();
  const left = new Set(files);
  const slice: LeftOutDocuments = { files, unanswerable: [], partly: [], documentExamples: [], rest: [] };
  for (const example of examples) {
    if (example.source.kind === "document") {
      (left.has(example.source.file) ? slice.documentExamples : slice.rest).push(example);
      continue;
    }
    const sources = example.sources ?? [];
    const leftOut = sources.filter((file) => left.has(file)).length;
    if (leftOut === 0) slice.rest.push(example);
    else if (leftOut === sources.length) slice.unanswerable.push(example);
    else slice.partly.push(example);
  }
  return slice;
}
