/**
 * A masking thread of `kurabe dataset build` (see mask-pool.ts): builds the detectors once from the `pii:`
 * configuration it is started with, then answers each batch of texts with their masked texts and findings, in order.
 */
import { parentPort, workerData } from "node:worker_threads";
import { piiDetectors } from "./detectors.js";
import { maskPii } from "./mask-pii.js";
import type { MaskBatch, MaskedBatch } from "./mask-pool.js";
import type { PiiConfig } from "./pii-config.js";

const detectors = piiDetectors(workerData as PiiConfig);
const port = parentPort!;
port.on("message", ({ id, texts }: MaskBatch) => {
  port.postMessage({ id, results: texts.map((text) => maskPii(text, detectors)) } satisfies MaskedBatch);
});
