// langdetect's naive Bayes detector (Python langdetect 1.0.9 detector.py, a port of Shuyo's language-detection):
// seven trials, each drawing random n-grams from the text and multiplying in their language probabilities until one
// language passes 0.99999, averaged. The draws come from Python's generator with a fixed seed, so the answer is the
// one langdetect gives under `DetectorFactory.seed = DETECTOR_SEED`, every time.
import { dropLatinFromNonLatinText, extractNgrams, prepareText } from "./ngram.js";
import { type LanguageProfiles, languageProfiles } from "./profiles.js";
import { PythonRandom } from "./python-random.js";

const DETECTOR_SEED = 0;
const TRIALS = 7;
const ALPHA = 0.5;
const ALPHA_WIDTH = 0.05;
const ITERATION_LIMIT = 1000;
const PROB_THRESHOLD = 0.1;
const CONV_THRESHOLD = 0.99999;
const BASE_FREQ = 10_000;

interface LanguageProbability {
  language: string;
  probability: number;
}

function normalize(prob: Float64Array): number {
  let sum = 0;
  for (const p of prob) sum += p;
  let max = 0;
  for (let i = 0; i < prob.length; i++) {
    const p = (prob[i] as number) / sum;
    if (max < p) max = p;
    prob[i] = p;
  }
  return max;
}

/** Detector._update_lang_prob: prob[i] *= alpha / BASE_FREQ + P(gram | language i). */
function update(prob: Float64Array, scratch: Float64Array, gram: string, weight: number, profiles: LanguageProfiles) {
  const entry = profiles.grams.get(gram);
  if (!entry) return;
  for (let k = 0; k < entry.length; k += 2) scratch[entry[k] as number] = entry[k + 1] as number;
  for (let i = 0; i < prob.length; i++) prob[i] = (prob[i] as number) * (weight + (scratch[i] as number));
  for (let k = 0; k < entry.length; k += 2) scratch[entry[k] as number] = 0;
}

/**
 * Detector.get_probabilities: the languages above 0.1, most probable first; undefined where the text has no n-gram
 * any profile knows (langdetect raises LangDetectException "No features in text").
 */
export function detectLanguageProbabilities(text: string): LanguageProbability[] | undefined {
  const profiles = languageProfiles();
  const chars = dropLatinFromNonLatinText(prepareText(text));
  const ngrams = extractNgrams(chars, profiles.kanjiRepresentative, (gram) => profiles.grams.has(gram));
  if (ngrams.length === 0) return undefined;
  const count = profiles.languages.length;
  const total = new Float64Array(count);
  const scratch = new Float64Array(count);
  const random = new PythonRandom(DETECTOR_SEED);
  for (let trial = 0; trial < TRIALS; trial++) {
    const prob = new Float64Array(count).fill(1 / count);
    const weight = (ALPHA + random.gauss(0, 1) * ALPHA_WIDTH) / BASE_FREQ;
    for (let i = 0; ; i++) {
      update(prob, scratch, random.choice(ngrams), weight, profiles);
      if (i % 5 === 0 && (normalize(prob) > CONV_THRESHOLD || i >= ITERATION_LIMIT)) break;
    }
    for (let j = 0; j < count; j++) total[j] = (total[j] as number) + (prob[j] as number) / TRIALS;
  }
  return profiles.languages
    .map((language, i) => ({ language, probability: total[i] as number }))
    .filter(({ probability }) => probability > PROB_THRESHOLD)
    .sort((a, b) => b.probability - a.probability);
}

/**
 * langdetect.detect: the most probable language, "unknown" when none passes 0.1, undefined when nothing in the text
 * can be detected.
 */
export function detectLanguage(text: string): string | undefined {
  const probabilities = detectLanguageProbabilities(text);
  if (!probabilities) return undefined;
  return probabilities[0]?.language ?? "unknown";
}
