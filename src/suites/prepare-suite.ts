import type { SuiteConfig, SuiteInput } from "../config/schema.js";
import type { ChatMessage } from "../models/types.js";
import type { BuiltinSuite } from "./builtin/types.js";
import { bundledDataPath, effectiveSuite } from "./effective-suite.js";
import { selectExemplars, withExemplars } from "./few-shot.js";
import { loadItems, type LoadOptions, type RecordParser } from "./load-items.js";
import { parseItem } from "./parse-item.js";
import { checkTemplate, renderPrompt } from "./template.js";
import type { Item } from "./types.js";
import { describeEncoding, type TextEncoding } from "../text/decode-text.js";

/** A suite ready to ask: its effective config, its items, and how to turn an item into messages. */
interface PreparedSuite {
  config: SuiteConfig;
  builtin?: BuiltinSuite;
  items: Item[];
  messagesFor(item: Item): ChatMessage[];
  /** The suite's prompt variants (`prompts:`), each asked of every model; empty: the suite's own prompt alone. */
  prompts: SuitePrompt[];
  /** Worth saying once before the run: the data files not in plain UTF-8 and how each was decoded. */
  decoded: Array<{ file: string; encoding: string }>;
}

/** One prompt variant of a suite: its system prompt and template in place of the suite's, few-shot examples too. */
export interface SuitePrompt {
  id: string;
  messagesFor(item: Item): ChatMessage[];
}

/**
 * Loads a suite's items (and its few-shot pool): a built-in reads its upstream record layout, from the bundled subset
 * or the user's full file; few-shot examples come from the built-in's bundled data, the suite's `examples` file, or
 * else the suite's own other items.
 */
export async function prepareSuite(input: SuiteInput): Promise<PreparedSuite> {
  const config = await effectiveSuite(input);
  const builtin = input.builtin ? (await import("./builtin/registry.js")).builtinSuite(input.builtin) : undefined;
  const parse = builtin ? builtinParser(builtin) : parseItem;
  const decoded: PreparedSuite["decoded"] = [];
  const onEncoding = (encoding: TextEncoding, file: string) => {
    if (encoding !== "utf-8") decoded.push({ file, encoding: describeEncoding(encoding) });
  };
  const items = await loadItems(config, parse, { onEncoding, ...(builtin ? { layout: builtin.layout } : {}) });
  const pool = config.shots > 0 ? await exemplarPool(config, builtin, items, parse, onEncoding) : [];
  const answerOf = builtin?.exemplarAnswer ?? ((item: Item) => displayAnswer(item.expected));
  const asking = (variant: SuiteConfig) => (item: Item) =>
    withExemplars(
      selectExemplars(pool, item, config.shots, builtin?.exemplarGroup),
      (example) => renderPrompt(variant, example),
      answerOf,
      renderPrompt(variant, item),
    );
  const prompts = promptVariants(config, items, asking);
  return { config, ...(builtin ? { builtin } : {}), items, decoded, messagesFor: asking(config), prompts };
}

/**
 * The suite's prompt variants. Outside prepareSuite on purpose: a closure there that named `items` would put them in
 * the context every closure of that scope shares, and `messagesFor` would keep all of them alive for the whole run
 * (100,000 items: ~100 MB, bench/README.md) after the store took them over.
 */
function promptVariants(config: SuiteConfig, items: readonly Item[], asking: (variant: SuiteConfig) => SuitePrompt["messagesFor"]): SuitePrompt[] {
  return (config.prompts ?? []).map((prompt, index): SuitePrompt => {
    const variant: SuiteConfig = {
      ...config,
      ...(prompt.system === undefined ? {} : { system: prompt.system }),
      ...(prompt.template === undefined ? {} : { template: prompt.template }),
    };
    if (prompt.template !== undefined) checkTemplate(variant, items, `prompts[${index}].template`);
    return { id: prompt.id, messagesFor: asking(variant) };
  });
}

function builtinParser(builtin: BuiltinSuite): RecordParser {
  return (record, line, fail) => {
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      return fail(undefined, `expected a JSON object in the ${builtin.source.benchmark} record layout`);
    }
    return builtin.toItem(record as Record<string, unknown>, line, fail);
  };
}

async function exemplarPool(
  config: SuiteConfig,
  builtin: BuiltinSuite | undefined,
  items: Item[],
  parse: RecordParser,
  onEncoding: LoadOptions["onEncoding"],
): Promise<Item[]> {
  const path = config.examples ?? (builtin ? bundledDataPath(builtin.name) : undefined);
  if (path === undefined || path === config.path) return items;
  // The pool is read whole, whatever `limit` says of the suite itself, and decoded on its own: `encoding:` names the
  // suite's file.
  const { limit: _limit, encoding: _encoding, ...rest } = config;
  return loadItems({ ...rest, path, name: `${config.name} examples` }, parse, { onEncoding, ...(builtin ? { layout: builtin.layout } : {}) });
}

function displayAnswer(expected: unknown): string {
  if (typeof expected === "string") return expected;
  if (Array.isArray(expected) && typeof expected[0] === "string") return expected[0];
  return JSON.stringify(expected);
}
