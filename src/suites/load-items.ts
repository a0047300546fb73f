import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { displayPath } from "../config/display-path.js";
import type { SuiteConfig } from "../config/schema.js";
import { ConfigError } from "../errors.js";
import type { ScorerSpec } from "../config/schema.js";
import { withCodePathFrom } from "../scoring/user-code-path.js";
import { imageMediaType, SUPPORTED_IMAGE_EXTENSIONS } from "./image-media-type.js";
import { parseItem, type FailItem } from "./parse-item.js";
import { readRecords } from "./record-sources.js";
import { checkTemplate } from "./template.js";
import type { TextEncoding } from "../text/decode-text.js";
import type { UpstreamLayout } from "./builtin/types.js";
import type { Item } from "./types.js";

/** Turns one parsed record into an item: kurabe's own item format, or a built-in benchmark's upstream layout. */
export type RecordParser = (record: unknown, line: number, fail: FailItem) => Item;

export interface LoadOptions {
  /** Told how each file was decoded (detected, or as the suite's `encoding:` names it). */
  onEncoding?(encoding: TextEncoding, file: string): void;
  /** A built-in's upstream layout: records reshaped, a header-less CSV's columns, the first record checked. */
  layout?: UpstreamLayout;
}

/**
 * Reads a suite's data file — JSONL, CSV or YAML (see record-sources.ts) — streaming it where the format allows so
 * that large files are never held twice in memory. Stops after `suite.limit` items. Every problem is a ConfigError at
 * `file:line: field`: bad JSON, a missing or mistyped field, a duplicate id, a missing image, an empty file, or a
 * template placeholder some item cannot fill.
 */
export async function loadItems(
  suite: SuiteConfig,
  parseRecord: RecordParser = parseItem,
  options: LoadOptions = {},
): Promise<Item[]> {
  const { layout } = options;
  const items: Item[] = [];
  const firstLineOf = new Map<string, number>();
  reading: for (const path of await dataFiles(resolve(suite.path), suite.name, layout?.folder)) {
    const file = displayPath(path);
    const { encoding, records } = await readRecords(path, file, {
      ...(suite.encoding ? { encoding: suite.encoding } : {}),
      ...(layout?.csvColumns ? { csvColumns: layout.csvColumns } : {}),
    });
    options.onEncoding?.(encoding, file);
    let index = 0;
    for await (const batch of records) {
      for (const { record, line } of batch) {
        const fail: FailItem = (field, message) => {
          throw new ConfigError(message, { file, line, ...(field === undefined ? {} : { field }) });
        };
        for (const shaped of layout ? upstreamRecords(layout, record, index, path, fail) : [record]) {
          const item = parseRecord(shaped, line, fail);
          const firstLine = firstLineOf.get(item.id);
          if (firstLine !== undefined) fail("id", `duplicate id ${JSON.stringify(item.id)} (first on line ${firstLine})`);
          firstLineOf.set(item.id, line);
          if (item.images) item.images = resolveImages(item.images, imageFolders(dirname(path), layout), fail);
          if (item.scorer) item.scorer = codePathsFrom(item.scorer, dirname(path), fail);
          items.push(item);
          if (suite.limit !== undefined && items.length >= suite.limit) break reading;
        }
        index++;
      }
    }
  }

  if (items.length === 0) {
    throw new ConfigError(`no items: the data file of suite "${suite.name}" is empty`, { file: displayPath(resolve(suite.path)) });
  }
  checkTemplate(suite, items);
  return items;
}

/**
 * A built-in's records from one upstream record: reshaped by its layout, the first checked against the layouts it
 * reads so that a file in another layout is one line naming them, not a missing field of the first record.
 */
function upstreamRecords(layout: UpstreamLayout, record: unknown, index: number, path: string, fail: FailItem): unknown[] {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return fail(undefined, `expected a JSON object; this suite reads ${layout.accepted.join("; or ")}`);
  }
  const shaped = layout.reshape ? layout.reshape(record as Record<string, unknown>, index, path, fail) : [record as Record<string, unknown>];
  if (index === 0 && shaped[0] !== undefined && !layout.fits(shaped[0])) {
    fail(undefined, `not in a layout this suite reads; it reads ${layout.accepted.join("; or ")}`);
  }
  return shaped;
}

/**
 * The files a suite reads: its data file, or — for a built-in whose upstream ships a folder of files (MMLU's
 * data/test/<subject>_test.csv) — every file of that folder its layout names, in name order.
 */
async function dataFiles(path: string, suiteName: string, folder: UpstreamLayout["folder"]): Promise<string[]> {
  const file = displayPath(path);
  try {
    const stats = await stat(path);
    if (stats.isFile()) return [path];
    if (!folder) {
      throw new ConfigError(`expected a data file (JSONL, CSV or YAML) for suite "${suiteName}", found a folder`, { file });
    }
    const names = (await readdir(path)).filter((name) => folder.files.test(name)).sort();
    if (names.length === 0) throw new ConfigError(`no ${folder.description} in this folder (suite "${suiteName}")`, { file });
    return names.map((name) => join(path, name));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "data file not found" : `cannot read the data file (${code ?? String(error)})`;
    throw new ConfigError(`${reason} (suite "${suiteName}")`, { file }, { cause: error });
  }
}

/** An item's own scorer modules and Python files, relative to its data file (as images are), not to the working directory. */
function codePathsFrom(scorer: ScorerSpec | ScorerSpec[], dir: string, fail: FailItem): ScorerSpec | ScorerSpec[] {
  const one = (spec: ScorerSpec) => {
    const { spec: resolved, missing } = withCodePathFrom(spec, dir);
    return missing ? fail("scorer.path", missing) : resolved;
  };
  return Array.isArray(scorer) ? scorer.map(one) : one(scorer);
}

/** Where image paths are looked up: the data file's folder, then the folders a built-in's upstream layout adds. */
function imageFolders(dataDir: string, layout: UpstreamLayout | undefined): string[] {
  return [dataDir, ...(layout?.imageFolders ?? []).map((folder) => resolve(dataDir, folder))];
}

/**
 * Image paths are relative to the data file, like the data file's path is relative to kurabe.yaml (or to a folder
 * the built-in's upstream layout names); an image found in none of the folders is an error naming the first.
 */
function resolveImages(images: readonly string[], folders: readonly string[], fail: FailItem): string[] {
  return images.map((image, index) => {
    const candidates = folders.map((folder) => resolve(folder, image));
    const absolute = candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
    if (imageMediaType(absolute) === undefined) {
      fail(`images[${index}]`, `unsupported image type "${image}"; use ${SUPPORTED_IMAGE_EXTENSIONS.join(", ")}`);
    }
    if (!existsSync(absolute)) fail(`images[${index}]`, `image file not found: ${displayPath(absolute)}`);
    return absolute;
  });
}
