import { humaneval, humanevalXJs, mbpp } from "./code-suites.js";
import { gsm8k } from "./gsm8k.js";
import { ifeval, mIfevalJa } from "./ifeval.js";
import { jcommonsenseqa } from "./jcommonsenseqa.js";
import { jnli } from "./jnli.js";
import { jsquad } from "./jsquad.js";
import { mathvision } from "./mathvision.js";
import { mmlu } from "./mmlu.js";
import type { BuiltinSuiteName } from "./names.js";
import type { BuiltinSuite } from "./types.js";

const suites: Record<BuiltinSuiteName, BuiltinSuite> = {
  mmlu,
  jcommonsenseqa,
  jnli,
  jsquad,
  gsm8k,
  humaneval,
  "humaneval-x-js": humanevalXJs,
  mbpp,
  mathvision,
  ifeval,
  "m-ifeval-ja": mIfevalJa,
};

export function builtinSuite(name: BuiltinSuiteName): BuiltinSuite {
  return suites[name];
}
