import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { displayPath } from "../config/display-path.js";
import { ConfigError, KurabeError } from "../errors.js";
import { BUILTIN_SUITE_NAMES } from "../suites/builtin/names.js";
import { shellWord } from "./shell-word.js";

/**
 * The example config. Lines starting with `# ` are options to switch on by deleting the `# `; `## ` lines explain.
 * With every example switched on it is still a valid config (test/cli/init.test.ts checks that), so no example can
 * drift out of step with the schema.
 */
const EXAMPLE_CONFIG = `## kurabe.yaml: which model should we use for this job, and at what cost?
##
## Lines starting with "# " are examples: delete the "# " to switch one on. "## " lines explain.
## \${NAME} reads an environment variable (\${NAME:-fallback} gives a default); keys never go in this file.
## Relative paths are relative to this file.

# description: Support inquiries, first comparison

models:
  ## Any OpenAI-compatible server on this machine: kurabe's mock, vLLM, Ollama, llama.cpp server, TGI.
  - id: local-mock
    provider: openai-compatible
    baseURL: http://127.0.0.1:8787/v1
    model: mock-model
    apiKey: \${MOCK_API_KEY}
    concurrency: 16
    ## Options every model takes:
    # params: { temperature: 0, topP: 1, maxTokens: 512, seed: 42, stop: ["\\n\\n"] }
    # rpm: 500                 ## requests per minute: kurabe paces itself to stay under
    # tpm: 200000              ## tokens per minute
    # timeoutMs: 60000         ## slower requests are retried, then recorded as infrastructure errors
    # price: { input: 0.15, cachedInput: 0.075, output: 0.6 }   ## USD per million tokens
    # images: false            ## whether it accepts images (default: what kurabe's model catalog knows)

  ## API models. Without apiKey, the provider's usual variable is read (OPENAI_API_KEY, ANTHROPIC_API_KEY, ...).
  # - provider: openai
  #   model: gpt-4o-mini
  #   apiKey: \${OPENAI_API_KEY}
  # - provider: openai
  #   model: o4-mini
  #   params: { reasoningEffort: low, maxTokens: 4096 }
  # - provider: anthropic
  #   model: claude-sonnet-4-20250514
  #   apiKey: \${ANTHROPIC_API_KEY}
  #   rpm: 50
  # - provider: google
  #   model: gemini-2.5-flash
  #   apiKey: \${GOOGLE_GENERATIVE_AI_API_KEY}

  ## An open model on a server of your own; headers are sent with every request.
  # - provider: openai-compatible
  #   baseURL: http://127.0.0.1:8000/v1
  #   model: meta-llama/Meta-Llama-3-70B-Instruct
  #   headers: { X-Team: support }
  #   concurrency: 32

  ## A GGUF file run in-process by llama.cpp, as it is and with a fine-tuned LoRA adapter.
  # - provider: llamacpp
  #   model: models/Llama-3.2-3B-Instruct-Q4_K_M.gguf
  #   threads: 2               ## CPU threads: more threads than cores is much slower, not faster
  #   contextSize: 4096
  #   sequences: 2             ## answers decoded together (batched); also caps concurrency
  #   gpuLayers: auto
  # - id: llama-3.2-3b-support-lora
  #   provider: llamacpp
  #   model: models/Llama-3.2-3B-Instruct-Q4_K_M.gguf
  #   lora:
  #     - path: adapters/support-lora.gguf
  #       scale: 1
  #   ## What serving it yourself costs, for the report's break-even curve against the API models:
  #   hosting: { gpu: h100, gpus: 1, utilisation: 0.5, fineTuningUsd: 40, amortiseMonths: 12 }

suites:
  - name: echo
    path: items.jsonl      # one {"id": "...", "input": "...", "expected": "..."} per line
    scorer: exact
    ## Options every suite takes:
    # category: domain         ## nlu | reasoning | code | multimodal | instruction | domain
    # system: Repeat the user's message exactly.
    # samples: 3               ## answers per item, for pass@k and tighter intervals
    # params: { temperature: 0, maxTokens: 256 }   ## overrides the models' params in this suite
    # limit: 20                ## only the first 20 items: a quick look before the full run
    # shots: 2                 ## few-shot: earlier items (or "examples: file.jsonl") shown as worked examples
    # encoding: euc-jp         ## the data file's encoding; UTF-8, a BOM and Shift_JIS (CP932) are detected

  ## A template builds the prompt: {{input}}, {{id}}, {{choices}} ("A. ..." lines) and {{any-field}} of the item.
  # - name: support-intent
  #   path: data/intents.jsonl   ## {"id": 1, "input": "...", "choices": ["billing", "bug", "other"], "expected": "A"}
  #   category: nlu
  #   template: "Which team should handle this inquiry?\\n\\n{{input}}\\n\\n{{choices}}\\n\\nAnswer with the letter."
  #   scorer: choice
  ## Built-in benchmarks: ${BUILTIN_SUITE_NAMES.join(", ")}.
  ## A small subset ships with kurabe; "path:" reads the full upstream file, as downloaded, instead.
  # - builtin: jcommonsenseqa
  #   shots: 3                 ## worked examples shown first, as earlier turns of the chat
  # - builtin: gsm8k
  #   path: data/gsm8k-test.jsonl
  #   limit: 200
  ## A judge model (any model above; judgeOnly: true keeps it out of the comparison) grades against a rubric.
  # - name: support-answers
  #   path: data/support.jsonl
  #   scorer: { type: rubric, judge: local-mock, rubric: "Polite, correct, cites the right policy." }
  #   pairwise: { judge: local-mock }   ## also compare every pair of models, twice with positions swapped
  ## Several scorers: the first is the score, the others are reported beside it.
  # - name: invoice-fields
  #   path: data/invoices.jsonl
  #   scorer: [{ type: json, fields: [total, currency] }, normalized]
  #   jsonSchema: { type: object, properties: { total: { type: number }, currency: { type: string } } }  ## structured output

## Answers per item in every suite (a suite's own samples wins).
# samples: 1
## Which prompt? Every model answers with every prompt, and each model × prompt (model@prompt) is compared like a
## model. A prompt replaces the suites' system and/or template; a suite may list its own, with the same ids.
# prompts:
#   - id: plain                ## the suites' own prompts: the baseline the others are compared with
#   - id: terse
#     system: Reply with the answer only.
#     template: "Question: {{input}}"
## Rate limits, timeouts and server errors are retried with backoff; they never count as wrong answers.
# retry: { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60000 }
## Reuse the stored answer to an identical request (same model, messages and parameters).
# cache: true
## The SQLite file that holds every run.
# db: results/kurabe.db
`;

