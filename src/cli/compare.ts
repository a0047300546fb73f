import Table from "cli-table3";
import type { Interval } from "../analysis/types.js";
import { KurabeError } from "../errors.js";
import { escapeXml } from "../report/formats/render-junit.js";
import { GATE_FAILED } from "./exit-codes.js";
import { numberOption, revisionOption, scoreOption } from "./number-option.js";
import { categoryLabel, messagesFor, type Messages } from "../report/i18n/messages.js";
import { languageOption } from "./language-option.js";
import { numberFormat, type NumberFormat } from "../report/i18n/number-format.js";
import { compareSides, type CompareSide, type SuiteComparison } from "../report/compare-runs.js";
import { openDatabase } from "../store/open-store.js";
import { findRun, runModels } from "../store/queries.js";
import { showScoringRevision } from "../store/show-revision.js";
import { storePath } from "../store/store-location.js";

interface CompareOptions {
  db?: string;
  /** The kurabe.yaml whose `db:` names the store (default ./kurabe.yaml). */
  config?: string;
  /** Within one run: the model before (e.g. the base model) and after (e.g. its fine-tuned adapter). */
  before?: string;
  after?: string;
  run?: string;
  /** Across runs: compare only this model (default: every model both runs have). */
  model?: string;
  json?: boolean;
  junit?: boolean;
  failOnRegression?: boolean;
  minScore?: string;
  alpha?: string;
  /** Read every compared run at this scoring revision (default: each run's latest). */
  revision?: string;
  /** The table's verdicts and numbers in ja or en (default: from the locale), in the report's words. */
  lang?: string;
}

interface Pair {
  baseline: CompareSide;
  candidate: CompareSide;
  rows: SuiteComparison[];
}

export function compareCommand(baselineRun: string | undefined, candidateRun: string | undefined, options: CompareOptions): number {
  const db = openDatabase(storePath(options), { mustExist: true });
  try {
    const alpha = options.alpha === undefined ? 0.05 : numberOption(options.alpha, "--alpha", (n) => n >= 0 && n <= 1, "a number from 0 to 1");
    const minScore = options.minScore === undefined ? undefined : scoreOption(options.minScore, "--min-score");
    const sides = sidesToCompare(db, baselineRun, candidateRun, options);
    if (options.revision !== undefined) {
      const revision = revisionOption(options.revision);
      const runs = new Set(sides.flatMap(([baseline, candidate]) => [baseline.runId, candidate.runId]));
      showScoringRevision(db, [...runs].map((runId) => ({ runId, revision })));
    }
    const pairs = sides.map(([baseline, candidate]) => ({
      baseline,
      candidate,
      rows: compareSides(db, baseline, candidate, { alpha }),
    }));
    // Every line a person reads (the tables, JUnit's failure messages, the gate's verdict) is in one language.
    const m = messagesFor(languageOption(options.lang, process.env));
    if (options.junit) process.stdout.write(renderJunit(pairs, minScore, m));
    else if (options.json) process.stdout.write(`${JSON.stringify(pairs, null, 2)}\n`);
    else {
      const shown = options.revision === undefined ? "" : `${m.scoringRevision}${m.colon}${revisionOption(options.revision)}\n`;
      process.stdout.write(`${shown}${pairs.map((pair) => renderTable(pair, m)).join("\n\n")}\n`);
    }
    const regressions = pairs.flatMap((p) => p.rows).filter((row) => row.verdict === "regression");
    const belowMin = pairs.flatMap((p) => p.rows).filter((row) => isBelowMinimum(row, minScore));
    const failed = (options.failOnRegression && regressions.length > 0) || belowMin.length > 0;
    if (failed && !options.json && !options.junit) {
      const below = minScore === undefined ? null : { suites: belowMin.length, minimum: numberFormat(m).percent(minScore) };
      process.stderr.write(`kurabe: ${m.compareRuns.gateFailed(regressions.length, below)}\n`);
    }
    return failed ? GATE_FAILED : 0;
  } finally {
    db.close();
  }
}

