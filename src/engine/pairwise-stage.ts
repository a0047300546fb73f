import { ProviderError } from "../errors.js";
import { judgePair } from "../scoring/judges/pairwise-judge.js";
import type { ScoringContext } from "../scoring/types.js";
import { pairwiseKey, type PairwiseStore } from "../store/pairwise-store.js";
import type { Item } from "../suites/types.js";
import type { SuiteConfig } from "../config/schema.js";

/** A suite as the pairwise stage needs it: a planned suite, or a stored one being rescored. */
export interface PairwiseSuite {
  config: Pick<SuiteConfig, "name" | "pairwise">;
}

interface Judgment {
  suite: PairwiseSuite;
  judge: string;
  item: Item;
  modelA: string;
  modelB: string;
  answerA: string;
  answerB: string;
  shownFirst: "a" | "b";
}

/**
 * After every model has answered: for suites with `pairwise`, the judge compares each pair of models' first answers
 * to every item twice, once in each order (Arena-Hard-Auto); verdicts are stored in model terms for Bradley–Terry
 * ranking. Judgments already stored are not asked again; one whose judge failed is left for a resume.
 */
export async function runPairwiseStage(
  suites: readonly PairwiseSuite[],
  itemsOf: (suite: string) => Iterable<Item>,
  modelIds: readonly string[],
  store: PairwiseStore,
  context: ScoringContext,
  concurrencyOf: (modelId: string) => number,
): Promise<{ judged: number; failed: number }> {
  let judged = 0;
  let failed = 0;
  for (const suite of suites) {
    const pairwise = suite.config.pairwise;
    if (!pairwise) continue;
    const pending = [...judgmentsFor(suite, itemsOf(suite.config.name), pairwise.judge, modelIds, store)];
    const worker = async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        try {
          await judge(next, pairwise.criteria, store, context);
          judged++;
        } catch (error) {
          if (context.signal.aborted) throw context.signal.reason;
          if (!(error instanceof ProviderError)) throw error;
          failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrencyOf(pairwise.judge)) }, worker));
  }
  return { judged, failed };
}

/** The judgments of a suite's pairwise judging that have no stored verdict: those whose judge failed, once it ran. */
export function pendingJudgments(suite: PairwiseSuite, items: Iterable<Item>, modelIds: readonly string[], store: PairwiseStore): number {
  const pairwise = suite.config.pairwise;
  if (!pairwise) return 0;
  return [...judgmentsFor(suite, items, pairwise.judge, modelIds, store)].length;
}

function* judgmentsFor(
  suite: PairwiseSuite,
  items: Iterable<Item>,
  judge: string,
  modelIds: readonly string[],
  store: PairwiseStore,
): Generator<Judgment> {
  const answers = store.answers(suite.config.name);
  const done = store.judgedKeys(suite.config.name);
  for (const item of items) {
    const byModel = answers.get(item.id);
    if (!byModel) continue;
    for (let i = 0; i < modelIds.length; i++) {
      for (let j = i + 1; j < modelIds.length; j++) {
        const modelA = modelIds[i]!;
        const modelB = modelIds[j]!;
        const answerA = byModel.get(modelA);
        const answerB = byModel.get(modelB);
        if (answerA === undefined || answerB === undefined) continue;
        for (const shownFirst of ["a", "b"] as const) {
          if (done.has(pairwiseKey(item.id, modelA, modelB, shownFirst))) continue;
          yield { suite, judge, item, modelA, modelB, answerA, answerB, shownFirst };
        }
      }
    }
  }
}

async function judge(job: Judgment, criteria: string | undefined, store: PairwiseStore, context: ScoringContext): Promise<void> {
  const [first, second] = job.shownFirst === "a" ? [job.answerA, job.answerB] : [job.answerB, job.answerA];
  const verdict = await judgePair(context, job.judge, job.item, first, second, criteria);
  const firstModel = job.shownFirst;
  const secondModel = job.shownFirst === "a" ? "b" : "a";
  store.write({
    suite: job.suite.config.name,
    itemId: job.item.id,
    modelA: job.modelA,
    modelB: job.modelB,
    shownFirst: job.shownFirst,
    judge: job.judge,
    verdict: verdict.winner === "tie" ? "tie" : verdict.winner === "first" ? firstModel : secondModel,
    strong: verdict.strong,
    reason: verdict.reason,
    promptJson: JSON.stringify(verdict.messages),
    raw: verdict.raw,
    spendJson: JSON.stringify(verdict.spend),
  });
}
