// Held-out sets 40 and every later one registered (test/finetune/support/blind-recall.ts: the measure and every set's
// floor).
import { heldOutSets } from "../support/blind-recall.js";

heldOutSets(40);
