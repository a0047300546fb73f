/**
 * The training scan's thread (see training-scan.ts): reads each training example from the build's spill, counts its
 * tokens as fitTokens does and matches it against the held-out questions as the held-out check does, and sends the
 * numbers back in one message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { heldOutMatcher } from "./eval-split.js";
import { IntList } from "./int-list.js";
import { SpillReader } from "./spill-reader.js";
import { TARGETS } from "./targets.js";
import type { ScanResult, ScanWork } from "./training-scan.js";
import type { TrainingMessage } from "./types.js";

const work = workerData as ScanWork;
const tokenizer = await TARGETS[work.target].loadTokenizer();
const matcher = work.heldOut ? heldOutMatcher(work.heldOut) : undefined;
const reader = new SpillReader(work.spill);
const inline = new Map(work.inline.map(({ position, messages }) => [position, messages]));
const count = work.records.length;
const tokens = new Int32Array(count);
const starts = new Int32Array(count + 1);
const ids = new IntList();
const short = new Uint8Array(count);

for (let position = 0; position < count; position++) {
  const messages = inline.get(position) ?? spilledMessages(work.records[position]!);
  tokens[position] = tokenizer.countConversation(messages);
  if (!matcher) continue;
  const match = matcher.match(messages);
  for (const gram of match.grams) ids.push(gram);
  starts[position + 1] = ids.length;
  if (match.short) short[position] = 1;
}

/** A spilled row's messages, as SpilledInquiry makes them. */
function spilledMessages(record: number): TrainingMessage[] {
  const [question, answer] = reader.read(record);
  return [...work.system, { role: "user", content: question! }, { role: "assistant", content: answer! }];
}

const result: ScanResult = { tokens };
if (matcher) result.heldOut = { grams: matcher.grams, checkedByNgrams: matcher.checkedByNgrams, starts, ids: ids.view(), short };
// Moved, not copied (the n-grams' whole buffer, of which `ids` is a view): the arrays are this thread's own buffers.
const moved = [tokens, ...(result.heldOut ? [starts, result.heldOut.ids, short] : [])].map((array) => array.buffer as ArrayBuffer);
parentPort!.postMessage(result, moved);
