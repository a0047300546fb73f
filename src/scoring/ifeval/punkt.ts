// NLTK's Punkt sentence tokenizer (nltk 3.8 `nltk/tokenize/punkt.py`, PunktSentenceTokenizer.span_tokenize with the
// pre-trained English parameters), which IFEval's instructions_util.count_sentences loads as
// `tokenizers/punkt/english.pickle`. Only tokenization is ported, not training.
import {
  ENGLISH_ABBREVIATIONS,
  ENGLISH_COLLOCATIONS,
  ENGLISH_SENTENCE_STARTERS,
  englishOrthoContext as orthoContext,
} from "./punkt-english.js";
import { PY_SPACE, PY_WORD, pyRstrip, pyStrip } from "./python-strings.js";

const S = `[${PY_SPACE}]`;
const NS = `[^${PY_SPACE}]`;
const NON_WORD = `(?:[)";}\\]*:@'({\\[?!])`;
const MULTI_CHAR = `(?:-{2,}|\\.{2,}|(?:\\.${S}){2,}\\.)`;
const WORD_START = "[^(\"`{\\[:;&#*@)}\\]\\-,]";
/** A word ends at whitespace, the end, punctuation, a dash or ellipsis, or a comma that ends it. */
const WORD_END = `(?=${S}|$|${NON_WORD}|${MULTI_CHAR}|,(?=$|${S}|${NON_WORD}|${MULTI_CHAR}))`;
const WORD = new RegExp(`${MULTI_CHAR}|(?=${WORD_START})${NS}+?${WORD_END}|${NS}`, "gu");
/** A sentence-end character and, in a lookahead, what follows it: punctuation, or whitespace and the next token. */
const PERIOD_CONTEXT = new RegExp(`[.?!](?=(${NON_WORD}|${S}+(${NS}+)))`, "gu");
const REALIGNMENT = new RegExp(`^["')\\]}]+?(?:${S}+|(?=--)|(?=\\n)|$)`, "u");
const NUMERIC = /^-?[.,]?\p{Nd}[\p{Nd},.-]*\.?$/u;
const INITIAL = new RegExp(`^[${PY_WORD.replace("\\p{N}", "\\p{Nl}\\p{No}")}]\\.$`, "u");
const ELLIPSIS = /^\.\.+$/;
const FIRST_UPPER = /^\p{Uppercase}/u;
const FIRST_LOWER = /^\p{Lowercase}/u;
/** Python's string.whitespace, which _get_last_whitespace_index uses (ASCII only). */
const ASCII_WHITESPACE = " \t\n\r\v\f";

// Orthographic context flags (punkt.py _ORTHO_*).
const ORTHO_BEG_UC = 1 << 1;
const ORTHO_MID_UC = 1 << 2;
const ORTHO_UNK_UC = 1 << 3;
const ORTHO_BEG_LC = 1 << 4;
const ORTHO_MID_LC = 1 << 5;
const ORTHO_UNK_LC = 1 << 6;
const ORTHO_UC = ORTHO_BEG_UC | ORTHO_MID_UC | ORTHO_UNK_UC;
const ORTHO_LC = ORTHO_BEG_LC | ORTHO_MID_LC | ORTHO_UNK_LC;

interface Token {
  tok: string;
  type: string;
  periodFinal: boolean;
  sentbreak: boolean;
  abbr: boolean;
  ellipsis: boolean;
}

function makeToken(tok: string): Token {
  const type = tok.toLowerCase().replace(NUMERIC, "##number##");
  return { tok, type, periodFinal: tok.endsWith("."), sentbreak: false, abbr: false, ellipsis: false };
}

function typeNoPeriod(token: Token): string {
  return token.type.length > 1 && token.type.endsWith(".") ? token.type.slice(0, -1) : token.type;
}

function typeNoSentperiod(token: Token): string {
  return token.sentbreak ? typeNoPeriod(token) : token.type;
}

function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  for (const line of text.split("\n")) {
    if (pyStrip(line) === "") continue;
    for (const match of line.matchAll(WORD)) tokens.push(makeToken(match[0]));
  }
  return tokens;
}

function firstPass(token: Token): void {
  const { tok } = token;
  if (tok === "." || tok === "?" || tok === "!") {
    token.sentbreak = true;
  } else if (ELLIPSIS.test(tok)) {
    token.ellipsis = true;
  } else if (token.periodFinal && !tok.endsWith("..")) {
    const stem = tok.slice(0, -1).toLowerCase();
    if (ENGLISH_ABBREVIATIONS.has(stem) || ENGLISH_ABBREVIATIONS.has(stem.split("-").at(-1) ?? "")) {
      token.abbr = true;
    } else {
      token.sentbreak = true;
    }
  }
}

function orthoHeuristic(token: Token): boolean | "unknown" {
  if (";:,.!?".includes(token.tok) && token.tok.length === 1) return false;
  const context = orthoContext(typeNoSentperiod(token));
  if (FIRST_UPPER.test(token.tok) && context & ORTHO_LC && !(context & ORTHO_MID_UC)) return true;
  if (FIRST_LOWER.test(token.tok) && (context & ORTHO_UC || !(context & ORTHO_BEG_LC))) return false;
  return "unknown";
}

