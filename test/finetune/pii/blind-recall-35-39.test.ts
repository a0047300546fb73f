// Held-out sets 35–39 of the blind corpus (test/finetune/support/blind-recall.ts: the measure and every set's floor).
import { heldOutSets } from "../support/blind-recall.js";

heldOutSets(35, 39);
