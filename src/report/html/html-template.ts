import { wrappableId } from "./html-id.js";
import { splitCodeSpans } from "../text/code-spans.js";
import { printable } from "../text/printable.js";

/** Markup that is safe to emit as is: only this module and trusted constants (the style sheet, sanitized SVG) make it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

/** Escapes text for an HTML text node or a quoted attribute value (all five special characters). */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Builds markup where every interpolated value is escaped unless it is SafeHtml: a string from the store can only
 * ever become text, never a tag, an attribute or a URL. Arrays are joined; null, undefined and false render nothing.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i += 1) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/**
 * A message whose `backticked` parts (configuration keys, commands) become <code>, which wrap only after their
 * separators (`モデル@|プロンプト`); everything is escaped.
 */
export function withCode(text: string): SafeHtml {
  return html`${splitCodeSpans(text).map((part) => (part.code ? html`<code>${wrappableId(part.text)}</code>` : html`${part.text}`))}`;
}

/** Wraps markup this program wrote itself (never data). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "number") return escapeHtml(String(value));
  if (typeof value === "string") return escapeHtml(value);
  let out = "";
  for (const part of value) out += render(part);
  return out;
}
