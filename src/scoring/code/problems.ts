import { builtinModules } from "node:module";
import { z } from "zod";
import { ConfigError, type ErrorLocation } from "../../errors.js";
import type { TestSnippet } from "./harness-payload.js";
import type { CodeBenchmark, CodeProblem } from "./types.js";

// Field names exactly as upstream (see each data set's SOURCE.md).
const humanEvalRecord = z.object({
  task_id: z.string(),
  prompt: z.string(),
  test: z.string(),
  entry_point: z.string().regex(/^[A-Za-z_]\w*$/),
  canonical_solution: z.string().optional(),
});

const mbppRecord = z.object({
  task_id: z.union([z.number(), z.string()]),
  code: z.string().optional(),
  test_list: z.array(z.string()).min(1),
  test_setup_code: z.string().optional(),
  /** sanitized-mbpp's import lines. */
  test_imports: z.array(z.string()).optional(),
  challenge_test_list: z.array(z.string()).optional(),
});

const humanEvalXRecord = z.object({
  task_id: z.string(),
  prompt: z.string(),
  test: z.string(),
  canonical_solution: z.string().optional(),
});

export interface ProblemOptions {
  /** MBPP: also run `challenge_test_list` (upstream scores `test_list` only). */
  mbppChallengeTests?: boolean;
  /** Where the record came from, for errors. */
  location?: ErrorLocation;
}

/**
 * A problem from its upstream record (HumanEval: task_id, prompt, test, entry_point, canonical_solution; MBPP:
 * task_id, code, test_list, test_setup_code; HumanEval-X: task_id, prompt, test, canonical_solution). Throws
 * ConfigError naming the missing or invalid field.
 */
export function codeProblemFromRecord(
  benchmark: CodeBenchmark,
  record: Record<string, unknown>,
  options: ProblemOptions = {},
): CodeProblem {
  const location = options.location ?? {};
  switch (benchmark) {
    case "humaneval": {
      const r = parse(humanEvalRecord, record, benchmark, location);
      return {
        benchmark,
        language: "python",
        id: r.task_id,
        prompt: r.prompt,
        entryPoint: r.entry_point,
        tests: [
          { name: "test.py", source: r.test },
          { name: "check.py", source: `check(${r.entry_point})\n` },
        ],
        ...(r.canonical_solution === undefined ? {} : { reference: r.prompt + r.canonical_solution }),
        missingDependencies: [],
      };
    }
    case "mbpp": {
      const r = parse(mbppRecord, record, benchmark, location);
      const asserts = [...r.test_list, ...(options.mbppChallengeTests ? (r.challenge_test_list ?? []) : [])].map(unixNewlines);
      const setup = [...(r.test_imports ?? []), unixNewlines(r.test_setup_code ?? "")].filter((line) => line.trim()).join("\n");
      const reference = r.code === undefined ? undefined : unixNewlines(r.code);
      const tests: TestSnippet[] = [
        ...(setup ? [{ name: "setup.py", source: `${setup}\n` }] : []),
        ...asserts.map((source, index) => ({ name: `test_${index + 1}.py`, source: `${source}\n` })),
      ];
      return {
        benchmark,
        language: "python",
        id: `mbpp/${r.task_id}`,
        prompt: "",
        entryPoint: mbppEntryPoint(asserts, reference, location),
        tests,
        ...(reference === undefined ? {} : { reference }),
        missingDependencies: [],
      };
    }
    case "humaneval-x-js": {
      const r = parse(humanEvalXRecord, record, benchmark, location);
      const entryPoint = javascriptEntryPoint(r.prompt);
      if (!entryPoint) throw new ConfigError(`${benchmark} ${r.task_id}: no function declaration in the prompt`, location);
      return {
        benchmark,
        language: "javascript",
        id: r.task_id,
        prompt: r.prompt,
        entryPoint,
        tests: [{ name: "test.js", source: r.test }],
        ...(r.canonical_solution === undefined ? {} : { reference: r.prompt + r.canonical_solution }),
        missingDependencies: missingNodePackages(r.prompt + (r.canonical_solution ?? "")),
      };
    }
  }
}

function parse<T>(schema: z.ZodType<T>, record: Record<string, unknown>, benchmark: string, location: ErrorLocation): T {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") ?? "";
  const fieldLocation = field ? { ...location, field } : location;
  throw new ConfigError(`not a ${benchmark} record: ${field ? `field "${field}": ` : ""}${issue?.message ?? "invalid"}`, fieldLocation);
}

function unixNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

const PYTHON_CALL = /\b([A-Za-z_]\w*)\s*\(/g;

/** MBPP has no entry_point: the function the asserts call that the reference defines, else the first call. */
export function mbppEntryPoint(asserts: readonly string[], reference: string | undefined, location: ErrorLocation = {}): string {
  const defined = new Set([...(reference ?? "").matchAll(/^\s*def\s+([A-Za-z_]\w*)\s*\(/gm)].map((match) => match[1]!));
  const called = asserts.flatMap((line) => [...line.matchAll(PYTHON_CALL)].map((match) => match[1]!));
  const entry = called.find((name) => defined.has(name)) ?? called.find((name) => !PYTHON_BUILTIN_CALLS.has(name));
  if (!entry) throw new ConfigError("mbpp: cannot tell which function the tests call", location);
  return entry;
}

const PYTHON_BUILTIN_CALLS = new Set([
  "abs", "all", "any", "bool", "dict", "float", "frozenset", "int", "isclose", "len", "list", "max", "min", "round",
  "set", "sorted", "str", "sum", "tuple", "type", "isinstance", "math", "repr", "range", "zip", "map", "filter",
]);

const JS_DECLARATION = /^(?:(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=|(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\()/gm;

/** HumanEval-X has no entry_point field: the last top-level declaration of the prompt is the function to complete. */
export function javascriptEntryPoint(prompt: string): string | undefined {
  let last: string | undefined;
  for (const match of prompt.matchAll(JS_DECLARATION)) last = match[1] ?? match[2];
  return last;
}

const BUILTIN_MODULES = new Set(builtinModules);

/** npm packages a program requires or imports that are not Node built-ins (the sandbox has no node_modules). */
export function missingNodePackages(source: string): string[] {
  const names = [
    ...source.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/^\s*import\s+(?:[^'"]*\s+from\s+)?['"]([^'"]+)['"]/gm),
  ].map((match) => match[1]!);
  const isPackage = (name: string): boolean => !name.startsWith(".") && !name.startsWith("/");
  const packages = names.filter((name) => isPackage(name) && !BUILTIN_MODULES.has(name.replace(/^node:/, "")));
  return [...new Set(packages)];
}
