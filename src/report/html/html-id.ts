import { html, type SafeHtml } from "./html-template.js";

/**
 * A long id (model, suite, item) that may wrap only after its separators ("llama-3-70b-|instruct", "org/|model"),
 * never in the middle of a word: each part escaped, a <wbr> after every - _ / . : and the @ of a prompt variant
 */
export function wrappableId(id: string): SafeHtml {
  const parts = id.split(/(?<=[-_/.:@])/);
  return html`${parts.map((part, i) => (i === 0 ? html`${part}` : html`<wbr>${part}`))}`;
}
