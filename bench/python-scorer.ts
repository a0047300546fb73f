/**
 * What a `type: python` scorer adds per answer. Three ways to score the same answers with the same check (does the
 * answer contain the item's expected text?), in the same process and minute:
 *   - kurabe's python scorer: one long-lived interpreter fed JSON lines (src/scoring/python), 8 answers in flight as a
 *     run's lanes would send them;
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
const IN_FLIGHT = 8;

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

/** Wall ms to score every answer, `IN_FLIGHT` at a time; the scores' sum guards against scoring nothing. */
async function timeScorer(scorer: ContextScorer, work: ReturnType<typeof workload>): Promise<{ ms: number; sum: number }> {
  let next = 0;
  let sum = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
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
  await timeScorer(python, workload(50)); // warm: the interpreter started with the suite, before the run's answers

  const rows: Array<{ python: number; js: number; perProcess: number }> = [];
  for (let r = 0; r < repeats; r++) {
    const p = await timeScorer(python, work);
    const j = await timeScorer(js, work);
    if (p.sum !== expectedSum || j.sum !== expectedSum) throw new Error(`scores differ: python ${p.sum}, js ${j.sum}, expected ${expectedSum}`);
    const started = performance.now();
    for (const { item, text } of work.slice(0, perProcessAnswers)) {
      await promisify(execFile)("python3", [join(dir, "per-process.py"), JSON.stringify({ item, answer: { text } })]);
    }
    rows.push({ python: p.ms / answers, js: j.ms / answers, perProcess: (performance.now() - started) / perProcessAnswers });
  }
  const py = median(rows.map((r) => r.python));
  const js2 = median(rows.map((r) => r.js));
  const per = median(rows.map((r) => r.perProcess));
  console.log(machineLine());
  printTable(
    ["way (same check)", "ms per answer (median of runs)", "× JS in process"],
    [
      ["kurabe python scorer (one interpreter, JSON lines)", py.toFixed(3), (py / js2).toFixed(1)],
      ["JavaScript module scorer (in process, the floor)", js2.toFixed(3), "1.0"],
      ["python3 process per answer (naive peer)", per.toFixed(2), (per / js2).toFixed(0)],
    ],
  );
  console.log(`added by the python scorer: ${(py - js2).toFixed(3)} ms per answer (target < 2 ms); per-process peer is ${(per / py).toFixed(0)}× slower`);
  await saveResults("python-scorer", { machine: machineLine(), answers, perProcessAnswers, inFlight: IN_FLIGHT, rows });
});
