import { resolve } from "node:path";
import { displayPath } from "../config/display-path.js";
import type { DocumentExampleMaker } from "./document-examples.js";
import { readDocuments, type DocumentChunk } from "./documents/read-documents.js";
import { describeInput, type InputFile } from "./input-files.js";
import { maskedEntry } from "./masked-entry.js";
import type { SourceMasker } from "./pii/source-masker.js";
import type { ReportEntries } from "./report-entries.js";
import { addCounts } from "./report.js";
import type { Example, TrainingMessage } from "./types.js";

/** A folder's documents, masked as they are read (before they are cut into chunks), in chunks. */
export async function documentChunksFrom(
  docsDir: string,
  chunkChars: number,
  masker: SourceMasker,
  entries: ReportEntries,
  inputs: InputFile[],
): Promise<DocumentChunk[]> {
  const dir = resolve(docsDir);
  const display = displayPath(dir);
  const { chunks, notes: fileNotes, files } = await readDocuments(dir, display, chunkChars, (texts, file) => masker.maskFile(texts, `${display}/${file}`));
  for (const { file, note } of fileNotes) {
    entries.add({ id: file, action: "note", reason: note.startsWith("decoded") ? "encoding" : "file", detail: note });
  }
  const unread = new Map(fileNotes.filter((note) => note.unread).map((note) => [note.file, note.note]));
  for (const file of files) {
    const parts = chunks.filter((chunk) => chunk.file === file).length;
    inputs.push(await describeInput(`${dir}/${file}`, `${display}/${file}`, unread.get(file) ?? `read: ${parts} chunks`));
    const found = masker.byFile[`${display}/${file}`];
    if (found) entries.add(maskedEntry(file, found));
  }
  return chunks;
}

/**
 * The chunks' examples, in order, with each chunk's id (`manual.md#3`). `masker`: for a custom maker (a teacher model),
 * whose output is masked again, as a model may write anything.
 */
export async function documentToExamples(
  chunks: readonly DocumentChunk[],
  system: TrainingMessage[],
  make: DocumentExampleMaker,
  entries: ReportEntries,
  masker?: SourceMasker,
): Promise<Example[]> {
  const examples: Example[] = [];
  const seen = new Map<string, number>();
  // Every chunk's maker starts at once (a teacher model's lane bounds the real concurrency); results are taken in order.
  const started = chunks.map((chunk) => {
    const number = (seen.get(chunk.file) ?? 0) + 1;
    seen.set(chunk.file, number);
    const id = `${chunk.file}#${number}`;
    const made = make(chunk, { id });
    made.catch(() => undefined); // awaited below, in order; this only keeps a later rejection from going unhandled meanwhile
    return { chunk, id, made };
  });
  for (const { chunk, id, made } of started) {
    const conversations = await made;
    if (conversations.length === 0) {
      entries.add({ id, action: "dropped", reason: "no-examples", detail: "the document example maker returned no conversation" });
    }
    conversations.forEach((made, index) => {
      const found: Record<string, number> = {};
      const messages = masker
        ? made.map((message) => {
            const masked = masker.mask(message.content, chunk.file);
            addCounts(found, masked.found);
            return { ...message, content: masked.text };
          })
        : made;
      if (Object.keys(found).length > 0) entries.add(maskedEntry(`${id}.${index + 1}`, found));
      examples.push({
        id: conversations.length > 1 ? `${id}.${index + 1}` : id,
        source: { kind: "document", file: chunk.file, headings: chunk.headings, part: chunk.part, parts: chunk.parts },
        messages: [...system, ...messages],
      });
    });
  }
  return examples;
}
