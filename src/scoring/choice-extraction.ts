import { findChoiceMentions, isNumericChoice } from "./choice-text.js";

/** The options a multiple-choice answer can name. */
export interface ChoiceSpace {
  /** Option labels in order: A, B, C… or custom ones (ア, イ, ウ…). Matched case-sensitively. */
  labels: readonly string[];
  /** Option texts in order, when the item has them. */
  choices?: readonly string[];
  /** The number the model gives the first option when it answers by position ("選択肢3", "option 3", "3番"). */
  indexBase: number;
}

export type ChoicePick =
  | { kind: "picked"; index: number; via: "answer phrase" | "label" | "number" | "choice text" }
  | { kind: "ambiguous"; indices: number[] }
  | { kind: "none" };

// Characters that make a label part of a longer word: Latin letters, digits, kanji, katakana. Hiragana is left out
// on purpose so particles may touch a label (正解はB, Cです).
const WORD = String.raw`[A-Za-z0-9\p{Script=Han}\p{Script=Katakana}]`;
const OPTION_WORD = String.raw`(?:[Oo]ption|[Cc]hoice|OPTION|CHOICE|選択肢|オプション)`;

// A phrase that states the final answer; the last one that names an option settles the pick.
const ANSWER_PHRASE = new RegExp(
  [
    String.raw`\b(?:(?:final|correct|right|best)\s+)?answer(?:\s+choice)?\**\s*` +
      String.raw`(?:is(?!n)|would\s+be|should\s+be|will\s+be|[:=])`,
    String.raw`\b(?:final|correct|right|best)\s+(?:option|choice)\**\s*(?:is(?!n)|would\s+be|should\s+be|[:=])`,
    String.raw`\bI(?:\s+would|'d|\s+will|'ll)?\s+(?:choose|select|pick|go\s+with)\b`,
    String.raw`(?:答え|正解|正答|解答|回答)\**\s*(?:は|[:=])`,
  ].join("|"),
  "giu",
);

/**
 * Finds which option a chat model's answer picks, in English or Japanese. In order: the last answer phrase that
 * names an option ("The answer is (C)", "答えは (C) です", "正解は選択肢3"); else every label or option number the
 * answer names in an answer-like way ("B", "(B)", "**C**", "B) text", "Cです", "選択肢3"); else the option texts it
 * names (「ロビー」です). Naming two different options without a settling phrase is ambiguous, not a pick.
 * Numbers name options by position, 1-based by default (indexBase): "選択肢3", "option 3", "3番", or a bare "3" unless
 * an option's text is a number (then "3" names the option whose text is 3). Numbered labels ("1", "2", …) are
 * labels, so positions are off then.
 */
export function extractChoice(answer: string, space: ChoiceSpace): ChoicePick {
  const text = answer.normalize("NFKC");
  const count = space.choices?.length ?? space.labels.length;
  const labels = space.labels.slice(0, count);
  const context: Context = {
    labels,
    count,
    indexBase: space.indexBase,
    choices: space.choices,
    positions: !labels.some((label) => /^\d+$/.test(label)),
    barePositions: !(space.choices ?? []).some(isNumericChoice),
  };

  // Labels inside a quoted option's own text ("C. (A) and (B) both in the same way.") name nothing.
  const outside = withoutLabelledOptions(text, labels, space.choices ?? []);
  const settled = lastAnswerPhrasePick(outside, context);
  if (settled !== undefined) return { kind: "picked", index: settled, via: "answer phrase" };

  const byLabel = labelMentions(outside, labels);
  const named = [...new Set([...byLabel, ...positionMentions(outside, context)])];
  if (named.length > 0) return decide(named, byLabel.length > 0 ? "label" : "number");

  const texts = [...new Set(findChoiceMentions(text, space.choices ?? []).map((m) => m.index))];
  return texts.length > 0 ? decide(texts, "choice text") : { kind: "none" };
}

interface Context {
  labels: readonly string[];
  count: number;
  indexBase: number;
  choices: readonly string[] | undefined;
  /** Whether "選択肢3" names the third option: not when the labels are numerals themselves. */
  positions: boolean;
  /** Whether a bare "3" names the third option: not when an option's text is a number. */
  barePositions: boolean;
}

function decide(indices: number[], via: "label" | "number" | "choice text"): ChoicePick {
  const [only] = indices;
  return indices.length === 1 && only !== undefined
    ? { kind: "picked", index: only, via }
    : { kind: "ambiguous", indices: indices.sort((a, b) => a - b) };
}

