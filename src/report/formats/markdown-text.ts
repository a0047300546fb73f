import { splitCodeSpans } from "../text/code-spans.js";
import { printable } from "../text/printable.js";

/**
 * Text for a Markdown line or table cell, inert: no markup, link, image, emphasis or raw HTML can start inside it
 * (CommonMark §2.4 backslash escapes; `<`, `>` and `&` as entities so no HTML tag or autolink forms), and a line
 * break or `|` cannot end the cell.
 */
export function markdownText(text: string): string {
  return printable(text)
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
}

/** A message for a Markdown line, inert as markdownText, its `backticked` parts (configuration keys) as code spans. */
export function markdownWithCode(text: string): string {
  return splitCodeSpans(text)
    .map((part) => (part.code ? `\`${printable(part.text).replace(/`/g, "")}\`` : markdownText(part.text)))
    .join("");
}

/**
 * A fenced code block holding `text` literally: the fence is one backtick longer than the longest run of backticks
 * inside, so no line of the text can close it (CommonMark §4.5), and nothing inside is parsed as Markdown or HTML.
 */
export function markdownCodeBlock(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text\n${printable(text).replace(/\r\n?/g, "\n")}\n${fence}\n`;
}
