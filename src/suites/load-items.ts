import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { displayPath } from "../config/display-path.js";
import type { SuiteConfig } from "../config/schema.js";
import { ConfigError } from "../errors.js";
import { imageMediaType, SUPPORTED_IMAGE_EXTENSIONS } from "./image-media-type.js";
import { parseItem, type FailItem } from "./parse-item.js";

/** Turns one parsed JSONL record into an item: kurabe's own item format, or a built-in benchmark's upstream layout. */
export type RecordParser = (record: unknown, line: number, fail: FailItem) => Item;
import { checkTemplate } from "./template.js";
import type { Item } from "./types.js";

/**
 * Reads a suite's JSONL data file, one item per line (blank lines skipped, a UTF-8 BOM tolerated), streaming it so
 * that large files are never held twice in memory. Stops after `suite.limit` items. Every problem is a ConfigError at
 * `file:line: field`: bad JSON, a missing or mistyped field, a duplicate id, a missing image, an empty file, or a
 * template placeholder some item cannot fill.
 */
export async function loadItems(suite: SuiteConfig, parseRecord: RecordParser = parseItem): Promise<Item[]> {
  const path = resolve(suite.path);
  const file = displayPath(path);
  await checkDataFile(path, file, suite.name);

  const items: Item[] = [];
  const firstLineOf = new Map<string, number>();
  const stream = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const raw of lines) {
      lineNumber++;
      const text = lineNumber === 1 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
      if (text.trim() === "") continue;
      const line = lineNumber;
      const fail: FailItem = (field, message) => {
        throw new ConfigError(message, { file, line, ...(field === undefined ? {} : { field }) });
      };
      const item = parseRecord(parseJson(text, fail), line, fail);
      const firstLine = firstLineOf.get(item.id);
      if (firstLine !== undefined) fail("id", `duplicate id ${JSON.stringify(item.id)} (first on line ${firstLine})`);
      firstLineOf.set(item.id, line);
      if (item.images) item.images = resolveImages(item.images, dirname(path), fail);
      items.push(item);
      if (suite.limit !== undefined && items.length >= suite.limit) break;
    }
  } finally {
    lines.close();
    stream.destroy();
  }

  if (items.length === 0) throw new ConfigError(`no items: the data file of suite "${suite.name}" is empty`, { file });
  checkTemplate(suite, items);
  return items;
}

async function checkDataFile(path: string, file: string, suiteName: string): Promise<void> {
  try {
    const stats = await stat(path);
    if (!stats.isFile()) {
      throw new ConfigError(`expected a JSONL data file for suite "${suiteName}", found a folder`, { file });
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "data file not found" : `cannot read the data file (${code ?? String(error)})`;
    throw new ConfigError(`${reason} (suite "${suiteName}")`, { file }, { cause: error });
  }
}

function parseJson(text: string, fail: FailItem): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(undefined, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Image paths are relative to the data file, like the data file's path is relative to kurabe.yaml. */
function resolveImages(images: readonly string[], dataDir: string, fail: FailItem): string[] {
  return images.map((image, index) => {
    const absolute = resolve(dataDir, image);
    if (imageMediaType(absolute) === undefined) {
      fail(`images[${index}]`, `unsupported image type "${image}"; use ${SUPPORTED_IMAGE_EXTENSIONS.join(", ")}`);
    }
    if (!existsSync(absolute)) fail(`images[${index}]`, `image file not found: ${displayPath(absolute)}`);
    return absolute;
  });
}