function lastAnswerPhrasePick(text: string, context: Context): number | undefined {
  let pick: number | undefined;
  for (const phrase of text.matchAll(ANSWER_PHRASE)) {
    const rest = text.slice(phrase.index + phrase[0].length).replace(/^\s+/, "");
    const end = rest.search(/\n|。|[.!?](?:\s|$)/);
    const index = resolveClause((end === -1 ? rest : rest.slice(0, end)).slice(0, 120), context);
    if (index !== undefined) pick = index;
  }
  return pick;
}

// Markup, quotes and brackets before the option, and an optional "option"/"選択肢" word.
const LEAD = new RegExp(String.raw`^[\s*_"'「『(\[【:、,]*(${OPTION_WORD}\s*(?:No\.?\s*)?)?[\s*_"'「『(\[【:、,]*`, "u");

/** The option named at the start of the words after an answer phrase. */
function resolveClause(clause: string, context: Context): number | undefined {
  const lead = LEAD.exec(clause);
  const saidOption = lead?.[1] !== undefined;
  const rest = clause.slice(lead?.[0].length ?? 0);

  if (context.labels.length > 0) {
    const label = new RegExp(String.raw`^(${alternation(context.labels)})(?!${WORD})`, "u").exec(rest)?.[1];
    if (label !== undefined) return context.labels.indexOf(label);
  }
  const number = /^(\d+)(?![\d.,])/.exec(rest)?.[1];
  if (saidOption && number !== undefined && context.positions) return position(number, context);
  const [firstText] = findChoiceMentions(clause, context.choices ?? []);
  if (firstText) return firstText.index;
  return number !== undefined && context.positions && context.barePositions ? position(number, context) : undefined;
}

/**
 * The answer with every quotation of an option whose text itself names options ("(A) and (C)", "Use the method in
 * (A)") blanked out, so that only the labels the model wrote itself count. Positions are kept (spaces), so that a
 * label still starts its line.
 */
function withoutLabelledOptions(text: string, labels: readonly string[], choices: readonly string[]): string {
  let out = text;
  for (const choice of choices) {
    const quoted = choice.normalize("NFKC").trim();
    if (labelMentions(quoted, labels).length === 0) continue;
    for (const form of new Set([quoted, quoted.replace(/[.。]$/u, "")])) {
      if (form.length > 3) out = out.replaceAll(form, " ".repeat(form.length));
    }
  }
  return out;
}

function labelMentions(text: string, labels: readonly string[]): number[] {
  if (labels.length === 0) return [];
  const L = alternation(labels);
  const contexts = [
    String.raw`[(\[【「]\s*(${L})\s*[)\]】」]`, // (B) [B] 【B】
    String.raw`^[\t ]*(?:[-*•>][\t ]+)?(?:\*\*|__)?(${L})(?:\*\*|__)?[\t ]*[).](?!\d)`, // a line starting "B)" or "B."
    String.raw`\*\*[\t ]*(${L})[\t ]*\*\*`, // **B**
    String.raw`${OPTION_WORD}[\t ]*:?[\t ]*(${L})(?!${WORD})`, // option B, 選択肢B
    String.raw`(?<!${WORD})(${L})[\t ]*(?=です|でしょう|が正解|が正しい|が適切|が答え|を選)`, // Cです, Bが正解
    String.raw`^[\t ]*(?:\*\*|__)?(${L})(?:\*\*|__)?[\t ]*[.。]?[\t ]*$`, // a line that is only "B"
  ];
  return contexts.flatMap((source) =>
    [...text.matchAll(new RegExp(source, "gmu"))].map((m) => labels.indexOf(m[1] ?? "")),
  );
}

function positionMentions(text: string, context: Context): number[] {
  if (!context.positions) return [];
  const sources = [
    String.raw`${OPTION_WORD}[\t ]*(?:No\.?[\t ]*|番号[\t ]*)?(\d+)(?!\d)`, // 選択肢3, option 3
    String.raw`(?<![\d.,])(\d+)[\t ]*番(?![地号線])`, // 3番
  ];
  if (context.barePositions) sources.push(String.raw`^\s*(?:\*\*)?(\d+)(?:\*\*)?[\t ]*[.。]?\s*$`); // just "3"
  return sources
    .flatMap((source) => [...text.matchAll(new RegExp(source, "gu"))].map((m) => position(m[1] ?? "", context)))
    .filter((index): index is number => index !== undefined);
}

function position(digits: string, context: Context): number | undefined {
  const index = Number(digits) - context.indexBase;
  return Number.isInteger(index) && index >= 0 && index < context.count ? index : undefined;
}

function alternation(labels: readonly string[]): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}
