import { indexEvalItems } from "./contamination.js";
import { splitTrainValidation } from "./split.js";
import type { Example } from "./types.js";

/** One held-out inquiry as a kurabe suite item: the question, the logged answer as reference, its category. */
export interface HeldOutItem {
  id: string;
  input: string;
  expected: string;
  category?: string;
}

export interface HeldOutCheck {
  /** Held-out items the 13-gram check covers (shorter ones are compared whole, after normalising, instead). */
  checkedByNgrams: number;
  /** Training or validation examples removed because they repeat a held-out inquiry (normally 0). */
  removed: string[];
}

const suiteName = "held-out";
const questionOf = (example: Example): string => example.messages.find((message) => message.role === "user")?.content ?? "";
const answerOf = (example: Example): string => example.messages.findLast((message) => message.role === "assistant")?.content ?? "";
const normalized = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");

/**
 * Sets aside `ratio` of the inquiry rows (seeded, stratified by category as the train/validation split is) as an
 * evaluation suite that never enters the training files: a row whose question repeats a held-out question, however
 * it is spaced or punctuated, leaves the training data with it. Documents always stay in training.
 */
export function holdOutInquiries(examples: readonly Example[], ratio: number, seed: number): { heldOut: Example[]; training: Example[] } {
  const inquiries = examples.filter((example) => example.source.kind === "inquiry");
  const split = splitTrainValidation(inquiries.map((example) => example.category ?? "(no category)"), ratio, seed);
  const heldOut = split.validation.map((index) => inquiries[index]!);
  const heldQuestions = new Set(heldOut.map((example) => normalized(questionOf(example))));
  const held = new Set(heldOut);
  const training = examples.filter(
    (example) => !held.has(example) && !(example.source.kind === "inquiry" && heldQuestions.has(normalized(questionOf(example)))),
  );
  return { heldOut, training };
}

/**
 * The proof that no held-out inquiry reached the training files: the contamination check (GPT-3's 13-gram overlap)
 * of every kept example against the held-out questions, plus an exact comparison for questions too short for
 * n-grams. Examples that still overlap are returned to be removed.
 */
export function checkHeldOut(heldOut: readonly Example[], kept: readonly Example[]): HeldOutCheck {
  const index = indexEvalItems(heldOut.map((example) => ({ suite: suiteName, itemId: example.id, text: questionOf(example) })));
  const short = new Set(index.skippedItems.map((item) => normalized(item.text)));
  const removed = kept
    .filter((example) => {
      const text = example.messages.map((message) => message.content).join("\n");
      return index.check(text).length > 0 || short.has(normalized(questionOf(example)));
    })
    .map((example) => example.id);
  return { checkedByNgrams: heldOut.length - index.skippedItems.length, removed };
}

export function heldOutItems(heldOut: readonly Example[]): HeldOutItem[] {
  return heldOut.map((example) => ({
    id: example.id,
    input: questionOf(example),
    expected: answerOf(example),
    ...(example.category === undefined ? {} : { category: example.category }),
  }));
}
