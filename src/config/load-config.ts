import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import { ConfigError, type ErrorLocation } from "../errors.js";
import { describeIssues } from "./describe-issues.js";
import { displayPath } from "./display-path.js";
import { expandEnvInDocument, type Env } from "./expand-env.js";
import { formatPath } from "./format-path.js";
import { parsePath } from "./parse-path.js";
import { parsePositionedYaml } from "./positioned-yaml.js";
import { resolveConfig, type ResolvedConfig } from "./resolve-config.js";
import { configSchema } from "./schema.js";

interface LoadedConfig {
  config: ResolvedConfig;
  /** Absolute path of the config file. */
  path: string;
  /** Its folder, against which the config's relative paths were resolved. */
  dir: string;
  /**
   * A ConfigError raised later about a field of this config (`models[0].rag.embedding.model`, found only when the
   * model file is read) placed at that field's file and line; anything else as it is.
   */
  locate(error: unknown): unknown;
}

/**
 * Reads kurabe.yaml: YAML with positions, `${VAR}` expansion from `env`, zod validation, then ids and absolute paths.
 * Every error is a ConfigError at `file:line: field`. All schema problems are reported at once, one per line and
 * ordered by line (the error's location is the first), so that a config can be fixed in one pass.
 */
export function loadConfig(path: string, env: Env = process.env): LoadedConfig {
  const absolute = resolve(path);
  const file = displayPath(absolute);
  return configFromText(readConfigText(absolute, file), { path: absolute, file, lines: true }, env);
}

/**
 * A config given as an object (the library's `run`), validated and resolved exactly as kurabe.yaml is; relative paths
 * are relative to `dir`, and errors name the field (`config: suites[0].path: …`), there being no line to name.
 */
export function configFromObject(data: unknown, dir: string, env: Env = process.env): LoadedConfig {
  return configFromText(stringify(data ?? null), { path: join(resolve(dir), "(config object)"), file: "config", lines: false }, env);
}

function configFromText(text: string, source: { path: string; file: string; lines: boolean }, env: Env): LoadedConfig {
  const { path: absolute, file } = source;
  const dir = dirname(absolute);
  const yaml = parsePositionedYaml(text, file);
  const locate = (at: readonly PropertyKey[], options?: { key?: boolean }): ErrorLocation => {
    const field = formatPath(at);
    return { file, ...(source.lines ? { line: yaml.positionOf(at, options).line } : {}), ...(field ? { field } : {}) };
  };

  expandEnvInDocument(yaml.document, env, (at, reason) => {
    throw new ConfigError(reason, locate(at));
  });
  const data: unknown = yaml.document.toJS();
  if (data === null || data === undefined) {
    throw new ConfigError("the file is empty; `kurabe init` writes an example", { file });
  }

  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues, configSchema, data)
      .map((problem) => ({ message: problem.message, location: locate(problem.path, { key: problem.key }) }))
      .sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
    const [first, ...rest] = problems.map(({ message, location }) => new ConfigError(message, location));
    if (!first) throw new ConfigError("invalid configuration", { file });
    const message = [first.message, ...rest.map((error) => error.describe())].join("\n");
    throw new ConfigError(message, first.location, { cause: parsed.error });
  }

  const config = resolveConfig(parsed.data, {
    dir,
    lineOf: (at) => yaml.positionOf(at).line,
    locate,
    fail: (at, message) => {
      throw new ConfigError(message, locate(at));
    },
  });
  const locateLater = (error: unknown): unknown => {
    if (!(error instanceof ConfigError) || error.location.file !== undefined || !error.location.field) return error;
    const at = parsePath(error.location.field);
    if (at.length === 0 || yaml.document.getIn(at, true) === undefined) return error;
    return new ConfigError(error.message, locate(at), { cause: error });
  };
  return { config, path: absolute, dir, locate: locateLater };
}

function readConfigText(absolute: string, file: string): string {
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ConfigError("config file not found; `kurabe init` writes an example", { file });
    throw new ConfigError(`cannot read the config file (${code ?? String(error)})`, { file }, { cause: error });
  }
}
