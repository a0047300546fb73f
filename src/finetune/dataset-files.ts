import type { BuiltDataset } from "./build-dataset.js";
import { EXPORT_FORMATS, renderJsonl, type ExportFormatName } from "./formats/export-formats.js";
import { piiDetectors } from "./pii/detectors.js";
import { residualCheck } from "./pii/residual-check.js";
import { renderReportJsonl, renderReportMarkdown } from "./report.js";
import type { Example } from "./types.js";

/**
 * The files of a built dataset, by name: `train.<format>.jsonl` and `validation.<format>.jsonl` per export format
 * (validation only when it has examples), `metadata.jsonl` (each kept example's id, split, source, category,
 * language and token count, in the order of the training files) and the report as `report.jsonl` and `report.md`.
 * Before the report is rendered, the residual-risk pass reads the training text once (every format holds the same
 * text) and the metadata.
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
  const checked = Object.fromEntries(
    Object.entries(files).filter(([name]) => name === "metadata.jsonl" || name.endsWith(`.${formats[0]}.jsonl`)),
  );
  built.report.residual = residualCheck(checked, piiDetectors(built.pii));
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
