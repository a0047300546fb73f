/**
 * A masking thread of `kurabe dataset build` (see mask-pool.ts): builds the detectors once from the `pii:`
 * configuration it is started with, then answers each batch of texts with their masked texts and findings, in order
 * — or, for the residual pass over the outputs, each batch of records with the kinds found in each.
 */
import { parentPort, workerData } from "node:worker_threads";
import { piiDetectors } from "./detectors.js";
import { maskPii } from "./mask-pii.js";
import type { MaskBatch, MaskedBatch } from "./mask-pool.js";
import type { PiiConfig } from "./pii-config.js";
import { residualDetectors, residualKinds } from "./residual-check.js";

const detectors = piiDetectors(workerData as PiiConfig);
const residual = residualDetectors(detectors);
const port = parentPort!;
port.on("message", ({ id, task, texts }: MaskBatch) => {
  const results = task === "mask" ? texts.map((text) => maskPii(text, detectors)) : texts.map((record) => residualKinds(record, residual));
  port.postMessage({ id, results } satisfies MaskedBatch);
});
