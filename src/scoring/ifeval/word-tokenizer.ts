// nltk.word_tokenize (nltk 3.8): Punkt sentences, each split by NLTKWordTokenizer (`nltk/tokenize/destructive.py`,
// the improved Treebank tokenizer), which IFEval's capital_word_frequency checker counts.
import { splitSentences } from "./punkt.js";
import { PY_BOUNDARY, PY_SPACE, PY_WORD, pySplitWhitespace } from "./python-strings.js";

type Rule = [pattern: RegExp, replacement: string];

const B = PY_BOUNDARY;
const W = `[${PY_WORD}]`;
const S = `[${PY_SPACE}]`;
/** Python's `$` without MULTILINE: the end, or before a final newline. */
const END = "(?=\\n?$)";

const STARTING_QUOTES: Rule[] = [
  [/([«“‘„]|`+)/gu, " $1 "],
  [/^"/u, "``"],
  [/(``)/gu, " $1 "],
  [/([ ([{<])("|'{2})/gu, "$1 `` "],
  [new RegExp(`(')(?!re|ve|ll|m|t|s|d|n)(${W})${B}`, "giu"), "$1 $2"],
];

const PUNCTUATION: Rule[] = [
  [new RegExp(`([^.])(\\.)([\\])}>"'»”’ ]*)${S}*${END}`, "gu"), "$1 $2 $3 "],
  [/([:,])([^\p{Nd}])/gu, " $1 $2"],
  [new RegExp(`([:,])${END}`, "gu"), " $1 "],
  [/\.{2,}/gu, " $& "],
  [/[;@#$%&]/gu, " $& "],
  [new RegExp(`([^.])(\\.)([\\])}>"']*)${S}*${END}`, "gu"), "$1 $2$3 "],
  [/[?!]/gu, " $& "],
  [/([^'])' /gu, "$1 ' "],
  [/\*/gu, " $& "],
];

const PARENS_BRACKETS: Rule = [/[\][(){}<>]/gu, " $& "];
const DOUBLE_DASHES: Rule = [/--/gu, " -- "];

const ENDING_QUOTES: Rule[] = [
  [/([»”’])/gu, " $1 "],
  [/''/gu, " '' "],
  [/"/gu, " '' "],
  [/([^' ])('[sS]|'[mM]|'[dD]|') /gu, "$1 $2 "],
  [/([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) /gu, "$1 $2 "],
];

/** Robert MacIntyre's contractions (MacIntyreContractions.CONTRACTIONS2 and 3): "cannot" → "can not". */
const CONTRACTIONS: Rule[] = [
  ...["(can)(not)", "(d)('ye)", "(gim)(me)", "(gon)(na)", "(got)(ta)", "(lem)(me)", "(more)('n)"].map(
    (pair): Rule => [new RegExp(`${B}${pair}${B}`, "giu"), " $1 $2 "],
  ),
  [new RegExp(`${B}(wan)(na)(?=${S})`, "giu"), " $1 $2 "],
  [new RegExp(` ('t)(is)${B}`, "giu"), " $1 $2 "],
  [new RegExp(` ('t)(was)${B}`, "giu"), " $1 $2 "],
];

function apply(text: string, rules: readonly Rule[]): string {
  return rules.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** NLTKWordTokenizer.tokenize on one sentence. */
function tokenizeSentenceWords(sentence: string): string[] {
  let text = apply(sentence, STARTING_QUOTES);
  text = apply(text, PUNCTUATION);
  text = apply(text, [PARENS_BRACKETS, DOUBLE_DASHES]);
  text = apply(` ${text} `, ENDING_QUOTES);
  text = apply(text, CONTRACTIONS);
  return pySplitWhitespace(text);
}

/** nltk.word_tokenize(text): the words of each Punkt sentence. */
export function tokenizeWords(text: string): string[] {
  return splitSentences(text).flatMap(tokenizeSentenceWords);
}
