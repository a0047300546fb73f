/** The built-in suites, by the name kurabe.yaml uses (`builtin: mmlu`). Definitions: src/suites/builtin/registry.ts. */
export const BUILTIN_SUITE_NAMES = [
  "mmlu",
  "jcommonsenseqa",
  "jnli",
  "jsquad",
  "gsm8k",
  "humaneval",
  "humaneval-x-js",
  "mbpp",
  "mathvision",
  "ifeval",
  "m-ifeval-ja",
] as const;

export type BuiltinSuiteName = (typeof BUILTIN_SUITE_NAMES)[number];
