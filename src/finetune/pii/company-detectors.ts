import { patternDetector, type PiiDetector } from "./detector.js";
import { foldWidth } from "./fold-width.js";
import type { PiiConfig } from "./pii-config.js";

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The company's own kinds from `pii:`: each named regex, and each word list as one alternation (longest words first,
 * width-folded like the text they are matched against; an ASCII word only as a whole word).
 */
export function companyDetectors(config: PiiConfig): PiiDetector[] {
  const patterns = config.patterns.map((pattern) => patternDetector(pattern.name, new RegExp(pattern.regex, `dgu${pattern.ignoreCase ? "i" : ""}`)));
  const words = config.words.map((list) => {
    const alternatives = [...new Set(list.values.map((word) => foldWidth(word)))]
      .sort((a, b) => b.length - a.length)
      .map((word) => {
        const escaped = escapeRegExp(word);
        return /^[\x21-\x7e]/.test(word) ? `(?<![A-Za-z0-9_])${escaped}${/[\x21-\x7e]$/.test(word) ? "(?![A-Za-z0-9_])" : ""}` : escaped;
      });
    return patternDetector(list.name, new RegExp(alternatives.join("|"), `dgu${list.ignoreCase ? "i" : ""}`));
  });
  return [...patterns, ...words];
}
