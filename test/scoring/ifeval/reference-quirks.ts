/**
 * Single-instruction responses on the edges of the reference checkers' behaviour, with the strict result
 * google-research's / M-IFEval's Python code gives them (checked by running that code on these texts).
 */
export interface QuirkCase {
  name: string;
  id: string;
  kwargs: Record<string, unknown>;
  response: string;
  followed: boolean;
}

export const quirkCases: QuirkCase[] = [
  // count_words is re.findall(r"\w+"): apostrophes, hyphens and decimal points split words.
  { name: "count_words: \"don't\" is two words", id: "length_constraints:number_words", kwargs: { relation: "less than", num_words: 2 }, response: "don't", followed: false },
  { name: "count_words: 'e-mail 3.14' is four words", id: "length_constraints:number_words", kwargs: { relation: "at least", num_words: 4 }, response: "e-mail 3.14", followed: true },
  { name: "count_words: snake_case is one word", id: "length_constraints:number_words", kwargs: { relation: "less than", num_words: 2 }, response: "snake_case", followed: true },
  // relations: "less than" is <, "at least" is >=.
  { name: "'less than 3' fails at exactly 3", id: "length_constraints:number_words", kwargs: { relation: "less than", num_words: 3 }, response: "one two three", followed: false },
  { name: "'at least 3' passes at exactly 3", id: "length_constraints:number_words", kwargs: { relation: "at least", num_words: 3 }, response: "one two three", followed: true },
  { name: "keyword frequency 'less than 2' with two hits fails", id: "keywords:frequency", kwargs: { relation: "less than", keyword: "cat", frequency: 2 }, response: "A cat and a Cat.", followed: false },
  { name: "letter frequency counts case-insensitively", id: "keywords:letter_frequency", kwargs: { letter: "A", let_relation: "at least", let_frequency: 3 }, response: "Anna has a hat", followed: true },
  // bullets: `*` lines (not `**`) and `-` lines, after optional whitespace.
  { name: "bullets: ** lines are not bullets", id: "detectable_format:number_bullet_lists", kwargs: { num_bullets: 1 }, response: "** bold line\n* real bullet", followed: true },
  { name: "bullets: indented and - bullets count", id: "detectable_format:number_bullet_lists", kwargs: { num_bullets: 3 }, response: "  * one\n- two\n\t-- three", followed: true },
  { name: "bullets: numbered and • items do not count", id: "detectable_format:number_bullet_lists", kwargs: { num_bullets: 0 }, response: "1. one\n• two", followed: true },
  { name: "bullets: a lone * line swallows the next line as its text", id: "detectable_format:number_bullet_lists", kwargs: { num_bullets: 1 }, response: "*\nfoo", followed: true },
  { name: "bullets: CRLF line endings", id: "detectable_format:number_bullet_lists", kwargs: { num_bullets: 2 }, response: "* a\r\n* b\r\n", followed: true },
  // highlights: *x* and **x** (the latter counted by both patterns).
  { name: "highlights: ***x*** counts twice", id: "detectable_format:number_highlighted_sections", kwargs: { num_highlights: 2 }, response: "***x***", followed: true },
  { name: "highlights: a highlight cannot span lines", id: "detectable_format:number_highlighted_sections", kwargs: { num_highlights: 1 }, response: "*a\nb*", followed: false },
  // JSON: one ``` fence (```json / ```Json / ```JSON) is taken off, then json.loads.
  { name: "JSON: ```JSON fence without a newline before the closing fence", id: "detectable_format:json_format", kwargs: {}, response: "```JSON\n{\"a\": 1}```", followed: true },
  { name: "JSON: ```jsonc leaves a stray 'c'", id: "detectable_format:json_format", kwargs: {}, response: "```jsonc\n{}\n```", followed: false },
  { name: "JSON: Python reads NaN and Infinity", id: "detectable_format:json_format", kwargs: {}, response: '{"a": NaN, "b": -Infinity}', followed: true },
  { name: "JSON: single quotes are not JSON", id: "detectable_format:json_format", kwargs: {}, response: "{'a': 1}", followed: false },
  { name: "JSON: a bare number is JSON", id: "detectable_format:json_format", kwargs: {}, response: "42", followed: true },
  // postscript and titles.
  { name: "postscript: the marker may stand mid-line", id: "detectable_content:postscript", kwargs: { postscript_marker: "P.S." }, response: "Bye (see the p.s. below)", followed: true },
  { name: "postscript: another marker is a regex", id: "detectable_content:postscript", kwargs: { postscript_marker: "Note:" }, response: "Done.\nNOTE: call me.", followed: true },
  { name: "title: cannot span lines", id: "detectable_format:title", kwargs: {}, response: "<<A\nB>>", followed: false },
  { name: "placeholders: cannot span lines", id: "detectable_content:number_placeholders", kwargs: { num_placeholders: 1 }, response: "[a\nb]", followed: false },
  // nth paragraph first word: quotes and trailing punctuation are dropped, case is ignored.
  { name: "first word: quotes and punctuation dropped", id: "length_constraints:nth_paragraph_first_word", kwargs: { num_paragraphs: 2, nth_paragraph: 2, first_word: "hello" }, response: 'Intro.\n\n"Hello," she said.', followed: true },
  { name: "first word: blank-line paragraphs must match the count", id: "length_constraints:nth_paragraph_first_word", kwargs: { num_paragraphs: 3, nth_paragraph: 1, first_word: "intro" }, response: "Intro.\n\nHello.", followed: false },
  // forbidden words use Python's Unicode \b.
  { name: "forbidden words: 'café' inside 'cafés' is not a match", id: "keywords:forbidden_words", kwargs: { forbidden_words: ["café"] }, response: "Two cafés.", followed: true },
  { name: "forbidden words: 'café' before punctuation is", id: "keywords:forbidden_words", kwargs: { forbidden_words: ["café"] }, response: "A café!", followed: false },
  // the rest of IFEval's types.
  { name: "constrained response: one of the three options inside the answer", id: "detectable_format:constrained_response", kwargs: {}, response: "Thinking... My answer is maybe.", followed: true },
  { name: "constrained response: wrong wording", id: "detectable_format:constrained_response", kwargs: {}, response: "My answer: yes.", followed: false },
  { name: "paragraphs: *** dividers, empty ends ignored", id: "length_constraints:number_paragraphs", kwargs: { num_paragraphs: 2 }, response: "***\nOne.\n***\nTwo.\n***", followed: true },
  { name: "two responses: an empty middle part fails", id: "combination:two_responses", kwargs: {}, response: "A\n******\n******\nB", followed: false },
  // capital words are counted over nltk.word_tokenize: contractions split, so "CAN'T" is two capital words.
  { name: "capital words: contractions split into two capital tokens", id: "change_case:capital_word_frequency", kwargs: { capital_relation: "at least", capital_frequency: 8 }, response: "I CAN'T BELIEVE IT'S NOT BUTTER!", followed: true },
  { name: "capital words: punctuation tokens are not capital words", id: "change_case:capital_word_frequency", kwargs: { capital_relation: "at least", capital_frequency: 9 }, response: "I CAN'T BELIEVE IT'S NOT BUTTER!", followed: false },
  { name: "capital words: 'U.S.A.' is one capital word", id: "change_case:capital_word_frequency", kwargs: { capital_relation: "less than", capital_frequency: 2 }, response: "The U.S.A. is big.", followed: true },
  // M-IFEval ja types not in the dev items.
  { name: "ja sentences: 「」 protect their 。, 未満 is <", id: "ja:length_constraints:number_sentences", kwargs: { relation: "未満", num_sentences: 3 }, response: "「はい。いいえ。」と答えた。次へ進む！", followed: true },
  { name: "ja sentences: 以上 is >=", id: "ja:length_constraints:number_sentences", kwargs: { relation: "以上", num_sentences: 3 }, response: "一文目。二文目！", followed: false },
  { name: "ja keywords: a keyword must be a whole morpheme", id: "ja:keywords:existence", kwargs: { keywords: ["桜"] }, response: "桜が咲いた。", followed: true },
  { name: "ja keywords: '本' inside the word '日本' is not there", id: "ja:keywords:existence", kwargs: { keywords: ["本"] }, response: "日本の文化", followed: false },
  { name: "ja keyword frequency counts morphemes", id: "ja:keywords:frequency", kwargs: { keyword: "猫", relation: "以上", frequency: 2 }, response: "猫と猫が遊ぶ。", followed: true },
  { name: "ja forbidden words: '雨' inside '雨天' is not the word", id: "ja:keywords:forbidden_words", kwargs: { forbidden_words: ["雨"] }, response: "雨天中止です。", followed: true },
  { name: "ja bullets: ・ lines", id: "ja:detectable_format:number_bullet_lists", kwargs: { num_bullets: 2 }, response: "・一つめ\n・二つめ\n・・三つめではない", followed: true },
  { name: "ja letters: 未満 is <", id: "ja:length_constraints:number_letters", kwargs: { relation: "未満", num_letters: 5 }, response: "あいうえお", followed: false },
  { name: "ja quotation: 「」 around the answer", id: "ja:startend:quotation", kwargs: {}, response: "「はい」", followed: true },
  { name: "ja katakana only: punctuation is ignorable", id: "ja:letters:katakana_only", kwargs: {}, response: "カタカナ・ダケ、デス！", followed: true },
  { name: "ja sections: 第1章 markers", id: "ja:detectable_format:multiple_sections", kwargs: { section_spliter: "章", num_sections: 2 }, response: "第1章 はじめに\n第２章 おわりに", followed: true },
  { name: "ja letter frequency: katakana counts with hiragana", id: "ja:keywords:letter_frequency", kwargs: { letter: "か", let_relation: "以上", let_frequency: 2 }, response: "かカ", followed: true },
  { name: "ja postscript: 追伸", id: "ja:detectable_content:postscript", kwargs: { postscript_marker: "追伸" }, response: "本文です。\n追伸：また会いましょう。", followed: true },
  { name: "ja repeat prompt: case-sensitive", id: "ja:combination:repeat_prompt", kwargs: { prompt_to_repeat: "Hello" }, response: "hello です", followed: false },
  { name: "ja constrained response", id: "ja:detectable_format:constrained_response", kwargs: {}, response: "いいえ、違います。", followed: true },
  { name: "ja first word of the nth paragraph, after 「", id: "ja:length_constraints:nth_paragraph_first_word", kwargs: { num_paragraphs: 2, nth_paragraph: 2, first_word: "まず" }, response: "序文\n\n「まずは結論です。」", followed: true },
];
