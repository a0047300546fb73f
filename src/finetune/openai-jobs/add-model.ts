import { randomBytes } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { isMap, isSeq, parseDocument, type YAMLMap } from "yaml";
import { displayPath } from "../../config/display-path.js";
import { ConfigError } from "../../errors.js";

interface TunedModel {
  /** Preferred id; if another model already uses it, `<id>-<n>` is used instead. */
  id: string;
  /** The fine-tuned model name, `ft:...`. */
  model: string;
}

type AddModelResult =
  | { kind: "added"; id: string }
  | { kind: "present"; id: string | undefined }
  | { kind: "no-config" };

/**
 * Adds `{id, provider: openai, model}` to the `models` list of kurabe.yaml, editing the YAML document so that the
 * user's comments and formatting are kept, and writing it atomically (temporary file, then rename). Nothing changes
 * when an openai model with that name is already listed.
 */
export async function addTunedModelToConfig(configPath: string, tuned: TunedModel): Promise<AddModelResult> {
  const file = displayPath(configPath);
  let text: string;
  try {
    text = await readFile(configPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "no-config" };
    throw new ConfigError(`cannot read the config file (${(error as NodeJS.ErrnoException).code})`, { file }, { cause: error });
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    throw new ConfigError(`not valid YAML: ${first!.message.split("\n")[0]}`, { file, ...(first!.linePos ? { line: first!.linePos[0].line } : {}) });
  }
  if (doc.contents !== null && !isMap(doc.contents)) throw new ConfigError("expected a mapping at the top level", { file });

  let models = doc.get("models", true);
  if (models === undefined || models === null) {
    doc.set("models", doc.createNode([]));
    models = doc.get("models", true);
  }
  if (!isSeq(models)) throw new ConfigError("`models` is not a list; cannot add the tuned model", { file, field: "models" });

  const ids = new Set<string>();
  for (const item of models.items) {
    if (!isMap(item)) continue;
    const entry = item as YAMLMap;
    const id = entry.get("id");
    if (typeof id === "string") ids.add(id);
    if (entry.get("model") === tuned.model && (entry.get("provider") ?? "openai") === "openai") {
      return { kind: "present", id: typeof id === "string" ? id : undefined };
    }
  }
  let id = tuned.id;
  for (let n = 2; ids.has(id); n += 1) id = `${tuned.id}-${n}`;
  models.add(doc.createNode({ id, provider: "openai", model: tuned.model }));
  await writeAtomically(configPath, String(doc));
  return { kind: "added", id };
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const mode = (await stat(path)).mode & 0o777;
  try {
    await writeFile(temporary, content, { mode, flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
