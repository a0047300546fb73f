import { readFile } from "node:fs/promises";
import { ConfigError, type ErrorLocation } from "../../errors.js";
import { decodeText } from "../../text/decode-text.js";
import type { TrainingMessage } from "../types.js";
import { detectFormat, RECORD_CHECKERS, TRAINING_FORMAT_NAMES, type TrainingFormatName } from "./check-records.js";

interface ValidatedFile {
  format: TrainingFormatName;
  conversations: TrainingMessage[][];
}

/** At most this many problems are listed; the count of the rest follows. */
const MAX_LISTED = 50;

/**
 * Checks a JSONL training file against a format (given, or guessed from the first record) and reads its
 * conversations. Every problem becomes one `file:line: field: what was expected` line; all of them are reported at
 * once in one ConfigError (located at the first), so a file can be fixed in one pass.
 */
export async function validateTrainingFile(path: string, file: string, format?: TrainingFormatName): Promise<ValidatedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === "ENOENT" ? "file not found" : `cannot read the file (${code})`, { file }, { cause: error });
  }
  const { text, encoding } = decodeText(bytes, file);
  if (encoding !== "utf-8" && encoding !== "utf-8 (BOM)") {
    throw new ConfigError(`the file is ${encoding}; training files must be UTF-8`, { file, line: 1 });
  }
  if (text.trim() === "") throw new ConfigError("the file is empty", { file });
  if (text.trimStart().startsWith("[")) {
    throw new ConfigError("this is a JSON array; expected JSONL, one example per line (convert with `jq -c '.[]'`)", { file, line: 1 });
  }

  const problems: ErrorLocation[] = [];
  const messagesOf: string[] = [];
  const conversations: TrainingMessage[][] = [];
  let chosen = format;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const fail = (message: string, field?: string) => {
      problems.push({ file, line, ...(field ? { field } : {}) });
      messagesOf.push(message);
    };
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      fail(`invalid JSON: ${(error as Error).message}`);
      return;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      fail("expected a JSON object");
      return;
    }
    chosen ??= detectFormat(record as Record<string, unknown>);
    if (chosen === undefined) {
      fail(`cannot tell the format from the keys ${Object.keys(record).join(", ") || "(none)"}; pass --format ${TRAINING_FORMAT_NAMES.join("|")}`);
      return;
    }
    const result = RECORD_CHECKERS[chosen](record as Record<string, unknown>);
    if (result.ok) conversations.push(result.messages);
    else for (const problem of result.problems) fail(problem.message, problem.field);
  });

  if (problems.length > 0) {
    const describe = (index: number) => new ConfigError(messagesOf[index]!, problems[index]!).describe();
    const listed = problems.slice(1, MAX_LISTED).map((_, index) => describe(index + 1));
    const more = problems.length > MAX_LISTED ? [`… and ${problems.length - MAX_LISTED} more problems`] : [];
    throw new ConfigError([messagesOf[0]!, ...listed, ...more].join("\n"), problems[0]!);
  }
  if (chosen === undefined || conversations.length === 0) throw new ConfigError("no examples in the file", { file });
  return { format: chosen, conversations };
}
