import { html, type SafeHtml } from "./html-template.js";

/**
 * A long id in a configuration key or command (`model@prompt`, a path) that may wrap only after its separators
 * ("org/|model"), never in the middle of a word: each part escaped, a <wbr> after every - _ / . : and the @ of a
 * prompt variant.
 */
export function wrappableId(id: string): SafeHtml {
  const parts = id.split(/(?<=[-_/.:@])/);
  return html`${parts.map((part, i) => (i === 0 ? html`${part}` : html`<wbr>${part}`))}`;
}

/**
 * A model or suite id kept on one line (REPORT_CSS, span.id): broken at its hyphens, "gpt-4o-mini-2024-|07-18" read as
 * two names on a phone. Its table column is sized to it instead, or the table scrolls.
 */
export function wholeId(id: string): SafeHtml {
  return html`<span class="id">${id}</span>`;
}

/**
 * A sentence with each of `ids` in it kept whole (wholeId); the rest wraps at its spaces as before. Longer ids are
 * matched first, so "gpt-4o-mini" is not read as "gpt-4o" and "-mini".
 */
export function withWholeIds(text: string, ids: readonly string[]): SafeHtml {
  const sorted = [...new Set(ids)].filter((id) => id !== "").sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return html`${text}`;
  const pattern = new RegExp(`(${sorted.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
  const parts = text.split(pattern);
  if (parts.length === 1) return html`${text}`;
  // One span: in a phone's card (a flex row) the sentence stays one item beside its label, not a row of pieces.
  return html`<span>${parts.map((part, i) => (i % 2 === 1 ? wholeId(part) : part))}</span>`;
}
