import type { DocumentChunk } from "./documents/read-documents.js";
import { tagLanguage } from "./language.js";
import type { TrainingMessage } from "./types.js";

/**
 * Turns a document chunk into training conversations. This is the hook for question–answer synthesis: a teacher
 * model can be passed in its place (an async function returning any number of conversations for the chunk; none
 * drops the chunk). `context.id` is the chunk's example id (`manual.md#3`), for the maker's own report entries. Makers
 * are started for every chunk at once and awaited in order, so a maker that calls a model bounds its own concurrency.
 * The built-in one makes no model calls: see `sectionAsAnswer`.
 */
export type DocumentExampleMaker = (chunk: DocumentChunk, context?: { id: string }) => Promise<TrainingMessage[][]>;

/**
 * The default document example: the user asks what the document says about the section (its title and heading
 * path, in the section's own language), and the assistant answers with the section's text as written. This teaches
 * the model the documents' content and wording in the chat form that both OpenAI and Llama 3 fine-tuning take;
 * it is a stand-in for real questions, which a teacher model can write through the DocumentExampleMaker hook.
 */
export const sectionAsAnswer: DocumentExampleMaker = async (chunk) => [
  [
    { role: "user", content: sectionQuestion(chunk) },
    { role: "assistant", content: chunk.text },
  ],
];

function sectionQuestion(chunk: DocumentChunk): string {
  const japanese = tagLanguage(chunk.text) === "ja";
  const path = chunk.headings.join(" > ");
  const part = chunk.parts > 1 ? (japanese ? `（${chunk.part}/${chunk.parts}）` : ` (part ${chunk.part} of ${chunk.parts})`) : "";
  if (japanese) return path ? `「${chunk.title}」の「${path}」について教えてください。${part}` : `「${chunk.title}」について教えてください。${part}`;
  return path ? `What does "${chunk.title}" say about "${path}"?${part}` : `What does "${chunk.title}" say?${part}`;
}
