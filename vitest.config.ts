import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The PII tests check pure functions over strings; in a fresh module graph each file pays ~2 s on a busy machine to
 * load the detectors, the name lexicon and the morphological dictionary again. Those files share one graph per worker.
 */
const SHARED_GRAPH = "test/finetune/pii/**/*.test.ts";
/**
 * Statistics, cost analysis, the built-in scorers (IFEval's checks, answer extraction, reading comprehension) and
 * config loading: pure functions with no state a test could leave behind (their only module state is data loaded once:
 * language profiles, the tokenizer, Punkt's tables), no mocks, no environment changed. In a fresh graph each file
 * imported its part of the source again.
 */
const PURE_GRAPH = [
  "test/analysis/**/*.test.ts",
  "test/scoring/*.test.ts",
  "test/scoring/ifeval/**/*.test.ts",
  "test/scoring/datasets/**/*.test.ts",
  "test/scoring/reading/**/*.test.ts",
  "test/config/**/*.test.ts",
];

/**
 * The longest pii files (0.5 to 2 minutes each in CI), longest first, started before the rest. A clean clone has no
 * timings for Vitest to order by: it runs the projects' files in the projects' order (isolated, pii, pure), largest
 * first, so these started after every isolated file and ran on at the end with the other workers idle (the masking
 * threads' and the blind-recall tests were the last two files to end in CI, round 41).
 */
const SLOW_FIRST = ["test/finetune/pii/mask-pool.test.ts", "test/finetune/pii/gate-cues.test.ts", "test/finetune/pii/blind-recall-"];
const slowRank = (file: TestSpecification) => {
  const rank = SLOW_FIRST.findIndex((start) => file.moduleId.includes(start));
  return rank === -1 ? SLOW_FIRST.length : rank;
};

/** Vitest's order, but for SLOW_FIRST's files ahead of it (a stable sort keeps the rest as Vitest orders them). */
class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => slowRank(a) - slowRank(b));
  }
}

export default defineConfig({
  test: {
    // Native engines (llama.cpp, SQLite) and child processes behave best in separate processes.
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine, where much of the
    // suite's time is spent waiting (timeouts, child processes, the browser). One worker more than the cores keeps both
    // busy while a file waits (on a noisy 2-core host: 649 and 704 s against 707 s with two workers, 2026-12-07).
    maxWorkers: availableParallelism() + 1,
    // Sized for a 2-core machine with both cores busy (load ~10): tests that take 10-20 s on a quiet machine take
    // several times that there. Nothing asserts a wall time; a timeout only stops a test that hangs.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      { extends: true, test: { name: "isolated", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, SHARED_GRAPH, ...PURE_GRAPH] } },
      { extends: true, test: { name: "pii", include: [SHARED_GRAPH], isolate: false } },
      { extends: true, test: { name: "pure", include: PURE_GRAPH, isolate: false } },
    ],
  },
});
