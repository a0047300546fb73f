import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { displayPath } from "../config/display-path.js";
import { loadConfig } from "../config/load-config.js";
import { ConfigError } from "../errors.js";
import { prepareSuite } from "../suites/prepare-suite.js";
import type { Item } from "../suites/types.js";
import type { EvalItemText } from "./types.js";

/**
 * The eval items to check training data against: every suite of a kurabe.yaml (built-ins included), or a JSONL file
 * of `{suite, itemId, text}`. A config's `${VAR}` references need not be set: building a dataset calls no model.
 */
export async function loadEvalItemTexts(path: string): Promise<EvalItemText[]> {
  const ext = extname(path).toLowerCase();
  return ext === ".yaml" || ext === ".yml" ? fromConfig(path) : fromJsonl(path);
}

async function fromConfig(path: string): Promise<EvalItemText[]> {
  const anyVariable = new Proxy(process.env, { get: (env, name: string) => env[name] ?? "unused-by-dataset-build" });
  const { config } = loadConfig(path, anyVariable);
  const texts: EvalItemText[] = [];
  for (const input of config.suites) {
    const suite = await prepareSuite(input);
    for (const item of suite.items) texts.push({ suite: suite.config.name, itemId: item.id, text: itemText(item) });
  }
  return texts;
}

/** The question, the options and a textual gold answer: any of them copied into training data is a leak. */
function itemText(item: Item): string {
  const parts = [item.input, ...(item.choices ?? [])];
  if (typeof item.expected === "string" && item.expected.length > 1) parts.push(item.expected);
  return parts.join("\n");
}

async function fromJsonl(path: string): Promise<EvalItemText[]> {
  const file = displayPath(resolve(path));
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError("eval items file not found", { file }, { cause: error });
  }
  const texts: EvalItemText[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === "") return;
    const line = index + 1;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      throw new ConfigError(`invalid JSON: ${(error as Error).message}`, { file, line });
    }
    const { suite, itemId, text: itemText } = (record ?? {}) as Record<string, unknown>;
    for (const [field, value] of [["suite", suite], ["itemId", itemId], ["text", itemText]] as const) {
      if (typeof value !== "string") throw new ConfigError("expected a string", { file, line, field });
    }
    texts.push({ suite: suite as string, itemId: itemId as string, text: itemText as string });
  });
  return texts;
}
