import { z } from "zod";

/** Each normalization step can be turned off; all are on by default. */
export const normalizeOptionsShape = {
  /** Unicode NFKC: full-width ＡＢＣ１２３（） and half-width ｶﾅ fold to their usual forms. */
  nfkc: z.boolean().default(true),
  caseFold: z.boolean().default(true),
  /** Collapse runs of whitespace, trim, and drop spaces between two Japanese characters. */
  whitespace: z.boolean().default(true),
  punctuation: z.boolean().default(true),
  /** Strip Markdown emphasis and inline code markers (`**x**`, `_x_`, `~~x~~`, `` `x` ``). */
  markdown: z.boolean().default(true),
};

type NormalizeOptions = { [K in keyof typeof normalizeOptionsShape]: boolean };

export const defaultNormalization: NormalizeOptions = {
  nfkc: true,
  caseFold: true,
  whitespace: true,
  punctuation: true,
  markdown: true,
};

// Markers around a non-blank span; `_` only at word edges, since CommonMark gives intraword `_` no emphasis
// (snake_case stays intact).
const STAR_EMPHASIS = /(\*\*\*|\*\*|\*|~~|`)(\S(?:[^]*?\S)?)\1/g;
const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}])(__|_)(\S(?:[^]*?\S)?)\1(?![\p{L}\p{N}])/gu;

// Unicode general category P covers ASCII !"#%&'()*,-./:;?@[\]_{} and Japanese 、。・「」『』【】〜 alike; the ASCII
// symbols $+<=>^`|~ are category S and are added by hand. Removing rather than spacing follows SQuAD's
// normalize_answer (Rajpurkar et al. 2016), except for a decimal point, so "1.0 mL" and "10 mL" stay apart.
// The long-vowel mark ー is a letter (Lm) and is kept.
const PUNCTUATION = /(?<!\d)\.|\.(?!\d)|[^\P{P}.]|[$+<=>^`|~]/gu;

const JAPANESE = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー`;
// Japanese is written without spaces, so a space between two Japanese characters is layout, not a word break
// (the same rule as neologdn's Japanese normalizer).
const SPACE_BETWEEN_JAPANESE = new RegExp(`(?<=[${JAPANESE}])\\s+(?=[${JAPANESE}])`, "gu");

/** Normalizes an answer for comparison: NFKC, Markdown emphasis, case, punctuation, whitespace, in that order. */
export function normalizeText(text: string, options: NormalizeOptions = defaultNormalization): string {
  let out = options.nfkc ? text.normalize("NFKC") : text;
  if (options.markdown) out = out.replace(STAR_EMPHASIS, "$2").replace(UNDERSCORE_EMPHASIS, "$2");
  // Upper- then lower-casing approximates Unicode full case folding (ß → ss), which toLowerCase alone misses.
  if (options.caseFold) out = out.toUpperCase().toLowerCase();
  if (options.punctuation) out = out.replace(PUNCTUATION, "");
  if (options.whitespace) out = out.replace(/\s+/gu, " ").trim().replace(SPACE_BETWEEN_JAPANESE, "");
  return out;
}
