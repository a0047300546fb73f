import type { PiiDetector } from "./detector.js";
import { maskPii, maskInquiryRow, type MaskResult } from "./mask-pii.js";
import type { MaskBatch, MaskedBatch } from "./mask-pool.js";
import { packMasks } from "./packed-masks.js";
import { tagLanguage } from "../language.js";
import type { Language } from "../types.js";

/**
 * A batch's answer, as a masking thread gives it and as the main thread gives it when a thread ran out of memory on
 * the batch (mask-pool.ts): the same code either way, so a batch masks the same wherever it ran.
 */
export function maskBatch({ id, texts, widths }: MaskBatch, detectors: readonly PiiDetector[]): MaskedBatch {
  if (!widths) return { id, results: packMasks(texts.map((text) => maskPii(text, detectors))) };
  // Each row's texts masked together (a value found in the question is masked in the answer too), and each row's
  // language, from its example's text as cleanExamples reads it: masked question and answer, one line apart. The
  // names and IDs to spread go back once each, to the main thread only: never logged.
  const results: MaskResult[] = [];
  const languages: Language[] = [];
  const names = new Set<string>();
  const ids = new Set<string>();
  let at = 0;
  for (const width of widths) {
    const row = maskInquiryRow(texts.slice(at, at + width), detectors);
    results.push(...row.masked);
    languages.push(tagLanguage(`${row.masked[0]!.text}\n${row.masked[1]!.text}`));
    for (const name of row.names) names.add(name);
    for (const id of row.ids) ids.add(id);
    at += width;
  }
  return { id, results: packMasks(results), languages, names: [...names], ids: [...ids] };
}
