import { createHash } from "node:crypto";
import { ConfigError } from "../errors.js";
import { readDocuments, type FileNote } from "../finetune/documents/read-documents.js";
import type { Chunk } from "./types.js";

export interface Collection {
  chunks: Chunk[];
  /** sha256 of each document's chunks (title, headings, text), by file: what the stored index is keyed by. */
  documentHashes: Record<string, string>;
  notes: FileNote[];
}

/**
 * Reads the folders as `kurabe dataset build` does (same readers, same heading-then-length chunking), less the
 * `exclude`d documents, and names each chunk `file#n`. With several folders, files keep their folder-relative paths, so two folders should not hold the
 * same relative path; the later one's chunks are then numbered on.
 */
export async function readCollection(
  folders: readonly { path: string; shown: string }[],
  chunkChars: number,
  exclude: readonly string[] = [],
): Promise<Collection> {
  const chunks: Chunk[] = [];
  const texts = new Map<string, string[]>();
  const notes: FileNote[] = [];
  const excluded = new Set(exclude);
  for (const folder of folders) {
    const read = await readDocuments(folder.path, folder.shown, chunkChars);
    notes.push(...read.notes);
    for (const chunk of read.chunks) {
      if (excluded.has(chunk.file)) continue;
      const parts = texts.get(chunk.file) ?? [];
      parts.push(JSON.stringify([chunk.title, chunk.headings, chunk.text]));
      texts.set(chunk.file, parts);
      chunks.push({ id: `${chunk.file}#${parts.length}`, file: chunk.file, title: chunk.title, headings: chunk.headings, text: chunk.text });
    }
  }
  if (chunks.length === 0) {
    throw new ConfigError("the documents hold no text to retrieve from", { file: folders.map((folder) => folder.shown).join(", ") });
  }
  const documentHashes = Object.fromEntries(
    [...texts].map(([file, parts]) => [file, createHash("sha256").update(parts.join("\u0000")).digest("hex")]),
  );
  return { chunks, documentHashes, notes };
}
