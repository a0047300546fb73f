import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { displayPath } from "../../config/display-path.js";
import { ConfigError } from "../../errors.js";
import { encodeTinyLlamaGguf, encodeTinyLoraGguf } from "../../models/gguf/tiny-llama.js";
import { KB_DOCUMENTS } from "./kb-documents.js";
import { KB_EVAL_CONVERSATIONS, KB_INQUIRY_LOG } from "./kb-inquiries.js";

/**
 * What `kurabe dataset build` leaves out of the collection for the unanswerable slice, with the example's log and
 * the build's defaults (seed 42, 10 % of the cited documents): every rag: model must exclude it, as the build says.
 */
export const KB_LEFT_OUT = ["points.md"];

/** The dataset build the example's evaluation comes from, with the build's defaults. */
const DATASET_BUILD = "npx kurabe dataset build --docs docs --inquiries inquiries.jsonl --out data";

/** The four systems of the knowledge-base comparison, offline: the mock server and the tiny GGUF with a LoRA. */
const KB_CONFIG = `## A knowledge-base chatbot four ways, on inquiries no model was tuned on:
##   plain          the model as it is
##   plain-rag      the same model, with passages retrieved from docs/ put before each question
##   tuned          a fine-tuned model (here a LoRA adapter on a GGUF model, run in process)
##   tuned-rag      the fine-tuned model with retrieval
## First make the evaluation from the inquiry log (held-out inquiries and the unanswerable slice, in data/):
##   ${DATASET_BUILD}
## Offline stand-ins: "plain" is kurabe's mock server (it echoes the prompt it gets, and embeds by hashing), "judge"
## is the same server's mock-judge (it grades by comparing characters, not meaning), and the GGUF files in models/ are
## kurabe's tiny smoke-test model with RANDOM WEIGHTS: their answers are babble. They show the whole flow, never
## quality. Swap in your own models (an API model, your Llama with your LoRA, a strong judge) and your documents to
## decide for real.

description: Knowledge-base chatbot — plain vs RAG vs fine-tuned vs both (example, offline stand-ins)

models:
  - id: plain
    provider: openai-compatible
    baseURL: http://127.0.0.1:8787/v1
    model: mock-model
    apiKey: \${MOCK_API_KEY:-mock}
    price: { input: 0.15, output: 0.6 }         ## USD per million tokens: the retrieved passages are input tokens
  - id: plain-rag
    provider: openai-compatible
    baseURL: http://127.0.0.1:8787/v1
    model: mock-model
    apiKey: \${MOCK_API_KEY:-mock}
    price: { input: 0.15, output: 0.6 }
    rag:
      folders: [docs]                           ## the same folders \`kurabe dataset build --docs\` reads
      exclude: [${KB_LEFT_OUT.join(", ")}]                      ## left out by dataset build: its inquiries are the unanswerable slice
      chunkChars: 400
      retriever: hybrid                         ## bm25 (kuromoji + English stems) | embedding | hybrid (both, fused by rank)
      topK: 3
      ## An API embedding model (here the mock server's /v1/embeddings): each question's embedding tokens are in the
      ## answer's cost; embedding the documents once is the index's one-time cost, shown apart in the report.
      embedding: { provider: openai-compatible, baseURL: http://127.0.0.1:8787/v1, model: mock-embedding, price: { input: 0.02 } }
      ## The template puts the passages, with their ids, before the question and asks for citations:
      # template: "次の資料だけを根拠に答え、使った資料のIDを[returns.md#1]のように示してください。資料にない場合はその旨を答えてください。\\n\\n{{passages}}\\n\\n質問: {{question}}"
  - id: tuned
    provider: llamacpp
    model: models/tiny.gguf
    lora: [{ path: models/tiny-support-lora.gguf }]
    threads: 1
    params: { maxTokens: 48, temperature: 0 }
    ## An assumed per-token rate, so the four systems' costs compare: for your own GPUs write \`hosting:\` instead, for
    ## an OpenAI fine-tuned model (\`provider: openai\`, \`model: ft:gpt-4o-mini-…\`) its fine-tuned rate.
    price: { input: 0.3, output: 1.2 }
  - id: tuned-rag
    provider: llamacpp
    model: models/tiny.gguf
    lora: [{ path: models/tiny-support-lora.gguf }]
    threads: 1
    contextSize: 4096
    params: { maxTokens: 48, temperature: 0 }
    price: { input: 0.3, output: 1.2 }
    rag:
      folders: [docs]
      exclude: [${KB_LEFT_OUT.join(", ")}]
      chunkChars: 400
      retriever: hybrid
      topK: 3
      embedding: { provider: llamacpp, model: models/tiny-embed.gguf, threads: 1 }   ## a GGUF embedding model, in process
  ## The judge of correctness (rubric) and faithfulness: it answers no inquiry itself (judgeOnly). Put a strong model
  ## here; the mock server's mock-judge only shows the judge's requests, verdicts and cost.
  - id: judge
    provider: openai-compatible
    baseURL: http://127.0.0.1:8787/v1
    model: mock-judge
    apiKey: \${MOCK_API_KEY:-mock}
    price: { input: 0.15, output: 0.6 }
    judgeOnly: true

suites:
  ## Inquiries dataset build held out of the training files (the contamination check proves it), with their logged
  ## answers as references and their source documents.
  - name: kb-answerable
    path: data/eval.jsonl
    category: domain
    ## The first scorer is the one statistics and the recommendation use: the judge's grade of correctness, the same
    ## figure as the report's knowledge-base section shows (character F1 alone rewards an answer's length, not its sense).
    scorer:
      - { type: rubric, judge: judge, rubric: "Correct and complete against the reference answer." }
      - char-f1                                 ## character F1 against the reference answer
      - citation-recall                         ## the answer cites the gold source documents ([returns.md#1])
      - citation-precision
      - { type: retrieval-recall, k: 3 }        ## the retriever found the gold sources ("–" without rag:)
      - refusal                                 ## and it did not refuse
      ## A judge lists the claims the retrieved passages do not support:
      - { type: faithfulness, judge: judge }    ## "–" for a model without rag: (nothing to be faithful to)
  ## Inquiries whose documents were left out of the collection and of training: the right answer says so.
  - name: kb-unanswerable
    path: data/eval-unanswerable.jsonl
    category: domain
    scorer: refusal
  ## Follow-up questions in a conversation: the model answers the last turn, retrieval reads every user turn.
  - name: kb-follow-ups
    path: eval/follow-ups.jsonl
    category: domain
    scorer:
      - { type: rubric, judge: judge, rubric: "Correct and complete against the reference answer." }
      - char-f1
      - citation-recall
      - { type: retrieval-recall, k: 3 }
      - refusal
      - { type: faithfulness, judge: judge }
`;

