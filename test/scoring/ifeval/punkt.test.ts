import { describe, expect, it } from "vitest";
import { countWords } from "../../../src/scoring/ifeval/ifeval-instructions.js";
import { countSentences, splitSentences } from "../../../src/scoring/ifeval/punkt.js";

// Expected counts come from nltk 3.8's PunktSentenceTokenizer with english.pickle's parameters
// (instructions_util.count_sentences) and from re.findall(r"\w+") (count_words), run in Python on these texts.
const cases: Array<[name: string, text: string, sentences: number, words: number]> = [
  ["two plain sentences", "Hello world. This is a test.", 2, 6],
  ["no final period", "No final period", 1, 3],
  ["abbreviations before a name and a capitalised starter", "Dr. Smith arrived at 5 p.m. The train was late.", 2, 11],
  ["a decimal point", "It costs $3.50. That is cheap!", 2, 7],
  ["an ellipsis before a frequent sentence starter", "Wait... The end.", 2, 3],
  ["an ellipsis before a lowercase word", "Wait... we go on.", 1, 4],
  ["runs of ?! end one sentence", "What?! Really? Yes!", 3, 3],
  ["a closing quote stays with its sentence", 'He said "Hello." Then he left.', 2, 6],
  ["a closing bracket stays with its sentence", "(This is one.) This is two.", 2, 6],
  ["a list number before a capital is a break", "1. Arrive in Zurich.\n2. Visit Lucerne.", 4, 7],
  ["a list number before a lowercase word is not", "1. arrive in zurich\n2. visit lucerne", 1, 7],
  ["newlines alone never end a sentence", "Verse 1\nI walk alone\nNo one by my side", 1, 10],
  ["e.g. is not an abbreviation of the English model", "We need apples, e.g. red ones. Done.", 3, 8],
  // The orthographic context: an initial or number ends a sentence before a word the model saw in lower case.
  ["an initial before a word also seen in lower case", "I got an A. The teacher smiled.", 2, 7],
  ["a one-letter word before Let's (IFEval's GPT-4 responses)", "I see you're currently located in o. Let's check the weather for you.", 2, 15],
  ["an initial before a name never seen in lower case", "J. Bach wrote music.", 1, 4],
  ["initials before a name, then a sentence", "Meet J. K. Rowling. She writes.", 2, 6],
  ["a number before a word seen in lower case", "Call me at 5. Then we go.", 2, 7],
  ["No. is an abbreviation only before a word seen capitalised mid-sentence", "He is the No. 1 player. He won.", 3, 8],
  ["a known collocation: ##number## business", "Section 1. Business plan follows.", 1, 5],
  ["version numbers", "Version 2.0 is out. Version 3.0 is next.", 2, 10],
  ["lowercase sentences", "hello. i am here. are you?", 3, 6],
  ["month abbreviations", "Jan. 5 is the date. Feb. 6 too.", 2, 8],
  ["Mr. and Mrs.", "Mr. and Mrs. Jones arrived. It rained.", 2, 7],
  ["U.S. before a sentence starter", "U.S. troops left. They went home.", 2, 7],
  ["U.S.A. before a capitalised word", "The U.S.A. is big. Really big.", 2, 8],
  ["repeated exclamation marks", "Hello!!! I promise. Bye.", 3, 4],
  ["empty text", "", 0, 0],
  ["blank text", "  \n ", 0, 0],
  ["apostrophes, hyphens and underscores in words", "don't stop-believing, it's 2024_edition", 1, 7],
  ["accented Latin letters", "naïve café — déjà vu", 1, 4],
  ["Devanagari vowel signs split \\w runs, as in Python", "हिन्दी भाषा", 1, 5],
  ["Japanese without spaces is one word", "東京は大きい", 1, 1],
];

describe("Punkt sentence counting and IFEval word counting", () => {
  it.each(cases)("%s", (_name, text, sentences, words) => {
    expect(countSentences(text)).toBe(sentences);
    expect(countWords(text)).toBe(words);
  });

  it("returns the sentences themselves, trailing whitespace dropped", () => {
    expect(splitSentences('He said "Hello." Then he left.  ')).toEqual(['He said "Hello."', "Then he left."]);
  });
});
