/**
 * A masking thread of `kurabe dataset build` (see mask-pool.ts): builds the detectors once from the `pii:`
 * configuration it is started with, then answers each batch of texts with their masked texts and findings, in order
 * (and an inquiry row's language, and the names its log masks in its other rows), or, for the residual pass over the outputs, each batch of records with the kinds
 * found in each.
 */
import { parentPort, workerData } from "node:worker_threads";
import { piiDetectors } from "./detectors.js";
import { collectWhenIdle } from "./idle-collection.js";
import { maskPii, maskInquiryRow, type MaskResult } from "./mask-pii.js";
import type { MaskBatch, MaskedBatch } from "./mask-pool.js";
import { packMasks } from "./packed-masks.js";
import { tagLanguage } from "../language.js";
import type { Language } from "../types.js";
import type { PiiConfig } from "./pii-config.js";
import { residualDetectors, residualKinds } from "./residual-check.js";

const detectors = piiDetectors(workerData as PiiConfig);
const residual = residualDetectors(detectors);
const port = parentPort!;
// Between batches the thread is busy; while it waits (the residual pass's thread, while the files it does not read are
// written), its heap shrinks.
const worked = collectWhenIdle(200);
port.on("message", (batch: MaskBatch) => {
  answer(batch);
  worked();
});

function answer({ id, task, texts, widths }: MaskBatch): void {
  if (task === "residual") {
    port.postMessage({ id, results: texts.map((record) => residualKinds(record, residual)) } satisfies MaskedBatch);
    return;
  }
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
