/** The statistics that say when a difference between models is real. All pure and seeded. */
export { bootstrapMean, type BootstrapOptions } from "./bootstrap-mean.js";
export { bradleyTerry, type BradleyTerryOptions } from "./bradley-terry.js";
export { consolidateOrders, type ConsolidatedOutcome, type ItemPairwiseOutcome } from "./consolidate-orders.js";
export { mcnemarExact } from "./mcnemar.js";
export { normalQuantile } from "./normal-quantile.js";
export { comparePaired, type PairedComparisonOptions } from "./paired-comparison.js";
export { createRandom, type Random } from "./random.js";
export { mcnemarItemsNeeded, pairedItemsNeeded, type PowerOptions } from "./sample-size.js";
export { EXACT_SIGN_FLIP_LIMIT, signFlipTest, type SignFlipOptions, type SignFlipResult } from "./sign-flip-test.js";
