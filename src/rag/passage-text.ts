import type { Chunk } from "./types.js";

/** What a chunk is found by, for BM25 and embeddings alike: its title and headings as well as its text. */
export const passageText = (chunk: Chunk): string => [chunk.title, ...chunk.headings, chunk.text].join("\n");
