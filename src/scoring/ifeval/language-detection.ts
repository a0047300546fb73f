import { detectLanguage } from "./langdetect/detector.js";

export { detectLanguage } from "./langdetect/detector.js";

/**
 * The reference's `langdetect.detect(text) == language` (IFEval's ResponseLanguageChecker and change_case checkers,
 * M-IFEval's too), where a text with nothing to detect counts as following the instruction, as their
 * LangDetectException handler does. Unlike the reference, which leaves langdetect unseeded, the detection is seeded
 * and so the same on every run.
 */
export function isInLanguage(text: string, language: string): boolean {
  const detected = detectLanguage(text);
  return detected === undefined || detected === language;
}
