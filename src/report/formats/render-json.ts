import type { Report, ReportItem } from "../model/report-types.js";
import type { RenderContext } from "../render-context.js";

/**
 * The report model as JSON, its keys in the model's fixed order (REPORT_FORMAT_VERSION says which shape), with
 * `items` last: streamed one item a line, every string cut to an excerpt ({head, tail, cut}). Numbers that are
 * not finite (an interval with no items) are null.
 */
export function* renderJson(context: RenderContext, items: Iterable<ReportItem>): Generator<string> {
  const { report } = context;
  yield "{\n";
  for (const key of Object.keys(report) as Array<keyof Report>) {
    const value = inertJson(report[key], 2).replace(/\n/g, "\n  ");
    yield `  ${JSON.stringify(key)}: ${value},\n`;
  }
  yield `  "items": [`;
  let first = true;
  for (const item of items) {
    yield `${first ? "" : ","}\n    ${inertJson(item)}`;
    first = false;
  }
  yield first ? "]\n}\n" : "\n  ]\n}\n";
}

/**
 * JSON.stringify with `<`, `>`, `&` and the line separators U+2028/U+2029 as \u escapes: the same value when
 * parsed, but the file stays inert if a browser or a script tag ever reads it as HTML.
 */
function inertJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
