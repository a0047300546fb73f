import type { Embedder } from "./embedder.js";
import type { EmbedderConfig } from "./rag-schema.js";

/** Provider → embedder; llama.cpp is imported only when a GGUF embedder is configured. */
export async function createEmbedder(
  config: EmbedderConfig,
  env: Readonly<Record<string, string | undefined>>,
  field: string,
): Promise<Embedder> {
  if (config.provider === "llamacpp") return (await import("./llamacpp-embedder.js")).createLlamaCppEmbedder(config, field);
  return (await import("./api-embedder.js")).createApiEmbedder(config, env);
}
