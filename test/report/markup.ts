/** Small readers for checking rendered reports without a browser or an XML library. */

export interface StartTag {
  name: string;
  attributes: Array<[string, string]>;
}

/** Every start tag of HTML/XML markup with its attributes (values as written). Text and comments are skipped. */
export function startTags(markup: string): StartTag[] {
  const tags: StartTag[] = [];
  for (const match of markup.matchAll(/<([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attributes: Array<[string, string]> = [];
    for (const a of match[2]!.matchAll(/([^\s=>/]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes.push([a[1]!.toLowerCase(), a[3] ?? a[4] ?? a[5] ?? ""]);
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

/** The text of every `<style>` element and of everything else, apart. */
export function withoutStyleSheets(markup: string): string {
  return markup.replace(/<style\b[^>]*>[^]*?<\/style>/gi, "");
}

/**
 * Throws unless `xml` is well formed as far as a report needs: one declaration, balanced and properly nested
 * elements, quoted attributes, no `<` in attribute values, only the five predefined entities or numeric references,
 * and only characters XML 1.0 allows.
 */
export function checkWellFormedXml(xml: string): void {
  if (/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.test(xml)) throw new Error("a character XML 1.0 does not allow");
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  while (token.lastIndex < body.length) {
    const at = token.lastIndex;
    const match = token.exec(body);
    if (!match) throw new Error(`not well formed at ${at}: ${body.slice(at, at + 60)}`);
    const [, closing, name, attributes, selfClosing, text] = match;
    const entities = (text ?? attributes ?? "").match(/&[^;\s]*;?/g) ?? [];
    for (const entity of entities) {
      if (!/^&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);$/.test(entity)) throw new Error(`bad entity ${entity}`);
    }
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) throw new Error("text outside the root element");
      if (text.includes("]]>")) throw new Error("]]> in text");
      continue;
    }
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else if (!selfClosing) stack.push(name!);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)}>`);
}

/** Markdown with its fenced code blocks removed (CommonMark: a fence closes with at least as many backticks). */
export function outsideCodeFences(markdown: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split("\n")) {
    const match = /^\s*(`{3,})/.exec(line);
    if (fence === null) {
      if (match) fence = match[1]!;
      else kept.push(line);
    } else if (match && match[1]!.length >= fence.length && line.trim() === match[1]) fence = null;
  }
  return kept.join("\n");
}
