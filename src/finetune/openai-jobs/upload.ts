import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { toFile } from "openai";
import { displayPath } from "../../config/display-path.js";
import { validateTrainingFile } from "../formats/validate-training-file.js";
import type { FineTuneClient } from "./client.js";

interface CheckedFile {
  path: string;
  shown: string;
  examples: number;
}

/**
 * Checks a training file in OpenAI chat format with the project's validator; an invalid file is refused here,
 * with every problem at `file:line: field`, before anything is uploaded.
 */
export async function checkTrainingFile(path: string): Promise<CheckedFile> {
  const absolute = resolve(path);
  const shown = displayPath(absolute);
  const { conversations } = await validateTrainingFile(absolute, shown, "openai");
  return { path: absolute, shown, examples: conversations.length };
}

/** Uploads a checked file with purpose `fine-tune`; returns the file id. */
export async function uploadTrainingFile(client: FineTuneClient, file: CheckedFile): Promise<string> {
  const bytes = await readFile(file.path);
  try {
    const uploaded = await client.openai.files.create({
      file: await toFile(bytes, basename(file.path), { type: "application/jsonl" }),
      purpose: "fine-tune",
    });
    return uploaded.id;
  } catch (error) {
    throw client.fail(error, `uploading ${file.shown}`);
  }
}
