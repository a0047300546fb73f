import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Native engines (llama.cpp, SQLite) and child processes behave best in separate processes.
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine, where most of the
    // suite's time is spent waiting (timeouts, child processes, the browser). One worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // Sized for a 2-core machine with both cores busy (load ~10): tests that take 10-20 s on a quiet machine take
    // several times that there. Nothing asserts a wall time; a timeout only stops a test that hangs.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
