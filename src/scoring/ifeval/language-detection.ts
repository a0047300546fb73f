import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// IFEval asks Python's `langdetect` (a port of Shuyo's language-detection) whether a response is in a language;
// its profiles are not on npm without a 140 MB dependency, so the `eld` n-gram detector stands in. On two sentences
// in each of the 30 languages IFEval asks for, eld named langdetect's language 56 times in 60: the misses were the
// two it does not know, Nepali and Swahili (handled below), and a short Russian phrase langdetect called Bulgarian.

interface Detector {
  detect(text: string): { language: string };
  enableTextCleanup(enabled: boolean): void;
}

let detector: Detector | undefined;

/**
 * eld is ESM-only. Scorers are synchronous, and importing it up front would cost every kurabe command ~0.5 s, so it
 * is loaded on first use through require(esm), which Node has had unflagged since 20.19 and 22.12.
 */
function loadDetector(): Detector {
  if (!detector) {
    const require = createRequire(import.meta.url);
    const entry = fileURLToPath(import.meta.resolve("eld/medium"));
    try {
      detector = (require(entry) as { eld: Detector }).eld;
      // langdetect drops URLs and e-mail addresses before counting n-grams; eld's clean-up does the same.
      detector.enableTextCleanup(true);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot load the eld language detector (needs Node >= 20.19): ${reason}`, { cause: error });
    }
  }
  return detector;
}

/** The ISO 639-1 code of the text's language, or undefined when nothing in it can be detected. */
export function detectLanguage(text: string): string | undefined {
  return loadDetector().detect(text).language || undefined;
}

/** Latin-script languages eld knows; a Swahili text is detected as one of them (or as Tagalog, Polish…). */
const LATIN_LANGUAGES = new Set(
  "az ca cs da de en es et eu fi fr hr hu is it ku lt lv ms nl no pl pt ro sk sl sq sr sv tl tr vi yo".split(" "),
);

/**
 * Languages IFEval may ask for that eld cannot name, judged by what eld names instead: a Nepali text comes out as
 * Hindi or Marathi, a Swahili one as some other Latin-script language (never English, which would be a real miss).
 */
const STAND_INS: Readonly<Record<string, (detected: string) => boolean>> = {
  ne: (detected) => detected === "hi" || detected === "mr",
  sw: (detected) => LATIN_LANGUAGES.has(detected) && detected !== "en",
};

/**
 * `langdetect.detect(text) == language`, where a text langdetect cannot place (no letters it has profiles for)
 * counts as following the instruction, as the reference's LangDetectException handler does.
 */
export function isInLanguage(text: string, language: string): boolean {
  const detected = detectLanguage(text);
  if (detected === undefined) return true;
  if (detected === language) return true;
  return STAND_INS[language]?.(detected) ?? false;
}
