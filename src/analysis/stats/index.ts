/** The statistics that say when a difference between models is real. All pure and seeded. */
export { bootstrapMean, type BootstrapOptions } from "./bootstrap-mean.js";
export { bradleyTerry, MIN_VERDICTS, PRIOR_SD_POINTS, type BradleyTerryOptions } from "./bradley-terry.js";
export { consolidateOrders, type ConsolidatedOutcome, type ItemPairwiseOutcome } from "./consolidate-orders.js";
export { normalQuantile } from "./normal-quantile.js";
export { createRandom, type Random } from "./random.js";
