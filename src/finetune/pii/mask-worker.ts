/**
 * A masking thread of `kurabe dataset build` (see mask-pool.ts): builds the detectors once from the `pii:`
 * configuration it is started with, then answers each batch of texts with their masked texts and findings, in order
 * (and an inquiry row's language, and the names its log masks in its other rows).
 */
import { parentPort, workerData } from "node:worker_threads";
import { piiDetectors } from "./detectors.js";
import { maskPii, maskInquiryRow, type MaskResult } from "./mask-pii.js";
import type { MaskBatch, MaskedBatch } from "./mask-pool.js";
import { packMasks } from "./packed-masks.js";
import { tagLanguage } from "../language.js";
import type { Language } from "../types.js";
import type { PiiConfig } from "./pii-config.js";

const detectors = piiDetectors(workerData as PiiConfig);
const port = parentPort!;
port.on("message", answer);

function answer({ id, texts, widths }: MaskBatch): void {
  if (!widths) {
    port.postMessage({ id, results: packMasks(texts.map((text) => maskPii(text, detectors))) } satisfies MaskedBatch);
    return;
  }
  // Each row's texts masked together (a value found in the question is masked in the answer too), and each row's
  // language, from its example's text as cleanExamples reads it: masked question and answer, one line apart. The
  // names to spread go back once each, to the main thread only: never logged.
  const results: MaskResult[] = [];
  const languages: Language[] = [];
  const names = new Set<string>();
  let at = 0;
  for (const width of widths) {
    const row = maskInquiryRow(texts.slice(at, at + width), detectors);
    results.push(...row.masked);
    languages.push(tagLanguage(`${row.masked[0]!.text}\n${row.masked[1]!.text}`));
    for (const name of row.names) names.add(name);
    at += width;
  }
  port.postMessage({ id, results: packMasks(results), languages, names: [...names] } satisfies MaskedBatch);
}
