import { extractChoice } from "./choice-extraction.js";
import { extractFinalAnswer, type FinalAnswer } from "./math-answer-extraction.js";
import { mathAnswersEqual } from "./math-answer-equivalence.js";

type OptionPick =
  | { kind: "picked"; index: number; via: string }
  | { kind: "ambiguous"; indices: number[] }
  | { kind: "none" };

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The option label of a bare answer: "C", "(C)", "[c]", "option C", "選択肢C", "**C**". */
const LABEL_ONLY = /^[*_\s]*[([【]?\s*(?:option|choice|選択肢)?\s*([a-z])\s*[)\]】]?[*_\s]*$/iu;

/**
 * Which option a MATH-Vision answer picks. In order: upstream's own patterns (a reply ending " C." or " (C).", or
 * starting "C" or "(C)" on its own line); the boxed or stated final answer when it is a label ("\boxed{C}",
 * "The answer is (C).") or equals an option's value ("\boxed{2\sqrt{3}-2}" for option $2\sqrt{3}-2$); kurabe's
 * choice extraction ("**C**", "答えは C です", "I choose C"); last, the reply's final formula or number equal to an
 * option's value. Options drawn in the image ("A"…"E", "<image2>") have no value to compare.
 */
export function pickMathOption(text: string, options: readonly string[], decimals: number): OptionPick {
  const labels = [...LETTERS.slice(0, options.length)];
  const byLabel = (label: string) => labels.indexOf(label.toUpperCase());
  const trimmed = text.trim();

  // evaluate.py: endswith " C." / " (C).", startswith "C\n" / "(C)\n" / "(C) C\n".
  const upstream = /(?: ([A-Z])| \(([A-Z])\))\.$|^(?:([A-Z])|\(([A-Z])\)(?: \4)?)\n/.exec(trimmed);
  const upstreamLabel = upstream?.slice(1).find((group) => group !== undefined);
  if (upstreamLabel !== undefined && byLabel(upstreamLabel) !== -1) {
    return { kind: "picked", index: byLabel(upstreamLabel), via: "final label" };
  }

  const final = extractFinalAnswer(text);
  if (final && (final.via === "boxed" || final.via === "answer phrase" || final.via === "whole answer")) {
    const label = LABEL_ONLY.exec(final.text)?.[1];
    if (label !== undefined && byLabel(label) !== -1) return { kind: "picked", index: byLabel(label), via: final.via };
    const byValue = optionWithValue(final, options, decimals);
    if (byValue) return byValue;
  }

  const pick = extractChoice(text, { labels, indexBase: 1 });
  if (pick.kind === "picked") return { ...pick, via: `choice ${pick.via}` };
  if (pick.kind === "ambiguous") return pick;

  return (final && optionWithValue(final, options, decimals)) ?? { kind: "none" };
}

function optionWithValue(final: FinalAnswer, options: readonly string[], decimals: number): OptionPick | undefined {
  const index = options.findIndex((option) => hasValue(option) && mathAnswersEqual(option, final.text, decimals));
  return index === -1 ? undefined : { kind: "picked", index, via: `${final.via}, by value` };
}

/** Whether an option carries a value to compare, not just a label or a picture placeholder. */
function hasValue(option: string): boolean {
  return !/^\s*(?:[A-Z]|<image\d+>)\s*$/u.test(option);
}
