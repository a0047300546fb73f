import { readFileSync } from "node:fs";
import { displayPath } from "../config/display-path.js";
import type { SuiteConfig } from "../config/schema.js";
import { ConfigError } from "../errors.js";
import type { ChatMessage, ContentPart } from "../models/types.js";
import { imageMediaType } from "./image-media-type.js";
import type { Item } from "./types.js";

type Segment = { text: string } | { placeholder: string };

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;
// `expected` is deliberately not a placeholder: a template must not be able to leak the answer into the prompt.
const BUILT_INS = ["input", "id", "choices"];
const compiled = new Map<string, Segment[]>();

/**
 * The messages sent for one item: the system prompt (the item's, else the suite's), then one user message rendered
 * from the suite's template. Without a template the user message is the item's input, followed by its choices when
 * it has some. Images come before the text, the order Anthropic's vision guide recommends; their bytes are read here.
 */
export function renderPrompt(suite: SuiteConfig, item: Item): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const system = item.system ?? suite.system;
  if (system !== undefined) messages.push({ role: "system", content: system });
  for (const turn of item.turns ?? []) messages.push({ role: turn.role, content: turn.content });
  const text = renderText(suite, item);
  if (!item.images?.length) {
    messages.push({ role: "user", content: text });
  } else {
    const images = item.images.map((path): ContentPart => ({
      type: "image",
      data: readFileSync(path),
      mediaType: imageMediaType(path) ?? "application/octet-stream",
    }));
    messages.push({ role: "user", content: [...images, { type: "text", text }] });
  }
  return messages;
}

/**
 * Checks, once when a suite is loaded, that every placeholder in its template has a value for every item, so that a
 * typo stops the run before the first request rather than sending `{{qestion}}` to every model.
 */
export function checkTemplate(suite: SuiteConfig, items: readonly Item[], field = "template"): void {
  if (suite.template === undefined) return;
  const segments = segmentsOf(suite.template);
  const placeholders = [...new Set(segments.flatMap((s) => ("placeholder" in s ? [s.placeholder] : [])))];
  for (const item of items) {
    for (const name of placeholders) {
      if (valueOf(name, item) !== undefined) continue;
      const available = [...BUILT_INS.filter((n) => valueOf(n, item) !== undefined), ...Object.keys(item.fields)];
      throw new ConfigError(
        `suite "${suite.name}" uses {{${name}}}, but item "${item.id}" has no field "${name}" ` +
          `(placeholders for this item: ${available.map((n) => `{{${n}}}`).join(", ")})`,
        { file: displayPath(suite.path), line: item.line, field },
      );
    }
  }
}

/** Choices as the prompt shows them: `A. first` on one line, `B. second` on the next. */
export function renderChoices(choices: readonly string[]): string {
  return choices.map((choice, index) => `${String.fromCharCode(65 + index)}. ${choice}`).join("\n");
}

function renderText(suite: SuiteConfig, item: Item): string {
  if (suite.template === undefined) {
    return item.choices?.length ? `${item.input}\n\n${renderChoices(item.choices)}` : item.input;
  }
  let text = "";
  for (const segment of segmentsOf(suite.template)) {
    if ("text" in segment) {
      text += segment.text;
      continue;
    }
    const value = valueOf(segment.placeholder, item);
    if (value === undefined) {
      throw new ConfigError(`suite "${suite.name}": item "${item.id}" has no field "${segment.placeholder}"`, {
        file: displayPath(suite.path),
        line: item.line,
        field: "template",
      });
    }
    text += value;
  }
  return text;
}

function valueOf(name: string, item: Item): string | undefined {
  if (name === "input") return item.input;
  if (name === "id") return item.id;
  if (name === "choices") return item.choices ? renderChoices(item.choices) : undefined;
  if (!Object.hasOwn(item.fields, name)) return undefined;
  const value = item.fields[name];
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The template split into literal text and placeholders, once per distinct template. */
function segmentsOf(template: string): Segment[] {
  let segments = compiled.get(template);
  if (!segments) {
    segments = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      if (match.index > last) segments.push({ text: template.slice(last, match.index) });
      segments.push({ placeholder: match[1] ?? "" });
      last = match.index + match[0].length;
    }
    if (last < template.length) segments.push({ text: template.slice(last) });
    compiled.set(template, segments);
  }
  return segments;
}
