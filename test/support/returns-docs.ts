import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeJsonl } from "./temp-dir.js";

/**
 * A two-page document folder (returns.md, shipping.md) in `dir`/docs and one inquiry about returns in `dir`/items.jsonl
 * whose gold source is returns.md: the smallest collection a RAG model retrieves from and cites. Returns the folder.
 */
export function writeReturnsDocs(dir: string): string {
  const docs = path.join(dir, "docs");
  mkdirSync(docs);
  writeFileSync(path.join(docs, "returns.md"), "# 返品\n\n返品は購入日から30日以内に受け付けます。\n");
  writeFileSync(path.join(docs, "shipping.md"), "# 配送\n\n通常配送は3〜5営業日でお届けします。\n");
  writeJsonl(path.join(dir, "items.jsonl"), [{ id: "q", input: "返品の期限は？", expected: "30日以内", sources: ["returns.md"] }]);
  return docs;
}
