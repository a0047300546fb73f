import { z } from "zod";

/** USD per one million embedding tokens. */
const embeddingPriceSchema = z.object({ input: z.number().nonnegative() }).strict();

const apiEmbedderFields = {
  model: z.string().min(1),
  apiKey: z.string().optional(),
  baseURL: z.url().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  price: embeddingPriceSchema.optional(),
};

/**
 * The model that turns passages and questions into vectors: a GGUF embedding model run in this process (one that
 * declares a pooling type, as embedding GGUFs do), or an API embedding model through the AI SDK.
 */
const embedderSchema = z.discriminatedUnion("provider", [
  z
    .object({
      provider: z.literal("llamacpp"),
      /** Path to a .gguf embedding model, relative to the config file. */
      model: z.string().min(1),
      threads: z.number().int().positive().optional(),
      /** Tokens per passage the model sees; longer passages are cut. */
      contextSize: z.number().int().positive().default(512),
    })
    .strict(),
  z.object({ provider: z.literal("openai"), ...apiEmbedderFields }).strict(),
  z.object({ provider: z.literal("google"), ...apiEmbedderFields }).strict(),
  z.object({ provider: z.literal("openai-compatible"), ...apiEmbedderFields, baseURL: z.url() }).strict(),
]);

const RETRIEVERS = ["bm25", "embedding", "hybrid"] as const;

/** The placeholder a RAG template must hold: where the retrieved passages go, each with its id. */
export const PASSAGES_PLACEHOLDER = "{{passages}}";

const DEFAULT_RAG_TEMPLATE = [
  "Answer the question from the passages below. Cite the passages you use by their ids in square brackets, like",
  "[faq.md#2]. If the passages do not hold the answer, say that you cannot answer from the documents.",
  "",
  PASSAGES_PLACEHOLDER,
  "",
  "Question: {{question}}",
].join("\n");

/**
 * Retrieval before generation, as part of a model's configuration: the same folders `kurabe dataset build` reads,
 * cut into chunks, searched by BM25, embeddings or both (fused by reciprocal rank), the top `topK` put before the
 * question by `template`.
 */
export const ragSchema = z
  .object({
    /** Document folders (Markdown, HTML, text, PDF), relative to the config file. */
    folders: z.array(z.string().min(1)).min(1),
    /**
     * Documents of the folders left out of the collection, by path relative to their folder: those `kurabe dataset
     * build` left out for its unanswerable slice.
     */
    exclude: z.array(z.string().min(1)).default([]),
    /** Longest chunk in characters; sections are split at paragraphs and sentences to fit. */
    chunkChars: z.number().int().min(50).max(20_000).default(800),
    retriever: z.enum(RETRIEVERS).default("bm25"),
    topK: z.number().int().min(1).max(50).default(4),
    embedding: embedderSchema.optional(),
    /** The user turn: `{{passages}}` (required) and `{{question}}`; default asks for citations by passage id. */
    template: z
      .string()
      .refine((template) => template.includes(PASSAGES_PLACEHOLDER), `the template must hold ${PASSAGES_PLACEHOLDER}`)
      .default(DEFAULT_RAG_TEMPLATE),
  })
  .strict()
  .superRefine((rag, context) => {
    if (rag.retriever !== "bm25" && !rag.embedding) {
      context.addIssue({ code: "custom", path: ["embedding"], message: `required: retriever ${rag.retriever} needs an embedding model` });
    }
  });

export type RagConfig = z.infer<typeof ragSchema>;
export type EmbedderConfig = z.infer<typeof embedderSchema>;
