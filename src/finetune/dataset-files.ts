import type { BuiltDataset } from "./build-dataset.js";
import { EXPORT_FORMATS, type ExportFormatName } from "./formats/export-formats.js";
import { piiDetectors } from "./pii/detectors.js";
import { namesAtRisk } from "./pii/residual-check.js";
import { ResidualPass } from "./pii/residual-pass.js";
import { renderReportMarkdown, reportJsonlLines } from "./report.js";
import type { FileContent } from "./write-outputs.js";
import type { Example } from "./types.js";

/**
 * The files of a built dataset, by name: `train.<format>.jsonl` and `validation.<format>.jsonl` per export format
 * (validation only when it has examples), the held-out `eval.jsonl` and `eval-unanswerable.jsonl` when there are any,
 * `metadata.jsonl` (each kept example's id, split, source, category,
 * language and token count, in the order of the training files) and the report as `report.jsonl` and `report.md`.
 * The residual-risk pass reads the training text once (every format holds the same text), the metadata and the
 * held-out evaluation files, as they are written, and the report, written last, gives its findings.
 */
export function datasetFiles(built: BuiltDataset, formats: readonly ExportFormatName[]): Record<string, FileContent> {
  const files: Record<string, () => Iterable<string> | AsyncIterable<string>> = {};
  const splits = [["train", built.examples.train], ["validation", built.examples.validation]] as const;
  for (const format of formats) {
    if (!(format in EXPORT_FORMATS)) continue;
    for (const [split, examples] of splits) {
      if (examples.length === 0 && split === "validation") continue;
      files[`${split}.${format}.jsonl`] = () => jsonlLines(examples, (example) => EXPORT_FORMATS[format].render(example.messages));
    }
  }
  files["metadata.jsonl"] = function* () {
    for (const [split, examples] of splits) yield* jsonlLines(examples, (example) => metadataOf(example, split));
  };
  const { evaluation } = built;
  if (evaluation) {
    files["eval.jsonl"] = () => jsonlLines(evaluation.items, (item) => item);
    if (evaluation.unanswerable.length > 0) files["eval-unanswerable.jsonl"] = () => jsonlLines(evaluation.unanswerable, (item) => item);
  }
  const residual = new ResidualPass(namesAtRisk(built.report.inputs.map((input) => input.path), piiDetectors(built.pii)));
  const checked = Object.keys(files).filter((name) => name === "metadata.jsonl" || name.startsWith("eval") || name.endsWith(`.${formats[0]}.jsonl`));
  for (const name of checked) {
    const lines = files[name] as () => Iterable<string>;
    files[name] = () => residual.check(name, lines());
  }
  const afterResidual = () => void (built.report.residual = residual.findings(checked));
  return {
    ...files,
    "report.jsonl": function* () {
      afterResidual();
      yield* reportJsonlLines(built.report);
    },
    "report.md": function* () {
      afterResidual();
      yield renderReportMarkdown(built.report);
    },
  };
}

function* jsonlLines<T>(items: readonly T[], record: (item: T) => unknown): Iterable<string> {
  for (const item of items) yield `${JSON.stringify(record(item))}\n`;
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
