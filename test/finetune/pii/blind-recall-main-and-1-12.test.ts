// The blind corpus and held-out sets 1–12 (test/finetune/support/blind-recall.ts: the measure and every set's floor).
import { firstHeldOutSet, heldOutSets, mainCorpus } from "../support/blind-recall.js";

mainCorpus();
firstHeldOutSet();
heldOutSets(2, 12);
