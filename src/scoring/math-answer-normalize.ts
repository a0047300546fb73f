// MATH-Vision's answer normalization (mathllm/MATH-V evaluation/utils.py: find_math_answer, then _strip_string, both
// descended from Hendrycks et al.'s MATH `is_equiv`), applied here to the gold answer too, plus the Unicode forms
// chat models write instead of LaTeX (√3, π, ², ×, °), Japanese fractions (3分の1) and units (個, 通り, 度).

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁻": "-",
};

const UNICODE_MATH: ReadonlyArray<readonly [RegExp, string]> = [
  [/[−–]/g, "-"],
  [/π/g, String.raw`\pi `],
  [/∞/g, String.raw`\infty `],
  [/×/g, String.raw`\times `],
  [/÷/g, String.raw`\div `],
  [/[·⋅]/g, String.raw`\cdot `],
  [/≈/g, String.raw`\approx `],
  [/°/g, ""],
  [/(\d+)\s*分の\s*(\d+)/g, String.raw`\frac{$2}{$1}`],
  // √3, √12.5, √x, √(…): the radicand is the next number, letter or parenthesized group.
  [/√\s*(\d+(?:\.\d+)?|[a-z])/gi, String.raw`\sqrt{$1}`],
  [/√\s*\(([^()]*)\)/g, String.raw`\sqrt{$1}`],
  [/√/g, String.raw`\sqrt`],
  // Plain-text forms: sqrt(3), sqrt 3, pi.
  [/(?<!\\)\bsqrt\s*\(([^()]*)\)/gi, String.raw`\sqrt{$1}`],
  [/(?<!\\)\bsqrt\s*(\d+)/gi, String.raw`\sqrt{$1}`],
  [/(?<![\\a-z])pi\b/gi, String.raw`\pi `],
];

// A unit after a number, a closing bracket or \pi: MATH-V drops km, m^3 and "units"; here any word of three or more
// letters (cookies, degrees), the usual two- and one-letter units (cm, kg, m, s), and up to four Japanese characters
// (個, 通り, 度, 時間). Other short letter runs are variables (2x, 3ab), not units.
const TRAILING_UNIT = new RegExp(
  String.raw`(?<=[\d})]|\\pi)\s*(?:(?:sq\.?\s*|square\s+|cubic\s+)?` +
    String.raw`(?:[a-z]{3,}|cm|mm|km|dm|ml|kg|ft|in|m|s|h|g)(?:\^\{?[23]\}?)?` +
    String.raw`|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4})$`,
  "u",
);

/**
 * Normalizes a final answer for comparison: LaTeX and Unicode math to one spelling, lower-cased, without spaces,
 * `$`, `\left`/`\right`, `\text{}` markers, degrees, percent signs, a trailing unit or period; the right side of the
 * last `=` or `\approx`; `\dfrac`/`\tfrac` as `\frac`, `\frac12` as `\frac{1}{2}`, `\sqrt3` as `\sqrt{3}`, `a/b` as
 * `\frac{a}{b}`; thousands separators removed.
 */
export function normalizeMathAnswer(answer: string): string {
  let s = answer.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/g, (run) => `^{${[...run].map((c) => SUPERSCRIPTS[c] ?? c).join("")}}`);
  s = s.normalize("NFKC");
  for (const [pattern, replacement] of UNICODE_MATH) s = s.replace(pattern, replacement);
  s = s
    .toLowerCase()
    .replace(/\{\}/g, "")
    .replace(/\\(?:text|textbf|textrm|mbox|mathrm|mathbf|operatorname)\s*\{([^{}]*)\}/g, " $1")
    .replace(/\\?\$|\\?%|\^\s*\{?\s*\\circ\s*\}?|\\degree/g, "")
    .replace(/\\(?:left|right|displaystyle)(?![a-z])|\\[,!;:]|\\q?quad(?![a-z])|~/g, " ");
  s = s.split("=").at(-1) ?? s;
  s = (s.split(String.raw`\approx`).at(-1) ?? s).trim();
  s = s.replace(/\.+$/, "").replace(/^:+/, "").trim().replace(TRAILING_UNIT, "");
  s = s
    .replace(/\s+/g, "")
    .replace(/\\\\/g, "\\")
    .replace(/\\[dt]frac/g, String.raw`\frac`)
    .replace(/\+\\infty/g, String.raw`\infty`)
    .replace(/\{,\}/g, ",")
    .replace(/^\./, "0.")
    .replace(/\{\./g, "{0.");
  if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  s = fixSqrt(fixFracs(s));
  const slash = /^(-?\d+)\/(\d+)$/.exec(s);
  return slash ? String.raw`\frac{${slash[1]}}{${slash[2]}}` : s;
}

/** MATH's _fix_sqrt: `\sqrt3` → `\sqrt{3}` (one character, as LaTeX reads it). */
function fixSqrt(s: string): string {
  return s.replace(/\\sqrt([^{[\\])/g, String.raw`\sqrt{$1}`);
}

/** MATH's _fix_fracs: `\frac12` → `\frac{1}{2}`, `\frac1{2}` → `\frac{1}{2}`. */
function fixFracs(s: string): string {
  return s
    .replace(/\\frac([^{\\])([^{\\])/g, String.raw`\frac{$1}{$2}`)
    .replace(/\\frac([^{\\])\{/g, String.raw`\frac{$1}{`);
}
