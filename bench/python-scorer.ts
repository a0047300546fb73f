/**
 * What a `type: python` scorer adds per answer. Three ways to score the same answers with the same check (does the
 * answer contain the item's expected text?), in the same process and minute:
 *   - kurabe's python scorer: one long-lived interpreter fed JSON lines (src/scoring/python), 8 answers in flight as a
 *     run's lanes would send them, and one at a time (each answer waits for the round trip: the worst case);
 *   - peer, the floor: the same check as a JavaScript module scorer, in process (no interpreter at all);
 *   - peer, the naive way: one `python3` process per answer (what "call my script" usually means), on fewer answers.
 * Added per answer = (python wall − JS wall) / answers. Target (issue 15): < 2 ms per answer.
 *
 *   npx tsx bench/python-scorer.ts [answers=2000] [perProcessAnswers=100] [repeats=3]
 */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { createScorer } from "../src/scoring/registry.js";
import type { ContextScorer, ScoringContext } from "../src/scoring/types.js";
import type { Item } from "../src/suites/types.js";
import { machineLine, makeTempDir, median, printTable, runBenchmark, saveResults } from "./harness.js";

const answers = Number(process.argv[2] ?? 2000);
const perProcessAnswers = Number(process.argv[3] ?? 100);
const repeats = Number(process.argv[4] ?? 3);
/** As a run's lanes send answers to the scorer; 1 is the unpipelined worst case (each answer waits its round trip). */
const IN_FLIGHT = [8, 1] as const;

const PYTHON_CHECK = `def score(answer, item, options):
    return 1.0 if item["expected"] in answer["text"] else 0.0
`;
const JS_CHECK = `export default (answer, item) => (answer.text.includes(item.expected) ? 1 : 0);\n`;
const PER_PROCESS = `import json, sys
request = json.loads(sys.argv[1])
print(json.dumps(1.0 if request["item"]["expected"] in request["answer"]["text"] else 0.0))
`;

const context: ScoringContext = {
  signal: new AbortController().signal,
  unsafeNoSandbox: false,
  callModel: () => Promise.reject(new Error("no model in this benchmark")),
};

function workload(n: number): Array<{ item: Item; text: string }> {
  return Array.from({ length: n }, (_, i) => ({
    item: { id: `i${i}`, input: `question ${i}`, expected: `answer ${i % 7}`, fields: {}, line: i + 1 },
    text: `The model says answer ${i % 5} with some more words around it, as answers do.`,
  }));
}

/** Wall ms to score every answer, `inFlight` at a time; the scores' sum guards against scoring nothing. */
async function timeScorer(scorer: ContextScorer, work: ReturnType<typeof workload>, inFlight: number): Promise<{ ms: number; sum: number }> {
  let next = 0;
  let sum = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let i = next++; i < work.length; i = next++) {
        const score = await scorer(work[i]!.item, { text: work[i]!.text }, context);
        sum += score.value;
      }
    }),
  );
  return { ms: performance.now() - started, sum };
}

runBenchmark(async () => {
  const dir = await makeTempDir("python-scorer");
  await writeFile(join(dir, "check.py"), PYTHON_CHECK);
  await writeFile(join(dir, "check.mjs"), JS_CHECK);
  await writeFile(join(dir, "per-process.py"), PER_PROCESS);
  const python = (await createScorer({ type: "python", path: join(dir, "check.py") })) as ContextScorer;
  const js = (await createScorer({ type: "module", path: join(dir, "check.mjs") })) as ContextScorer;
  const work = workload(answers);
  const expectedSum = work.reduce((sum, { item, text }) => sum + (text.includes(item.expected as string) ? 1 : 0), 0);
  await timeScorer(python, workload(50), IN_FLIGHT[0]); // warm: the interpreter started with the suite, before the run's answers

  type Row = Record<`python${(typeof IN_FLIGHT)[number]}` | `js${(typeof IN_FLIGHT)[number]}`, number> & { perProcess: number };
  const rows: Row[] = [];
  for (let r = 0; r < repeats; r++) {
    const row = {} as Row;
    for (const inFlight of IN_FLIGHT) {
      const p = await timeScorer(python, work, inFlight);
      const j = await timeScorer(js, work, inFlight);
      if (p.sum !== expectedSum || j.sum !== expectedSum) throw new Error(`scores differ: python ${p.sum}, js ${j.sum}, expected ${expectedSum}`);
      row[`python${inFlight}`] = p.ms / answers;
      row[`js${inFlight}`] = j.ms / answers;
    }
    const started = performance.now();
    for (const { item, text } of work.slice(0, perProcessAnswers)) {
      await promisify(execFile)("python3", [join(dir, "per-process.py"), JSON.stringify({ item, answer: { text } })]);
    }
    row.perProcess = (performance.now() - started) / perProcessAnswers;
    rows.push(row);
  }
  const at = (key: keyof Row) => median(rows.map((r) => r[key]));
  const per = at("perProcess");
  console.log(machineLine());
  printTable(
    ["way (same check)", "in flight", "ms per answer (median of runs)", "× JS in process"],
    [
      ...IN_FLIGHT.flatMap((n) => [
        ["kurabe python scorer (one interpreter, JSON lines)", String(n), at(`python${n}`).toFixed(3), (at(`python${n}`) / at(`js${n}`)).toFixed(1)],
        ["JavaScript module scorer (in process, the floor)", String(n), at(`js${n}`).toFixed(3), "1.0"],
      ]),
      ["python3 process per answer (naive peer)", "1", per.toFixed(2), (per / at("js1")).toFixed(0)],
    ],
  );
  for (const n of IN_FLIGHT) {
    console.log(`added by the python scorer, ${n} in flight: ${(at(`python${n}`) - at(`js${n}`)).toFixed(3)} ms per answer (target < 2 ms)`);
  }
  console.log(`the per-process peer is ${(per / at("python1")).toFixed(0)}× the python scorer one at a time`);
  await saveResults("python-scorer", { machine: machineLine(), answers, perProcessAnswers, inFlight: IN_FLIGHT, rows });
});
