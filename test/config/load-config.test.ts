import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/errors.js";

const MINIMAL = `models:
  - id: local-mock
    provider: openai-compatible
    baseURL: http://127.0.0.1:8787/v1
    model: mock-model
    apiKey: \${MOCK_API_KEY}
    concurrency: 16
suites:
  - name: echo
    path: items.jsonl      # one {"id": "...", "input": "...", "expected": "..."} per line
    scorer: exact
`;

/** A YAML file from its lines, so that table cases read as the file does. */
const yamlLines = (...lines: string[]) => `${lines.join("\n")}\n`;

function writeConfig(text: string | Buffer, name = "kurabe.yaml"): string {
  const path = join(mkdtempSync(join(tmpdir(), "kurabe-config-")), name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function configError(path: string, env: Record<string, string> = {}): ConfigError {
  try {
    loadConfig(path, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected loadConfig to throw a ConfigError");
}

describe("loadConfig on valid files", () => {
  it("loads the minimal config from the issue exactly as written", () => {
    const path = writeConfig(MINIMAL);
    const { config, dir } = loadConfig(path, { MOCK_API_KEY: "sk-test" });
    expect(dir).toBe(dirname(path));
    expect(config.models).toEqual([
      {
        id: "local-mock",
        provider: "openai-compatible",
        baseURL: "http://127.0.0.1:8787/v1",
        model: "mock-model",
        apiKey: "sk-test",
        concurrency: 16,
        params: {},
        timeoutMs: 120_000,
        judgeOnly: false,
      },
    ]);
    // Defaults for what the suite leaves out (category, shots) are applied when it is prepared: effective-suite.ts.
    expect(config.suites).toEqual([{ name: "echo", path: join(dir, "items.jsonl"), scorer: "exact", params: {} }]);
    expect(config.samples).toBe(1);
    expect(config.cache).toBe(true);
  });

  it("resolves data, GGUF, LoRA and database paths against the config's folder, not the working directory", () => {
    const path = writeConfig(
      `models:
  - provider: llamacpp
    model: ../models/llama.gguf
    lora: [{ path: adapters/support.gguf, scale: 0.5 }]
suites:
  - { name: domain, path: ../data/items.jsonl }
db: results/kurabe.db
`,
      "configs/kurabe.yaml",
    );
    const root = dirname(dirname(path));
    const { config } = loadConfig(path, {});
    const model = config.models[0];
    if (model?.provider !== "llamacpp") throw new Error("expected a llamacpp model");
    expect(model.model).toBe(join(root, "models/llama.gguf"));
    expect(model.lora).toEqual([{ path: join(root, "configs/adapters/support.gguf"), scale: 0.5 }]);
    expect(config.suites[0]?.path).toBe(join(root, "data/items.jsonl"));
    expect(config.db).toBe(join(root, "configs/results/kurabe.db"));
  });

  it("names models provider:model by default, and a llamacpp model by its file name", () => {
    const path = writeConfig(`models:
  - { provider: openai, model: gpt-4o-mini }
  - { provider: openai-compatible, baseURL: "http://127.0.0.1:8000/v1", model: meta-llama/Meta-Llama-3-70B-Instruct }
  - { provider: llamacpp, model: models/llama-3-8b.Q4_K_M.gguf }
suites: [{ name: a, path: a.jsonl }]
`);
    expect(loadConfig(path, {}).config.models.map((m) => m.id)).toEqual([
      "openai:gpt-4o-mini",
      "openai-compatible:meta-llama/Meta-Llama-3-70B-Instruct",
      "llamacpp:llama-3-8b.Q4_K_M.gguf",
    ]);
  });

  it("expands ${VAR:-default} with the default when the variable is unset or empty, and the value when set", () => {
    const text = `models:
  - { provider: openai-compatible, baseURL: "\${BASE:-http://127.0.0.1:8000}/v1", model: "\${MODEL:-qwen}" }
suites: [{ name: a, path: a.jsonl }]
`;
    const path = writeConfig(text);
    const model = (env: Record<string, string>) => {
      const first = loadConfig(path, env).config.models[0];
      return first?.provider === "openai-compatible" ? [first.baseURL, first.model] : undefined;
    };
    expect(model({})).toEqual(["http://127.0.0.1:8000/v1", "qwen"]);
    expect(model({ MODEL: "" })).toEqual(["http://127.0.0.1:8000/v1", "qwen"]);
    expect(model({ BASE: "http://10.0.0.2:9000", MODEL: "llama" })).toEqual(["http://10.0.0.2:9000/v1", "llama"]);
  });

  it("takes suite names in any script: 社内FAQ, ＦＡＱ-2024, お問い合わせ.v2", () => {
    const path = writeConfig(`models: [{ provider: openai, model: gpt-4o-mini }]
suites:
  - { name: 社内FAQ, path: faq.csv }
  - { name: ＦＡＱ-2024, path: faq.csv }
  - { name: お問い合わせ.v2, path: faq.csv }
`);
    expect(loadConfig(path, {}).config.suites.map((suite) => suite.name)).toEqual(["社内FAQ", "ＦＡＱ-2024", "お問い合わせ.v2"]);
  });

  it("gives top-level prompts to every suite that lists none of its own; a suite's own list keeps its texts", () => {
    const path = writeConfig(`models: [{ provider: openai, model: gpt-4o-mini }]
prompts: [{ id: plain }, { id: terse, system: Be brief. }]
suites:
  - { name: a, path: a.jsonl }
  - name: b
    path: b.jsonl
    prompts: [{ id: terse, template: "Q: {{input}}" }, { id: plain }]
`);
    expect(loadConfig(path, {}).config.suites.map((suite) => suite.prompts)).toEqual([
      [{ id: "plain" }, { id: "terse", system: "Be brief." }],
      [{ id: "terse", template: "Q: {{input}}" }, { id: "plain" }],
    ]);
  });

  it("reads a file that starts with a UTF-8 byte order mark", () => {
    const path = writeConfig(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MINIMAL)]));
    expect(loadConfig(path, { MOCK_API_KEY: "k" }).config.models[0]?.id).toBe("local-mock");
  });
});

// Each case: the config text, then the first line of the error as `line: field: message` (the file is prepended).
const BAD_CONFIGS: Array<{ name: string; yaml: string; env?: Record<string, string>; expected: string }> = [
  {
    name: "malformed YAML (file:line:column)",
    yaml: "models:\n  - provider: openai\n   model: gpt-4o\n",
    expected: "3:1: invalid YAML: sequence item without - indicator",
  },
  {
    name: "a duplicate YAML key",
    yaml: "models: []\nsuites: []\nmodels: []\n",
    expected: "3:1: invalid YAML: map keys must be unique",
  },
  {
    name: "an unset ${VAR} without a default",
    yaml: MINIMAL,
    expected: "6: models[0].apiKey: environment variable MOCK_API_KEY is not set",
  },
  {
    name: "a malformed ${...} reference",
    yaml: MINIMAL.replace("${MOCK_API_KEY}", "${MOCK API KEY}"),
    expected: '6: models[0].apiKey: invalid variable reference "${MOCK API KEY}"; write ${NAME} or ${NAME:-default}',
  },
  {
    name: "an unknown provider",
    yaml: MINIMAL.replace("openai-compatible", "openai-compat"),
    env: { MOCK_API_KEY: "k" },
    expected:
      '3: models[0].provider: unknown provider "openai-compat"; valid providers: openai, anthropic, google, ' +
      'openai-compatible, llamacpp, module (did you mean "openai-compatible"?)',
  },
  {
    name: "a model without a provider",
    yaml: "models:\n  - model: gpt-4o\nsuites: [{ name: a, path: a.jsonl }]\n",
    expected:
      "2: models[0].provider: missing provider; " +
      "valid providers: openai, anthropic, google, openai-compatible, llamacpp, module",
  },
  {
    name: "a number written as a string",
    yaml: MINIMAL.replace("concurrency: 16", 'concurrency: "16"'),
    env: { MOCK_API_KEY: "k" },
    expected: '7: models[0].concurrency: expected a number, got string "16"',
  },
  {
    name: "a fraction where a whole number is expected",
    yaml: MINIMAL.replace("concurrency: 16", "concurrency: 1.5"),
    env: { MOCK_API_KEY: "k" },
    expected: "7: models[0].concurrency: expected a whole number, got number 1.5",
  },
  {
    name: "a list where a mapping is expected",
    yaml: "models:\n  - gpt-4o\nsuites: [{ name: a, path: a.jsonl }]\n",
    expected: '2: models[0]: expected a mapping (key: value), got string "gpt-4o"',
  },
  {
    name: "an empty required list",
    yaml: "models:\n  - { provider: openai, model: gpt-4o }\nsuites: []\n",
    expected: "3: suites: expected at least 1 item, got 0",
  },
  {
    name: "a missing required field (reported at the object it belongs in)",
    yaml: "models:\n  - provider: openai\n    concurrency: 2\nsuites: [{ name: a, path: a.jsonl }]\n",
    expected: "2: models[0].model: required field is missing (expected a string)",
  },
  {
    name: "an unknown key in params, reported at the key",
    yaml: yamlLines(
      "models:",
      "  - provider: openai",
      "    model: gpt-4o",
      "    params:",
      "      max_tokens: 100",
      "suites: [{ name: a, path: a.jsonl }]",
    ),
    expected: '5: models[0].params.max_tokens: unknown key "max_tokens" (did you mean "maxTokens"?)',
  },
  {
    name: "an unknown key with no close match lists the valid keys",
    yaml: "models:\n  - { provider: openai, model: gpt-4o }\nsuites:\n  - name: a\n    path: a.jsonl\n    weight: 2\n",
    expected:
      '6: suites[0].weight: unknown key "weight"; ' +
      "valid keys: name, builtin, path, encoding, category, scorer, system, template, prompts, shots, examples, samples, params, jsonSchema, limit, pairwise",
  },
  {
    name: "an unknown top-level key",
    yaml: "models:\n  - { provider: openai, model: gpt-4o }\nsuites: [{ name: a, path: a.jsonl }]\nconcurency: 4\n",
    expected:
      '4: concurency: unknown key "concurency"; valid keys: description, models, suites, samples, retry, db, cache, pii, prompts',
  },
  {
    name: "a value out of range",
    yaml: yamlLines(
      "models:",
      "  - provider: openai",
      "    model: gpt-4o",
      "    params: { temperature: 3 }",
      "suites: [{ name: a, path: a.jsonl }]",
    ),
    expected: "4: models[0].params.temperature: expected a number <= 2, got number 3",
  },
  {
    name: "a value outside an enumeration",
    yaml: yamlLines(
      "models:",
      "  - { provider: openai, model: gpt-4o }",
      "suites:",
      "  - name: a",
      "    path: a.jsonl",
      "    category: reason",
    ),
    expected:
      '6: suites[0].category: expected one of "nlu", "reasoning", "code", "multimodal", "instruction", "domain", ' +
      'got string "reason" (did you mean "reasoning"?)',
  },
  {
    name: "a value no branch of a union accepts",
    yaml: "models:\n  - { provider: llamacpp, model: m.gguf, gpuLayers: all }\nsuites: [{ name: a, path: a.jsonl }]\n",
    expected: '2: models[0].gpuLayers: expected a number or "auto", got string "all"',
  },
  {
    name: "a scorer of the wrong type",
    yaml: "models:\n  - { provider: openai, model: gpt-4o }\nsuites:\n  - name: a\n    path: a.jsonl\n    scorer: 3\n",
    expected: "6: suites[0].scorer: expected a string, a mapping (key: value) or a list, got number 3",
  },
  {
    name: "an invalid URL",
    yaml: MINIMAL.replace("http://127.0.0.1:8787/v1", "localhost 8787"),
    env: { MOCK_API_KEY: "k" },
    expected: '4: models[0].baseURL: expected a URL such as http://127.0.0.1:8080/v1, got string "localhost 8787"',
  },
  {
    name: "an empty value",
    yaml: "models:\n  - { provider: openai, model: gpt-4o }\nsuites:\n",
    expected: "3: suites: expected a list, got an empty value",
  },
  {
    name: "a suite name with spaces",
    yaml: "models:\n  - { provider: openai, model: gpt-4o }\nsuites:\n  - name: my suite\n    path: a.jsonl\n",
    expected: `4: suites[0].name: use only letters, digits, '.', '_' or '-' (got string "my suite")`,
  },
  {
    name: "two models with the same default id",
    yaml: yamlLines(
      "models:",
      "  - { provider: openai, model: gpt-4o }",
      "  - provider: openai",
      "    model: gpt-4o",
      "suites: [{ name: a, path: a.jsonl }]",
    ),
    expected: '3: models[1]: duplicate model id "openai:gpt-4o" (first on line 2); give each model its own `id`',
  },
  {
    name: "two models with the same explicit id",
    yaml: yamlLines(
      "models:",
      "  - { id: m, provider: openai, model: gpt-4o }",
      "  - { id: m, provider: anthropic, model: claude }",
      "suites: [{ name: a, path: a.jsonl }]",
    ),
    expected: '3: models[1].id: duplicate model id "m" (first on line 2); give each model its own `id`',
  },
  {
    name: "two suites with the same name",
    yaml: yamlLines(
      "models:",
      "  - { provider: openai, model: gpt-4o }",
      "suites:",
      "  - { name: a, path: a.jsonl }",
      "  - name: a",
      "    path: b.jsonl",
    ),
    expected: '5: suites[1].name: duplicate suite name "a" (first on line 4); suite names must be unique',
  },
  {
    name: "two suites comparing different prompt ids",
    yaml: yamlLines(
      "models:",
      "  - { provider: openai, model: gpt-4o }",
      "prompts: [{ id: plain }, { id: terse, system: Be brief. }]",
      "suites:",
      "  - { name: a, path: a.jsonl }",
      "  - name: b",
      "    path: b.jsonl",
      "    prompts: [{ id: plain }]",
    ),
    expected:
      "8: suites[1].prompts: this suite compares the prompts plain, the first suite plain, terse; every suite compares the same prompt ids " +
      "(list them on each suite, or once as top-level `prompts:`)",
  },
  {
    name: "a model whose id is another model's prompt variant",
    yaml: yamlLines(
      "models:",
      "  - { id: m, provider: openai, model: gpt-4o }",
      "  - { id: m@terse, provider: anthropic, model: claude }",
      "suites: [{ name: a, path: a.jsonl, prompts: [{ id: terse }] }]",
    ),
    expected: '3: models[1].id: model id "m@terse" is also the id of model m asked with prompt "terse" (models[0]); give the model another id',
  },
];

describe("loadConfig on invalid files", () => {
  it.each(BAD_CONFIGS)("reports $name at the file, line and field", ({ yaml, env, expected }) => {
    const path = writeConfig(yaml);
    const error = configError(path, env);
    expect(error.code).toBe("config");
    expect(error.describe().split("\n")[0]).toBe(`${path}:${expected}`);
  });

  it("reports an unknown key together with the missing field it was probably meant to be", () => {
    const path = writeConfig(MINIMAL.replace("baseURL:", "base_url:"));
    expect(configError(path, { MOCK_API_KEY: "k" }).describe().split("\n")).toEqual([
      `${path}:2: models[0].baseURL: required field is missing (expected a string)`,
      `${path}:4: models[0].base_url: unknown key "base_url" (did you mean "baseURL"?)`,
    ]);
  });

  it("reports every schema problem at once, one per line, in file order", () => {
    const path = writeConfig(`models:
  - provider: openai
    model: gpt-4o
    concurrency: 0
suites:
  - name: a
    path: a.jsonl
    samples: many
`);
    const error = configError(path);
    expect(error.location).toEqual({ file: path, line: 4, field: "models[0].concurrency" });
    expect(error.describe().split("\n")).toEqual([
      `${path}:4: models[0].concurrency: expected a number >= 1, got number 0`,
      `${path}:8: suites[0].samples: expected a number, got string "many"`,
    ]);
  });

  it("names the missing config file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "kurabe-config-")), "kurabe.yaml");
    expect(configError(path).describe()).toBe(`${path}: config file not found; \`kurabe init\` writes an example`);
  });

  it("rejects an empty file", () => {
    const path = writeConfig("# nothing here yet\n");
    expect(configError(path).describe()).toBe(`${path}: the file is empty; \`kurabe init\` writes an example`);
  });
});
