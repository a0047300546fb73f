import type { ModelRequest } from "../../models/types.js";
import type { DocumentChunk } from "../documents/read-documents.js";
import { tagLanguage } from "../language.js";

/** What the teacher must answer with: `{pairs: [{question, answer}]}`. Sent as the request's jsonSchema. */
const TEACHER_JSON_SCHEMA: Record<string, unknown> = {
  type: "object",
  properties: {
    pairs: {
      type: "array",
      items: {
        type: "object",
        properties: { question: { type: "string" }, answer: { type: "string" } },
        required: ["question", "answer"],
        additionalProperties: false,
      },
    },
  },
  required: ["pairs"],
  additionalProperties: false,
};

/** Marks the chunk's text in the user message, so the instructions and the document cannot be confused. */
const DOCUMENT_START = "<document>";
const DOCUMENT_END = "</document>";

/**
 * The teacher's request for one chunk: instructions in the chunk's own language (Japanese or English) to write
 * `count` question–answer pairs answerable from the chunk alone, as JSON. Deterministic for a given chunk and count,
 * so the response cache recognises the same request on the next build.
 */
export function teacherRequest(chunk: DocumentChunk, count: number): ModelRequest {
  const japanese = tagLanguage(chunk.text) === "ja";
  const where = [chunk.title, ...chunk.headings].join(" > ");
  const system = japanese
    ? [
        "あなたはカスタマーサポート用の学習データを作成します。",
        `与えられた文書の抜粋だけを根拠に、利用者が実際に尋ねそうな質問とその回答を${count}組、日本語で書いてください。`,
        "回答は抜粋に書かれている内容だけを使い、抜粋にない事実を加えないでください。質問は抜粋を見ていない人にも意味が通じるようにしてください。",
        '出力は JSON のみ: {"pairs": [{"question": "…", "answer": "…"}]}',
      ].join("\n")
    : [
        "You write training data for a customer-support assistant.",
        `Using only the document excerpt given, write ${count} question–answer pairs a user might really ask, in English.`,
        "Answer only with what the excerpt says and add no facts it does not contain. Each question must make sense to someone who has not seen the excerpt.",
        'Reply with JSON only: {"pairs": [{"question": "…", "answer": "…"}]}',
      ].join("\n");
  const user = `${japanese ? "出典" : "Source"}: ${where}\n${DOCUMENT_START}\n${chunk.text}\n${DOCUMENT_END}`;
  return {
    messages: [
      { role: "system", content: system },
      { role: "user", content: user },
    ],
    params: { temperature: 0 },
    jsonSchema: TEACHER_JSON_SCHEMA,
  };
}
