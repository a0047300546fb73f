import type { ChatMessage } from "../models/types.js";
import { PASSAGES_PLACEHOLDER } from "./rag-schema.js";
import type { RankedChunk } from "./types.js";

/** A passage as it was put before the question: stored with the answer, read by the RAG scorers and the report. */
export interface RetrievedPassage {
  id: string;
  file: string;
  title: string;
  headings: string[];
  text: string;
  score: number;
}

/**
 * The index an answer was retrieved from: its passages and the embedding tokens building it took (null: unknown),
 * and their cost when the embedding model has a price. A one-time cost, kept apart from the answer's.
 */
export interface RetrievalIndexRecord {
  passages: number;
  embeddingTokens: number | null;
  costUsd?: number;
}

/** What retrieval did for one answer, stored with it (responses.retrieval_json). */
export interface RetrievalRecord {
  query: string;
  passages: RetrievedPassage[];
  /** The query's embedding tokens (0 for BM25), charged to this answer. */
  embeddingTokens: number;
  ms: number;
  index?: RetrievalIndexRecord;
}

const QUESTION_PLACEHOLDER = "{{question}}";

const textOf = (message: ChatMessage): string =>
  typeof message.content === "string"
    ? message.content
    : message.content.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");

/**
 * What to search for: the conversation's user turns, the latest last, so that a follow-up ("and for part-timers?")
 * still finds the topic an earlier turn named. System prompts and the assistant's answers are left out.
 */
export function retrievalQuery(messages: readonly ChatMessage[]): string {
  return messages
    .filter((message) => message.role === "user")
    .map(textOf)
    .join("\n");
}

export function toRetrievedPassages(ranked: readonly RankedChunk[]): RetrievedPassage[] {
  return ranked.map(({ chunk, score }) => ({ id: chunk.id, file: chunk.file, title: chunk.title, headings: chunk.headings, text: chunk.text, score }));
}

/** `[id] title › heading` then the text: the id in brackets is what the model is asked to cite. */
export function renderPassages(passages: readonly RetrievedPassage[]): string {
  return passages
    .map((passage) => `[${passage.id}] ${[passage.title, ...passage.headings].join(" › ")}\n${passage.text}`)
    .join("\n\n");
}

/**
 * The conversation with its last user turn rewritten by the RAG template: `{{passages}}` becomes the passages,
 * `{{question}}` the turn's own text (appended after the template when it names no `{{question}}`). Earlier turns
 * are sent as they were.
 */
export function withPassages(messages: readonly ChatMessage[], passages: readonly RetrievedPassage[], template: string): ChatMessage[] {
  const last = messages.findLastIndex((message) => message.role === "user");
  if (last < 0) return [...messages];
  const question = textOf(messages[last]!);
  const filled = template.split(PASSAGES_PLACEHOLDER).join(renderPassages(passages));
  const content = filled.includes(QUESTION_PLACEHOLDER) ? filled.split(QUESTION_PLACEHOLDER).join(question) : `${filled}\n\n${question}`;
  return messages.map((message, index) => (index === last ? { role: "user", content } : message));
}
