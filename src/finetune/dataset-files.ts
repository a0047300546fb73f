import type { BuiltDataset } from "./build-dataset.js";
import { EXPORT_FORMATS, renderJsonl, type ExportFormatName } from "./formats/export-formats.js";
import { renderReportJsonl, renderReportMarkdown } from "./report.js";
import type { Example } from "./types.js";

/**
 * The files of a built dataset, by name: `train.<format>.jsonl` and `validation.<format>.jsonl` per export format
 * (validation only when it has examples), `metadata.jsonl` (each kept example's id, split, source, category,
 * language and token count, in the order of the training files) and the report as `report.jsonl` and `report.md`.
 */
export function datasetFiles(built: BuiltDataset, formats: readonly ExportFormatName[]): Record<string, string> {
  const files: Record<string, string> = {};
  const splits = [["train", built.examples.train], ["validation", built.examples.validation]] as const;
  for (const format of formats) {
    if (!(format in EXPORT_FORMATS)) continue;
    for (const [split, examples] of splits) {
      if (examples.length === 0 && split === "validation") continue;
      files[`${split}.${format}.jsonl`] = renderJsonl(format, examples.map((example) => example.messages));
    }
  }
  files["metadata.jsonl"] = splits
    .flatMap(([split, examples]) => examples.map((example) => JSON.stringify(metadataOf(example, split))))
    .join("\n")
    .concat("\n");
  files["report.jsonl"] = renderReportJsonl(built.report);
  files["report.md"] = renderReportMarkdown(built.report);
  return files;
}

function metadataOf(example: Example, split: string): Record<string, unknown> {
  return {
    id: example.id,
    split,
    source: example.source,
    ...(example.category === undefined ? {} : { category: example.category }),
    language: example.language,
    tokens: example.tokens,
  };
}