// The mock server answers with the prompt it was sent, so each expected answer is the input itself.
const EXAMPLE_ITEMS = [
  { id: "hello", input: "hello", expected: "hello" },
  { id: "sum", input: "2 + 2 = 4", expected: "2 + 2 = 4" },
  {
    id: "pangram",
    input: "The quick brown fox jumps over the lazy dog.",
    expected: "The quick brown fox jumps over the lazy dog.",
  },
  { id: "japanese", input: "こんにちは、世界", expected: "こんにちは、世界" },
];

/**
 * `kurabe init [dir]`: writes an example kurabe.yaml and the small suite it runs. Refuses to overwrite either file
 * unless `force` is set, and then writes neither. Returns the absolute paths written.
 */
export async function runInit(dir: string, options: { force?: boolean } = {}): Promise<string[]> {
  const files = [
    { path: resolve(dir, "kurabe.yaml"), text: EXAMPLE_CONFIG },
    { path: resolve(dir, "items.jsonl"), text: EXAMPLE_ITEMS.map((item) => `${JSON.stringify(item)}\n`).join("") },
  ];
  if (!options.force) {
    const existing = files.find((file) => existsSync(file.path));
    if (existing) {
      throw new ConfigError("already exists; use --force to overwrite it", { file: displayPath(existing.path) });
    }
  }
  await mkdir(resolve(dir), { recursive: true });
  for (const file of files) await writeFile(file.path, file.text, { flag: options.force ? "w" : "wx" });
  return files.map((file) => file.path);
}

/** Examples `kurabe init --example NAME` writes instead of the commented config. */
const EXAMPLES: Readonly<Record<string, (dir: string, options: { force?: boolean }) => Promise<string>>> = {
  kb: async (dir, options) => {
    const { kbSummary, writeKbExample } = await import("./examples/kb-example.js");
    await writeKbExample(dir, options);
    return kbSummary(dir, resolve(dir) === resolve("."));
  },
};

/** `kurabe init` as the CLI runs it: writes the files, then says what it wrote and the command to try next. */
export async function initCommand(
  dir: string,
  options: { force?: boolean; example?: string },
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  if (options.example !== undefined) {
    const example = EXAMPLES[options.example];
    if (!example) throw new KurabeError("input", `unknown example "${options.example}"; examples: ${Object.keys(EXAMPLES).join(", ")}`);
    out.write(await example(dir, options));
    return;
  }
  const [config, items] = await runInit(dir, options);
  out.write(initSummary(config!, items!, resolve(dir) === resolve(".")));
}

/** What `kurabe init` prints: the files it wrote and the commands that run the example against the echoing mock. */
export function initSummary(configPath: string, itemsPath: string, inWorkingDir: boolean): string {
  const run = inWorkingDir ? "npx kurabe run" : `npx kurabe run ${shellWord(displayPath(configPath))}`;
  return [
    `wrote ${displayPath(configPath)} (an example config: one local mock model and the "echo" suite)`,
    `wrote ${displayPath(itemsPath)} (the "echo" suite's ${EXAMPLE_ITEMS.length} items)`,
    "next: start the mock model that echoes prompts, then run the suite against it:",
    "  npx kurabe mock-server &",
    `  MOCK_API_KEY=anything ${run}`,
    "",
  ].join("\n");
}