const jsonl = (rows: readonly unknown[]): string => rows.map((row) => `${JSON.stringify(row)}\n`).join("");

/** Every file of the example, relative to its folder. */
function kbFiles(): Array<{ path: string; content: string | Buffer }> {
  return [
    { path: "kurabe.yaml", content: KB_CONFIG },
    ...Object.entries(KB_DOCUMENTS).map(([name, text]) => ({ path: `docs/${name}`, content: text })),
    { path: "inquiries.jsonl", content: jsonl(KB_INQUIRY_LOG) },
    { path: "eval/follow-ups.jsonl", content: jsonl(KB_EVAL_CONVERSATIONS) },
    { path: "models/tiny.gguf", content: encodeTinyLlamaGguf({ seed: 1 }) },
    { path: "models/tiny-support-lora.gguf", content: encodeTinyLoraGguf({ seed: 2, rank: 4, alpha: 8 }) },
    { path: "models/tiny-embed.gguf", content: encodeTinyLlamaGguf({ seed: 3, embedding: true }) },
  ];
}

/**
 * `kurabe init --example kb`: the knowledge-base example (documents, inquiry log, held-out evaluation suites, tiny
 * GGUF models and a kurabe.yaml running the four systems). Refuses to overwrite any file unless `force`, and then
 * writes none. Returns the absolute paths written.
 */
export async function writeKbExample(dir: string, options: { force?: boolean } = {}): Promise<string[]> {
  const files = kbFiles().map((file) => ({ ...file, path: resolve(dir, file.path) }));
  if (!options.force) {
    const existing = files.find((file) => existsSync(file.path));
    if (existing) throw new ConfigError("already exists; use --force to overwrite it", { file: displayPath(existing.path) });
  }
  for (const file of files) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.content, { flag: options.force ? "w" : "wx" });
  }
  return files.map((file) => file.path);
}

/** What `kurabe init --example kb` prints: what it wrote and how to run it (from the example's folder). */
export function kbSummary(dir: string, inWorkingDir: boolean): string {
  return [
    `wrote the knowledge-base example in ${displayPath(resolve(dir))}: kurabe.yaml, docs/ (${Object.keys(KB_DOCUMENTS).length} help pages),`,
    `  inquiries.jsonl (${KB_INQUIRY_LOG.length} past inquiries), eval/follow-ups.jsonl (${KB_EVAL_CONVERSATIONS.length} conversations),`,
    "  models/ (kurabe's tiny smoke-test GGUF, a LoRA and an embedding variant: random weights, they prove the flow, not quality)",
    "next: make the training data and the held-out evaluation from the log, start the mock server (the plain model,",
    "its embeddings and the judge), then run the four systems (plain, plain-rag, tuned, tuned-rag) and see the report:",
    ...(inWorkingDir ? [] : [`  cd ${displayPath(resolve(dir))}`]),
    `  ${DATASET_BUILD}`,
    "  npx kurabe mock-server &",
    "  npx kurabe run",
    "  npx kurabe report",
    "",
  ].join("\n");
}
