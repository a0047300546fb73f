/**
 * Instructions whose recorded reference verdict is a coin toss in the reference itself: M-IFEval (like
 * google-research) calls langdetect without seeding it, and on these texts Python langdetect 1.0.9 gives either
 * verdict from run to run. `unseededFollowed` is how often the instruction counted as followed in 200 unseeded runs
 * of the reference check (the text as recorded, strict or with the loose variants); kurabe gives what langdetect
 * gives with `DetectorFactory.seed = 0`, every time.
 */
export interface NondeterministicCase {
  file: string;
  set: string;
  key: number;
  id: string;
  mode: "strict" | "loose";
  unseededFollowed: string;
}

const en = (set: string, key: number, id: string, mode: "strict" | "loose", unseededFollowed: string) =>
  ({ file: "m-ifeval-en-language", set, key, id, mode, unseededFollowed }) satisfies NondeterministicCase;

export const nondeterministicCases: NondeterministicCase[] = [
  en("CohereForAI__aya-23-8B", 2596, "language:response_language", "strict", "176/200"),
  en("Qwen__Qwen2.5-3B-Instruct-GPTQ-Int4", 3150, "change_case:english_lowercase", "strict", "175/200"),
  en("Qwen__Qwen2.5-3B-Instruct-GPTQ-Int4", 3424, "change_case:english_capital", "strict", "34/200"),
  en("Qwen__Qwen2.5-7B-Instruct-GPTQ-Int4", 3456, "change_case:english_capital", "strict", "82/200"),
  en("Qwen__Qwen2.5-7B-Instruct-GPTQ-Int4", 3617, "change_case:english_capital", "loose", "196/200"),
  en("claude-3-haiku-20240307", 1645, "change_case:english_capital", "strict", "56/200"),
  en("claude-3-haiku-20240307", 1645, "change_case:english_capital", "loose", "93/200"),
  en("claude-3-haiku-20240307", 3456, "change_case:english_capital", "strict", "22/200"),
  en("claude-3-haiku-20240307", 3456, "change_case:english_capital", "loose", "100/200"),
  en("claude-3-opus-20240229", 3456, "change_case:english_capital", "strict", "89/200"),
  en("claude-3-opus-20240229", 3456, "change_case:english_capital", "loose", "197/200"),
  en("deepseek-ai__deepseek-llm-7b-chat", 1219, "change_case:english_capital", "loose", "99/200"),
  en("gpt-4o-mini-2024-07-18", 202, "change_case:english_lowercase", "loose", "9/200"),
  en("hugging-quants__Meta-Llama-3.1-8B-Instruct-AWQ-INT4", 3617, "change_case:english_capital", "loose", "74/200"),
  en("mistralai__Mistral-7B-Instruct-v0.3", 3112, "language:response_language", "loose", "70/200"),
  {
    file: "m-ifeval-ja",
    set: "claude-3-5-sonnet-20240620",
    key: 2,
    id: "ja:language:response_language",
    mode: "strict",
    unseededFollowed: "126/200",
  },
];

/**
 * IFEval's letter_frequency with a letter that is not one (`#`, `!`): the reference replaces it with a random letter
 * (unseeded), so its verdict is a draw; kurabe counts the character asked for. (M-IFEval Japanese asks only for
 * hiragana, which its checker keeps.)
 */
export function asksForANonLetter(id: string, kwargs: Record<string, unknown>): boolean {
  return id === "keywords:letter_frequency" && !/^[A-Za-z]$/.test(String(kwargs.letter ?? ""));
}
