import { NodeType, parse, type HTMLElement, type Node } from "node-html-parser";

const SKIPPED = new Set(["head", "title", "script", "style", "noscript", "template", "nav", "svg", "iframe", "form", "button"]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "aside", "header", "footer", "ul", "ol", "table", "thead", "tbody", "dl", "dt",
  "dd", "blockquote", "figure", "figcaption", "address", "details", "summary", "hr", "body", "html",
]);

/**
 * The readable text of an HTML page, written as Markdown headings and paragraphs so that the Markdown sectioner
 * splits it: `<h1>`–`<h6>` become `#` headings, block elements paragraphs, `<li>` list items, tables Markdown tables;
 * scripts, styles, navigation and forms are dropped. The `<title>` is returned as the title.
 */
export function htmlToMarkdown(html: string): { title?: string; markdown: string } {
  // node-html-parser keeps a doctype as text.
  const root = parse(html.replace(/<!DOCTYPE[^>]*>/gi, ""), { comment: false, blockTextElements: { script: true, style: true, pre: true, noscript: true } });
  const title = root.querySelector("title")?.text.trim();
  const parts: string[] = [];
  walk(root, parts, false);
  const markdown = parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/u, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { ...(title ? { title } : {}), markdown };
}

function walk(node: Node, out: string[], preformatted: boolean): void {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      out.push(preformatted ? child.text : child.text.replace(/\s+/gu, " "));
      continue;
    }
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const element = child as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? "";
    if (SKIPPED.has(tag)) continue;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      out.push(`\n\n${"#".repeat(Number(heading[1]))} ${element.text.replace(/\s+/gu, " ").trim()}\n\n`);
    } else if (tag === "br") {
      out.push("\n");
    } else if (tag === "pre") {
      out.push(`\n\n${element.text}\n\n`);
    } else if (tag === "li") {
      out.push("\n- ");
      walk(element, out, preformatted);
    } else if (tag === "table") {
      out.push(`\n\n${tableRows(element).join("\n")}\n\n`);
    } else if (tag === "tr") {
      out.push(`\n${tableRows(element).join("\n")}\n`);
    } else if (BLOCKS.has(tag)) {
      out.push("\n\n");
      walk(element, out, preformatted);
      out.push("\n\n");
    } else {
      walk(element, out, preformatted);
    }
  }
}

/**
 * A table's rows, one line of `|`-separated cells each, with no blank line between them; a first row of `<th>` cells
 * gets the rule line of a Markdown table, so that it reads as the heading of the columns below (masking finds a
 * column of names by its heading).
 */
function tableRows(element: HTMLElement): string[] {
  const rows = element.rawTagName?.toLowerCase() === "tr" ? [element] : element.querySelectorAll("tr");
  const lines: string[] = [];
  rows.forEach((row, index) => {
    const cells = row.childNodes.filter((cell) => /^t[dh]$/i.test((cell as HTMLElement).rawTagName ?? "")) as HTMLElement[];
    lines.push(`| ${cells.map((cell) => cell.text.replace(/\s+/gu, " ").trim()).join(" | ")} |`);
    if (index === 0 && rows.length > 1 && cells.length > 0 && cells.every((cell) => cell.rawTagName.toLowerCase() === "th")) lines.push(`|${" --- |".repeat(cells.length)}`);
  });
  return lines;
}
