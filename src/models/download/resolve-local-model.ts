import { mkdir, readdir, rename, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { KurabeError } from "../../errors.js";
import { writeTinyLlamaGguf } from "../gguf/tiny-llama.js";
import { DownloadError } from "./download-error.js";
import { downloadFile, type DownloadProgress } from "./download-file.js";
import { defaultLocalModel, huggingFaceEndpoint, huggingFaceFileUrl } from "./model-locations.js";

type ResolvedModelKind = "user" | "cached" | "downloaded" | "smoke-test";

interface ResolvedLocalModel {
  path: string;
  kind: ResolvedModelKind;
  /** What to call the model wherever a person sees its results. */
  label: string;
  /** One line saying why the smoke-test model is used instead of a real one. */
  note?: string;
}

interface ResolveLocalModelOptions {
  cacheDir: string;
  /** A GGUF the user named: used as it is, and an error when missing. */
  userPath?: string;
  allowDownload: boolean;
  onProgress?: (progress: DownloadProgress) => void;
  /** Hub base URL; defaults to `KURABE_HF_ENDPOINT` or huggingface.co. */
  endpoint?: string;
  signal?: AbortSignal;
}

export const smokeTestFileName = "kurabe-smoke-test-tiny-llama.gguf";
const smokeTestLabel = "tiny random-weight smoke-test model (proves the pipeline; its scores mean nothing)";

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The default model if cached, else any other complete GGUF there; never the smoke-test model or a `.part`. */
async function findCached(cacheDir: string): Promise<string | undefined> {
  const preferred = join(cacheDir, defaultLocalModel.file);
  if (await isFile(preferred)) return preferred;
  const names = (await readdir(cacheDir)).filter((name) => name.endsWith(".gguf") && name !== smokeTestFileName).sort();
  for (const name of names) if (await isFile(join(cacheDir, name))) return join(cacheDir, name);
  return undefined;
}

async function smokeTest(cacheDir: string, note: string): Promise<ResolvedLocalModel> {
  const path = join(cacheDir, smokeTestFileName);
  // Rewritten each time (deterministic, ~437 KB), so never a stale or truncated copy; written beside and renamed
  // over, so a process that has the old file mapped keeps reading intact bytes.
  const temporary = `${path}.${process.pid}.tmp`;
  await writeTinyLlamaGguf(temporary, { seed: 1 });
  await rename(temporary, path);
  return { path, kind: "smoke-test", label: smokeTestLabel, note };
}

/**
 * Picks the local model for `npm start`, in this order: the file the user named; a model already in the cache;
 * a download of Llama 3.2 1B Instruct from the Hub; and, when the Hub cannot be reached at all (or downloads are
 * off), the tiny smoke-test model written into the cache. Other download failures (HTTP errors, a bad checksum, a cut
 * transfer that the next run resumes) are errors: silently swapping in a toy model would hide them.
 */
export async function resolveDefaultLocalModel(options: ResolveLocalModelOptions): Promise<ResolvedLocalModel> {
  if (options.userPath !== undefined) {
    if (!(await isFile(options.userPath))) {
      throw new KurabeError("input", `model file not found: ${options.userPath}`, { file: options.userPath });
    }
    return { path: options.userPath, kind: "user", label: basename(options.userPath) };
  }

  await mkdir(options.cacheDir, { recursive: true });
  const cached = await findCached(options.cacheDir);
  if (cached) {
    const label = basename(cached) === defaultLocalModel.file ? defaultLocalModel.label : basename(cached);
    return { path: cached, kind: "cached", label };
  }

  if (!options.allowDownload) {
    return smokeTest(options.cacheDir, "downloads are off and no model is cached: using the tiny smoke-test model");
  }
  const endpoint = options.endpoint ?? huggingFaceEndpoint();
  const url = huggingFaceFileUrl(endpoint, defaultLocalModel.repo, defaultLocalModel.file);
  const dest = join(options.cacheDir, defaultLocalModel.file);
  try {
    await downloadFile(url, dest, {
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { path: dest, kind: "downloaded", label: defaultLocalModel.label };
  } catch (error) {
    if (error instanceof DownloadError && (error.reason === "offline" || error.reason === "network")) {
      const host = new URL(endpoint).host;
      return smokeTest(options.cacheDir, `no network (could not reach ${host}): using the tiny smoke-test model`);
    }
    throw error;
  }
}