function sidesToCompare(
  db: ReturnType<typeof openDatabase>,
  baselineRun: string | undefined,
  candidateRun: string | undefined,
  options: CompareOptions,
): Array<[CompareSide, CompareSide]> {
  if (options.before || options.after) {
    if (!options.before || !options.after) {
      const [given, missing] = options.before ? ["--before", "--after"] : ["--after", "--before"];
      throw new KurabeError("input", `expected a model id beside ${given} (two models of one run)`, { field: missing });
    }
    const run = findRun(db, options.run ?? baselineRun);
    const ids = runModels(db, run.id).map((m) => m.modelId);
    for (const [field, id] of [["--before", options.before], ["--after", options.after]] as const) {
      if (!ids.includes(id)) throw new KurabeError("input", `expected a model of run ${run.id} (${ids.join(", ")}), got "${id}"`, { field });
    }
    return [[{ runId: run.id, modelId: options.before }, { runId: run.id, modelId: options.after }]];
  }
  if (!baselineRun || !candidateRun) {
    throw new KurabeError("input", "give two runs (BASELINE CANDIDATE) or two models of one run (--before A --after B)");
  }
  const baseline = findRun(db, baselineRun);
  const candidate = findRun(db, candidateRun);
  const candidateIds = new Set(runModels(db, candidate.id).map((m) => m.modelId));
  const shared = runModels(db, baseline.id)
    .map((m) => m.modelId)
    .filter((id) => candidateIds.has(id));
  if (shared.length === 0) throw new KurabeError("input", `runs ${baseline.id} and ${candidate.id} share no model`);
  if (options.model !== undefined && !shared.includes(options.model)) {
    const expected = `a model both runs ${baseline.id} and ${candidate.id} have (${shared.join(", ")})`;
    throw new KurabeError("input", `expected ${expected}, got "${options.model}"`, { field: "--model" });
  }
  return (options.model === undefined ? shared : [options.model]).map((modelId) => [
    { runId: baseline.id, modelId },
    { runId: candidate.id, modelId },
  ]);
}

/** The gate's `--min-score`: the candidate's score is under it (no minimum, no score: never). */
function isBelowMinimum(row: SuiteComparison, minScore: number | undefined): row is SuiteComparison & { candidate: Interval } {
  return minScore !== undefined && row.candidate !== null && row.candidate.estimate < minScore;
}

// The report's own number format and brackets: a score or gap reads the same here as in every report and on the dashboard.
const signed = (m: Messages, f: NumberFormat, i: Interval) =>
  Number.isNaN(i.estimate) ? "–" : m.recommendation.scoreWithInterval(f.points(i.estimate), f.pointsInterval(i));

/** A pair's table, its headings, figures and verdicts worded as the report's catalogue words them. */
function renderTable(pair: Pair, m: Messages): string {
  const f = numberFormat(m);
  const c = m.columns;
  const interval = (i: Interval | null) => (i === null ? "–" : m.recommendation.scoreWithInterval(f.percent(i.estimate), f.percentInterval(i)));
  const table = new Table({
    head: [c.suite, c.category, c.baseline, c.candidate, c.change, c.pValue, c.verdict, c.itemsNeeded],
    style: { head: [], border: [] },
  });
  for (const row of pair.rows) {
    const d = row.comparison;
    table.push([
      row.suite,
      categoryLabel(m, row.category),
      interval(row.baseline),
      interval(row.candidate),
      signed(m, f, d.difference),
      f.pValue(d.pValue),
      m.runVerdicts[row.verdict],
      f.count(d.moreItemsForMargin),
    ]);
  }
  const { baseline, candidate } = pair;
  return `${m.compareRuns.pair(baseline.modelId, baseline.runId, candidate.modelId, candidate.runId)}\n${table.toString()}`;
}

/** JUnit XML for CI systems: one test case per model × suite; a significant regression or a low score fails it. */
function renderJunit(pairs: Pair[], minScore: number | undefined, m: Messages): string {
  const f = numberFormat(m);
  const cases = pairs.flatMap((pair) =>
    pair.rows.map((row) => {
      const name = `${pair.candidate.modelId} / ${row.suite}`;
      const problems = [
        ...(row.verdict === "regression" ? [m.compareRuns.regression(signed(m, f, row.comparison.difference), f.pValue(row.comparison.pValue))] : []),
        ...(isBelowMinimum(row, minScore) ? [m.compareRuns.belowMinimum(f.percent(row.candidate.estimate), f.percent(minScore))] : []),
      ];
      const failure = problems.length ? `<failure message="${escapeXml(m.compareRuns.problems(problems))}"/>` : "";
      return `    <testcase classname="kurabe.${escapeXml(row.category)}" name="${escapeXml(name)}">${failure}</testcase>`;
    }),
  );
  const failures = cases.filter((c) => c.includes("<failure")).length;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kurabe compare" tests="${cases.length}" failures="${failures}">\n` +
    `  <testsuite name="kurabe compare" tests="${cases.length}" failures="${failures}">\n${cases.join("\n")}\n  </testsuite>\n</testsuites>\n`
  );
}
