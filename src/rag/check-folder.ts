import { readdirSync, statSync } from "node:fs";
import { extname } from "node:path";
import { DOCUMENT_EXTENSIONS } from "../finetune/documents/document-extensions.js";

/**
 * Why a `rag:` folder cannot serve as a collection (missing, not a folder, no supported document in it), or
 * undefined when it can. Synchronous, so that the config loader can name the line before anything runs.
 */
export function folderProblem(path: string): string | undefined {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return `folder not found: ${path}`;
  }
  if (!isFolder) return `expected a folder of documents, got a file: ${path}`;
  const documents = readdirSync(path, { recursive: true, encoding: "utf8" }).filter((name) =>
    (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()),
  );
  if (documents.length === 0) return `the folder holds no documents (${DOCUMENT_EXTENSIONS.join(", ")}): ${path}`;
  return undefined;
}
