/**
 * Masking's time by detector over every Nth row of dataset-scale.ts's 158k log: each detector of `piiDetectors()`
 * wrapped with a timer and run through `maskInquiryRow`, in one thread, from a built dist/ (`npm run build`). A
 * detector is named by identity among the dist modules' exports (`names/name-detectors:NAME_DETECTORS[5]`). Another
 * checkout's dist can be read, to compare two commits one after the other (bench/README): read shares, not seconds,
 * on a shared machine. The gates' one pass (gate-cues.ts) is the masking pass's own, outside every detector's time,
 * and a detector the pass skips (its gate's cue is not in the text) is not timed.
 *
 *   npm run build && npx tsx bench/masking-by-detector.ts [checkout=.] [every=8]
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { detectorNames, load, piiDist, watched } from "./detector-names.js";
import { inquiryRows } from "./inquiry-rows.js";

const [checkout = ".", everyArgument = "8"] = process.argv.slice(2);
const every = Number(everyArgument);
const dist = piiDist(checkout);

const { piiDetectors } = await load<typeof import("../src/finetune/pii/detectors.js")>(path.join(dist, "detectors.js"));
const { maskInquiryRow } = await load<typeof import("../src/finetune/pii/mask-pii.js")>(path.join(dist, "mask-pii.js"));
const { EMPTY_PII_CONFIG } = await load<typeof import("../src/finetune/pii/pii-config.js")>(path.join(dist, "pii-config.js"));

const detectors = piiDetectors(EMPTY_PII_CONFIG);
const spent = detectors.map(() => 0);
const timed = watched(detectors, (index, _shadow, _spans, ms) => {
  spent[index]! += ms;
});

let rows = 0;
const start = performance.now();
const cpuBefore = process.cpuUsage();
let read = 0;
for (const [question, answer] of inquiryRows(158_405)) {
  if (read++ % every !== 0) continue;
  maskInquiryRow([question, answer], timed);
  rows++;
}
const cpu = process.cpuUsage(cpuBefore);
const per10k = (ms: number): string => ((ms * 10_000) / rows).toFixed(0);
const inDetectors = spent.reduce((sum, ms) => sum + ms, 0);
console.log(`${rows} rows: masking ${per10k(performance.now() - start)} ms per 10k rows (CPU ${per10k((cpu.user + cpu.system) / 1000)}), in detectors ${per10k(inDetectors)}`);
const names = await detectorNames(dist);
const slowest = [...spent.keys()].sort((a, b) => spent[b]! - spent[a]!).slice(0, 30);
for (const index of slowest) console.log(`${per10k(spent[index]!).padStart(6)}  #${index}  ${names.get(detectors[index]) ?? "?"} (${detectors[index]!.type})`);
