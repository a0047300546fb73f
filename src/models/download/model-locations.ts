import { homedir } from "node:os";
import { join } from "node:path";

/** The model `npm start` fetches when the user names none: small enough for a laptop CPU, Llama 3 family, instruct. */
export const defaultLocalModel = {
  repo: "bartowski/Llama-3.2-1B-Instruct-GGUF",
  file: "Llama-3.2-1B-Instruct-Q4_K_M.gguf",
  label: "Llama 3.2 1B Instruct (Q4_K_M)",
} as const;

/** Where downloaded models live: `$KURABE_CACHE_DIR`, else the XDG cache (`~/.cache/kurabe/models`). */
export function defaultModelCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KURABE_CACHE_DIR) return env.KURABE_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "kurabe", "models");
}

/** The Hub's base URL; `KURABE_HF_ENDPOINT` overrides it like huggingface_hub's `HF_ENDPOINT` (mirrors, tests). */
export function huggingFaceEndpoint(env: NodeJS.ProcessEnv = process.env): string {
  return (env.KURABE_HF_ENDPOINT || "https://huggingface.co").replace(/\/+$/, "");
}

/** A file's download URL on the Hub (`/{repo}/resolve/{revision}/{file}`, as huggingface_hub's `hf_hub_url`). */
export function huggingFaceFileUrl(endpoint: string, repo: string, file: string, revision = "main"): string {
  return `${endpoint}/${repo}/resolve/${encodeURIComponent(revision)}/${file.split("/").map(encodeURIComponent).join("/")}`;
}
