import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { ConfigError } from "../../errors.js";
import { decodeText } from "../../text/decode-text.js";
import { DOCUMENT_EXTENSIONS } from "./document-extensions.js";
import { htmlToMarkdown } from "./html-to-markdown.js";
import { markdownSections, type Section } from "./markdown-sections.js";
import { pdfPages } from "./pdf-text.js";
import { splitByLength } from "./split-by-length.js";

/** A piece of a document small enough for one training example. */
export interface DocumentChunk {
  /** Path relative to the documents folder, with `/` separators. */
  file: string;
  /** The document's title: its HTML `<title>`, its first level-1 heading, or its file name. */
  title: string;
  /** Headings above this text, below the title. */
  headings: string[];
  text: string;
  /** 1-based, when a long section was split by length; `parts` is 1 otherwise. */
  part: number;
  parts: number;
}

/** Something worth telling about a file: its encoding when not plain UTF-8, that it was skipped, or that it was empty. */
export interface FileNote {
  /** Relative to the documents folder, like DocumentChunk.file. */
  file: string;
  note: string;
  /** The file gave no text: unsupported, unreadable or empty. */
  unread?: boolean;
}

/**
 * Applied to a document's texts (title, headings, sections' bodies) before they are cut, all of a file at once: where
 * PII masking happens, so that a name found in one section is masked where it stands bare in another. Returns the
 * texts in the same order.
 */
type DocumentTextFilter = (texts: readonly string[], file: string) => string[];

const HEADING_MARK = "# ";
const unmarkedHeading = (text: string): string => (text.startsWith(HEADING_MARK) ? text.slice(HEADING_MARK.length) : text);

/**
 * Reads every supported document under `dir` (recursively, in name order) and cuts it into chunks: by heading for
 * Markdown and HTML, then by length (`chunkChars`) within a section; plain text and PDF by length only. `filter`
 * sees each whole section, its headings and the title before any cut, so that nothing a filter would catch is split
 * across two chunks. A file that cannot be read is a note, not an error: the caller decides when nothing was read.
 */
export async function readDocuments(
  dir: string,
  displayDir: string,
  chunkChars: number,
  filter: DocumentTextFilter = (texts) => [...texts],
): Promise<{ chunks: DocumentChunk[]; notes: FileNote[]; files: string[] }> {
  const chunks: DocumentChunk[] = [];
  const notes: FileNote[] = [];
  const files = await listFiles(dir, displayDir);
  if (files.length === 0) throw new ConfigError("the documents folder holds no files", { file: displayDir });
  for (const path of files) {
    const file = relative(dir, path).split("\\").join("/");
    const shown = `${displayDir}/${file}`;
    const ext = extname(path).toLowerCase();
    if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) {
      notes.push({ file, note: `not read: not a supported document type (${DOCUMENT_EXTENSIONS.join(", ")})`, unread: true });
      continue;
    }
    let read: Awaited<ReturnType<typeof readSections>>;
    try {
      read = await readSections(path, shown, ext);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      notes.push({ file, note: `not read: ${error.message}`, unread: true });
      continue;
    }
    const { title, sections, encoding } = read;
    if (encoding && encoding !== "utf-8") notes.push({ file, note: `decoded as ${encoding}` });
    if (sections.length === 0) {
      notes.push({ file, note: "not read: no text found (a scanned PDF has none to extract)", unread: true });
      continue;
    }
    const rawTitle = title ?? basename(path, extname(path));
    const rawHeadings = sections.map((section) => (section.headings[0] === rawTitle ? section.headings.slice(1) : section.headings));
    // Each heading reaches the filter as Markdown writes it: a code opening a heading is its record's number, where the
    // same code before a name in a line of text is the person's (id-after-name.ts).
    const filtered = filter([rawTitle, ...rawHeadings.flat().map((heading) => HEADING_MARK + heading), ...sections.map((section) => section.text)], file);
    const docTitle = filtered[0]!;
    let next = 1;
    const headingsOf = rawHeadings.map((headings) => filtered.slice(next, (next += headings.length)).map(unmarkedHeading));
    sections.forEach((_section, at) => {
      const parts = splitByLength(filtered[next + at]!, chunkChars);
      parts.forEach((text, index) => chunks.push({ file, title: docTitle, headings: headingsOf[at]!, text, part: index + 1, parts: parts.length }));
    });
  }
  return { chunks, notes, files: files.map((path) => relative(dir, path).split("\\").join("/")) };
}

async function readSections(
  path: string,
  file: string,
  ext: string,
): Promise<{ title?: string; sections: Section[]; encoding?: string }> {
  const bytes = await readFile(path);
  if (ext === ".pdf") {
    let pages: string[];
    try {
      pages = await pdfPages(bytes);
    } catch (error) {
      throw new ConfigError(`cannot read this PDF: ${(error as Error).message}`, { file }, { cause: error });
    }
    const text = pages.map((page) => page.trim()).filter(Boolean).join("\n\n");
    return { sections: text ? [{ headings: [], text }] : [] };
  }
  const { text, encoding } = decodeText(bytes, file);
  if (ext === ".txt") return { sections: text.trim() ? [{ headings: [], text: text.trim() }] : [], encoding };
  if (ext === ".html" || ext === ".htm") {
    const page = htmlToMarkdown(text);
    const parsed = markdownSections(page.markdown);
    // The page's own title first: a `<title>` other than its `<h1>` (予約センター 日報 2026-11-24 above 予約センター日報)
    // would be read nowhere, and the `<h1>` stays a heading of its sections.
    const title = page.title ?? parsed.title;
    return { ...(title ? { title } : {}), sections: parsed.sections, encoding };
  }
  return { ...markdownSections(text), encoding };
}

async function listFiles(dir: string, displayDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "documents folder not found" : code === "ENOTDIR" ? "expected a folder of documents" : `cannot read the documents folder (${code})`;
    throw new ConfigError(reason, { file: displayDir }, { cause: error });
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(dir, path).split(/[\\/]/).some((part) => part.startsWith(".")))
    .sort();
}
