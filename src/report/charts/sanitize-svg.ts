import { KurabeError } from "../../errors.js";

const ELEMENTS = new Set([
  "svg", "g", "rect", "path", "text", "tspan", "polyline", "polygon", "circle", "ellipse", "line", "defs", "clipPath",
  "linearGradient", "radialGradient", "stop", "title",
]);

const ATTRIBUTES = new Set([
  "width", "height", "viewBox", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "dx", "dy",
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
  "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity", "transform", "text-anchor",
  "dominant-baseline", "style", "class", "clip-path", "id", "offset", "stop-color", "stop-opacity", "gradientUnits",
  "gradientTransform", "paint-order", "font-size", "font-family", "font-weight", "font-style", "role", "aria-label",
]);

/** Elements dropped with everything inside them (ECharts' hover style sheet: interaction a static report lacks). */
const DROPPED = new Set(["style"]);

// One token at a time: a tag with double-quoted attributes, a CDATA section, a comment, or text without "<".
const TOKEN = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|([^<]+)/y;
const ATTRIBUTE = /\s+([\w:.-]+)="([^"<]*)"/g;

/**
 * Re-emits ECharts' server-side SVG keeping only drawing elements and presentation attributes from an allowlist:
 * no script, no event handler, no link, no external reference (a `url(…)` must point inside the document), no
 * namespace URLs. ECharts escapes label text itself; this is the second line, so that a label taken from the store
 * (a model or category name) can never become markup however ECharts changes. Markup it cannot read is an error.
 */
export function sanitizeSvg(svg: string): string {
  let out = "";
  let dropping: string | null = null;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < svg.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(svg);
    if (!match) throw new KurabeError("internal", `chart SVG has markup the sanitizer cannot read at offset ${start}`);
    const [token, closing, name, attributes = "", selfClosing, text] = match;
    if (text !== undefined) {
      if (!dropping) out += text.replace(/>/g, "&gt;");
      continue;
    }
    if (!name) continue; // CDATA or comment: only ever inside a dropped style sheet
    if (dropping) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    if (DROPPED.has(name)) {
      if (!closing && !selfClosing) dropping = name;
      continue;
    }
    if (!ELEMENTS.has(name)) throw new KurabeError("internal", `chart SVG has an unexpected <${name}> element (${token.slice(0, 40)})`);
    out += closing ? `</${name}>` : `<${name}${keptAttributes(attributes)}${selfClosing ? "/" : ""}>`;
  }
  return out;
}

function keptAttributes(attributes: string): string {
  let out = "";
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
    if (!ATTRIBUTES.has(name!) || !safeValue(value!)) continue;
    out += ` ${name}="${value!.replace(/'/g, "&#39;")}"`;
  }
  return out;
}

/** No reference leaving the document, no script scheme, nothing a style sheet could fetch. */
function safeValue(value: string): boolean {
  const plain = value.replace(/&(?:quot|amp|lt|gt|#39);/g, "");
  // Any other character reference, or a CSS escape, could spell a scheme or `url(` the checks below would miss.
  if (plain.includes("&") || plain.includes("\\")) return false;
  const compact = plain.toLowerCase().replace(/[\s'"]/g, "");
  if (/javascript:|vbscript:|data:|@import|expression\(|\/\//.test(compact)) return false;
  return [...compact.matchAll(/url\(/g)].every((m) => compact[m.index + 4] === "#");
}
