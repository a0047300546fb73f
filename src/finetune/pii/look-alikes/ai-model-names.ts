import { linesWithOffsets, type Span } from "../detector.js";
import { personCued } from "./person-cues.js";

/*
 * An AI model or assistant named as the tool it is (Claude, Gemini, Copilot, Llama, Mistral): a product, though Claude is
 * a man's first name, and the name rules read "Claude, Gemini" as a family name and a given one. Its name is at work when
 * a version, a tier or its kind's word goes with it (Claude 3.5 Sonnet, Gemini Pro, the Claude app, GitHub Copilot), or
 * when the same line names another model (a list of tools compared). A person's verb after it (Claude said) or a title
 * before it (Mr Claude) keeps it a person's.
 */

/** The models' names a name rule may take for a person's (the single-name rules read this list too). */
export const AI_MODEL_NAMES = ["Claude", "Gemini", "Gemma", "Copilot", "Llama", "Mistral", "Mixtral", "Grok", "Bard", "Perplexity", "DeepSeek", "Qwen"];
const MODEL = AI_MODEL_NAMES.join("|");
const MODEL_NAME = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${MODEL})(?![\\p{L}'’])`, "gu");
/** The gate: any model's name. */
const MODEL_CUE = new RegExp(MODEL);
/** Another model in the line, one no name rule takes too (ChatGPT, GPT-4o) or a maker's model. */
const OTHER_MODEL = /(?<![\p{L}])(?:ChatGPT|GPT-?\d|o\d-mini|OpenAI|Anthropic)(?![\p{L}])/u;
/** A version, a size or a tier after the name (Claude 3.5, Llama-3, Mistral 7B, Gemini Pro, Copilot Chat, Claude Opus). */
const TIER_AFTER =
  /^(?:[ \t-]?v?\d|[ \t]+(?:Pro|Flash|Ultra|Nano|Advanced|Sonnet|Opus|Haiku|Instant|Chat|Large|Small|Medium|Code|Studio|Enterprise)(?![\p{L}]))/u;
/** Its kind's word after it (Claude AI, the Gemini API, the Copilot app, Llama models). */
const KIND_AFTER = /^[ \t]+(?:AI|LLM|API|app|apps|model|models|chatbot|assistant|subscription|plan)(?![\p{L}])/u;
/** Its maker or its kind's word before it (Anthropic's Claude, GitHub Copilot, Meta's Llama, 生成AI（Claude）, the assistant Claude). */
const KIND_BEFORE = /(?:Anthropic|Google|GitHub|Microsoft|Meta|Mistral|AI|LLM|model|assistant|chatbot|生成AI|チャットボット)(?:['’]s)?[ \t]*[（(:：]?[ \t]*$/u;

/** The model names at work in a width-folded text, as spans. */
export function aiModelNames(shadow: string): Span[] {
  if (!MODEL_CUE.test(shadow)) return [];
  const spans: Span[] = [];
  for (const { line, start: lineStart } of linesWithOffsets(shadow)) {
    const names = [...line.matchAll(MODEL_NAME)];
    const models = new Set(names.map((name) => name[0]));
    for (const name of names) {
      const before = line.slice(Math.max(0, name.index - 24), name.index);
      const after = line.slice(name.index + name[0].length, name.index + name[0].length + 24);
      // The man named Claude.
      if (personCued(shadow, { start: lineStart + name.index, end: lineStart + name.index + name[0].length })) continue;
      const inList = models.size > 1 || OTHER_MODEL.test(line);
      // The tier is the model's name too (Claude Opus), where a rule took the two words for a given and a family name.
      const tier = TIER_AFTER.exec(after)?.[0].length;
      if (inList || tier !== undefined || KIND_AFTER.test(after) || KIND_BEFORE.test(before)) {
        spans.push({ start: lineStart + name.index, end: lineStart + name.index + name[0].length + (tier ?? 0) });
      }
    }
  }
  return spans;
}

/** Whether a finding's letters all lie in model names at work (`models`): it names tools, no person. */
export const onlyModelNames = (shadow: string, finding: Span, models: readonly Span[]): boolean => {
  for (let at = finding.start; at < finding.end; at++) {
    if (/\p{L}/u.test(shadow[at]!) && !models.some((model) => model.start <= at && at < model.end)) return false;
  }
  return true;
};
