// Held-out sets 13–20 of the blind corpus (test/finetune/support/blind-recall.ts: the measure and every set's floor).
import { heldOutSets } from "../support/blind-recall.js";

heldOutSets(13, 20);
