import { describe, expect, it } from "vitest";
import { tokenizeWords } from "../../../src/scoring/ifeval/word-tokenizer.js";

// Expected tokens from nltk 3.8: NLTKWordTokenizer over the Punkt sentences (the English parameters of
// punkt-english.ts), i.e. what nltk.word_tokenize gives IFEval's capital_word_frequency checker.
const cases: Array<[text: string, tokens: string[]]> = [
  ["Good muffins cost $3.88 (roughly 3,36 euros)\nin New York.  Please buy me\ntwo of them.\nThanks.",
   ["Good", "muffins", "cost", "$", "3.88", "(", "roughly", "3,36", "euros", ")", "in", "New", "York", ".", "Please", "buy", "me", "two", "of", "them", ".", "Thanks", "."]],
  ["I CAN'T BELIEVE IT'S NOT BUTTER!",
   ["I", "CA", "N'T", "BELIEVE", "IT", "'S", "NOT", "BUTTER", "!"]],
  ["\"Hello,\" she said. 'Quote' here... and -- dashes.",
   ["``", "Hello", ",", "''", "she", "said", ".", "'Quote", "'", "here", "...", "and", "--", "dashes", "."]],
  ["They'll go; we're done: 10:30 is fine, ok?",
   ["They", "'ll", "go", ";", "we", "'re", "done", ":", "10:30", "is", "fine", ",", "ok", "?"]],
  ["cannot gonna wanna gimme lemme 'tis 'twas",
   ["can", "not", "gon", "na", "wan", "na", "gim", "me", "lem", "me", "'t", "is", "'t", "was"]],
  ["The U.S.A. and NASA's rocket (THE BIG ONE) flew.",
   ["The", "U.S.A.", "and", "NASA", "'s", "rocket", "(", "THE", "BIG", "ONE", ")", "flew", "."]],
  ["«French» “curly” ‘single’ „low“",
   ["«", "French", "»", "“", "curly", "”", "‘", "single", "’", "„", "low", "“"]],
  ["Items: [a], {b}, <c>.",
   ["Items", ":", "[", "a", "]", ",", "{", "b", "}", ",", "<", "c", ">", "."]],
  ["WHAT?! NO WAY!!!",
   ["WHAT", "?", "!", "NO", "WAY", "!", "!", "!"]],
  ["e.g. THIS IS IT.\nNEW LINE HERE",
   ["e.g", ".", "THIS", "IS", "IT", ".", "NEW", "LINE", "HERE"]],
];

describe("nltk.word_tokenize", () => {
  it.each(cases)("%j", (text, tokens) => {
    expect(tokenizeWords(text)).toEqual(tokens);
  });
});
