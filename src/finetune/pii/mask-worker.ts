/**
 * A masking thread of `kurabe dataset build` (see mask-pool.ts): builds the detectors once from the `pii:`
 * configuration it is started with, then answers each batch of texts with their masked texts and findings, in order
 * (and an inquiry row's language, and the names its log masks in its other rows: mask-batch.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { piiDetectors } from "./detectors.js";
import { maskBatch } from "./mask-batch.js";
import type { MaskBatch } from "./mask-pool.js";
import type { PiiConfig } from "./pii-config.js";

const detectors = piiDetectors(workerData as PiiConfig);
const port = parentPort!;
port.on("message", (batch: MaskBatch) => port.postMessage(maskBatch(batch, detectors)));
