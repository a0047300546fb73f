import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { writeTinyLlamaGguf } from "../../src/models/gguf/tiny-llama.js";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const config = (rag: string) => `models:
  - id: kb
    provider: openai-compatible
    baseURL: http://127.0.0.1:9/v1
    model: mock-model
    rag:
${rag}
suites:
  - name: kb
    path: items.jsonl
    scorer: contains
`;

const cases = [
  { name: "a missing folder", rag: "      folders: [nowhere]", message: /^kurabe: kurabe\.yaml:7: models\[0\]\.rag\.folders\[0\]: folder not found: .*nowhere$/ },
  { name: "an empty folder", rag: "      folders: [empty]", message: /^kurabe: kurabe\.yaml:7: models\[0\]\.rag\.folders\[0\]: the folder holds no documents/ },
  {
    name: "a template without {{passages}}",
    rag: '      folders: [docs]\n      template: "Answer: {{question}}"',
    message: /^kurabe: kurabe\.yaml:8: models\[0\]\.rag\.template: the template must hold \{\{passages\}\}$/,
  },
  {
    name: "an embedding retriever without an embedding model",
    rag: "      folders: [docs]\n      retriever: hybrid",
    message: /^kurabe: kurabe\.yaml:\d+: models\[0\]\.rag\.embedding: required: retriever hybrid needs an embedding model$/,
  },
  {
    name: "an exclude that names no document of the folders",
    rag: "      folders: [docs]\n      exclude: [faq.md, returns.md]",
    message: /^kurabe: kurabe\.yaml:\d+: models\[0\]\.rag\.exclude\[1\]: no document returns\.md in docs/,
  },
  {
    name: "a chat GGUF as the embedding model",
    rag: "      folders: [docs]\n      retriever: embedding\n      embedding: { provider: llamacpp, model: chat.gguf }",
    message: /^kurabe: kurabe\.yaml:9: models\[0\]\.rag\.embedding\.model: .*chat\.gguf is not an embedding model/,
  },
];

/** The folders and files every case reads; kurabe.yaml with `rag` under the model. */
async function project(rag: string): Promise<string> {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "empty"));
  fs.mkdirSync(path.join(dir, "docs"));
  fs.writeFileSync(path.join(dir, "docs", "faq.md"), "# FAQ\n\n返品は30日以内です。\n");
  await writeTinyLlamaGguf(path.join(dir, "chat.gguf"), { seed: 1 });
  fs.writeFileSync(path.join(dir, "kurabe.yaml"), config(rag));
  fs.writeFileSync(path.join(dir, "items.jsonl"), '{"id": "a", "input": "返品は？", "expected": "30日"}\n');
  return dir;
}

/** Runs the project and checks kurabe's one line (Node's own process warnings, from a dependency, are not it). */
async function expectOneLine(dir: string, message: RegExp): Promise<void> {
  const result = await runCli(["run", "kurabe.yaml"], { cwd: dir });
  expect(result.code, result.stderr).toBe(2);
  const lines = result.stderr
    .trim()
    .split("\n")
    .filter((line) => !/^\(node:\d+\) |^\(Use `node --trace-warnings/.test(line));
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

describe("bad rag: settings", () => {
  it.each(cases)("$name: one clear line, exit code 2", async ({ rag, message }) => {
    await expectOneLine(await project(rag), message);
  });

  it("an API model that is not an embedding model (its server refuses to embed, 400): one clear line at its field, exit code 2", async () => {
    const server = await startMockServer({ embeddingFault: () => 400 });
    servers.push(server);
    const dir = await project(
      `      folders: [docs]\n      retriever: embedding\n      embedding: { provider: openai-compatible, baseURL: "${server.url}/v1", model: chat-model }`,
    );
    await expectOneLine(dir, /^kurabe: kurabe\.yaml:9: models\[0\]\.rag\.embedding\.model: the embedding model refused to embed the documents: openai-compatible: HTTP 400/);
  });
});