/** punkt.py _second_pass_annotation: collocations, then the orthographic and sentence-starter heuristics. */
function secondPass(token: Token, next: Token | undefined): void {
  if (!next || !token.periodFinal) return;
  const type = typeNoPeriod(token);
  const nextType = typeNoSentperiod(next);
  const isInitial = INITIAL.test(token.tok);
  if (ENGLISH_COLLOCATIONS.has(`${type} ${nextType}`)) {
    token.sentbreak = false;
    token.abbr = true;
    return;
  }
  if ((token.abbr || token.ellipsis) && !isInitial) {
    if (orthoHeuristic(next) === true) {
      token.sentbreak = true;
      return;
    }
    if (FIRST_UPPER.test(next.tok) && ENGLISH_SENTENCE_STARTERS.has(nextType)) {
      token.sentbreak = true;
      return;
    }
  }
  if (isInitial || type === "##number##") {
    const startsSentence = orthoHeuristic(next);
    if (startsSentence === false) {
      token.sentbreak = false;
      token.abbr = true;
      return;
    }
    const alwaysCapitalised = FIRST_UPPER.test(next.tok) && !(orthoContext(nextType) & ORTHO_LC);
    if (startsSentence === "unknown" && isInitial && alwaysCapitalised) {
      token.sentbreak = false;
      token.abbr = true;
    }
  }
}

function annotate(tokens: Token[]): Token[] {
  for (const token of tokens) firstPass(token);
  tokens.forEach((token, i) => secondPass(token, tokens[i + 1]));
  return tokens;
}

/** punkt.py text_contains_sentbreak: a break on any token but the last. */
function containsSentbreak(context: string): boolean {
  return annotate(tokenizeWords(context))
    .slice(0, -1)
    .some((token) => token.sentbreak);
}

function lastWhitespaceIndex(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (ASCII_WHITESPACE.includes(text[i] as string)) return i;
  return 0;
}

interface EndContext {
  match: RegExpExecArray;
  context: string;
}

/** punkt.py _match_potential_end_contexts: each candidate end with the word before it and the token after. */
function potentialEndContexts(text: string): EndContext[] {
  const contexts: EndContext[] = [];
  let previous: RegExpExecArray | undefined;
  let previousStart = 0;
  let previousStop = 0;
  for (const match of text.matchAll(PERIOD_CONTEXT)) {
    const before = text.slice(previousStop, match.index);
    // As in NLTK, whitespace at the very start of `before` counts as none found.
    const space = lastWhitespaceIndex(before);
    const wordStart = space ? space + previousStop + 1 : previousStart;
    if (previous && previousStop <= wordStart) contexts.push(endContext(text, previous, previousStart, previousStop));
    previous = match as RegExpExecArray;
    previousStart = wordStart;
    previousStop = match.index;
  }
  if (previous) contexts.push(endContext(text, previous, previousStart, previousStop));
  return contexts;
}

function endContext(text: string, match: RegExpExecArray, start: number, stop: number): EndContext {
  return { match, context: text.slice(start, stop) + match[0] + (match[1] ?? "") };
}

type Span = [start: number, stop: number];

function slicesFromText(text: string): Span[] {
  const spans: Span[] = [];
  let lastBreak = 0;
  for (const { match, context } of potentialEndContexts(text)) {
    if (!containsSentbreak(context)) continue;
    const end = match.index + 1;
    spans.push([lastBreak, end]);
    const after = match[1] ?? "";
    const next = match[2];
    lastBreak = next ? end + after.length - next.length : end;
  }
  spans.push([lastBreak, pyRstrip(text).length]);
  return spans;
}

/** punkt.py _realign_boundaries: closing quotes and brackets after a break stay with the sentence they close. */
function realignBoundaries(text: string, spans: Span[]): Span[] {
  const sentences: Span[] = [];
  let realign = 0;
  spans.forEach(([start, stop], i) => {
    const current: Span = [start + realign, stop];
    const following = spans[i + 1];
    const isNonEmpty = text.slice(current[0], current[1]) !== "";
    if (!following) {
      if (isNonEmpty) sentences.push(current);
      return;
    }
    const closing = REALIGNMENT.exec(text.slice(following[0], following[1]));
    if (closing) {
      sentences.push([current[0], following[0] + pyRstrip(closing[0]).length]);
      realign = closing[0].length;
    } else {
      realign = 0;
      if (isNonEmpty) sentences.push(current);
    }
  });
  return sentences;
}

/** The sentences Punkt finds in `text`, as IFEval's count_sentences sees them. */
export function splitSentences(text: string): string[] {
  return realignBoundaries(text, slicesFromText(text)).map(([start, stop]) => text.slice(start, stop));
}

/** instructions_util.count_sentences: the number of Punkt sentences. */
export function countSentences(text: string): number {
  return splitSentences(text).length;
}
