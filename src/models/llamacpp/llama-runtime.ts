import { availableParallelism } from "node:os";
import { getLlama, LlamaLogLevel, type Llama } from "node-llama-cpp";

type LlamaBackend = "cpu" | "gpu";

/**
 * Threads for one context when the config does not say. llama.cpp's own default is the physical core count
 * (common.cpp `cpu_get_num_math`); availableParallelism() counts SMT siblings, so half of it approximates that.
 * Oversubscribing is the trap: ggml threads spin at barriers, and on a 2-core box with one busy core 2 threads ran the
 * tiny model at ~60 tok/s against ~1,100 tok/s with 1.
 */
export function defaultThreads(): number {
  return Math.max(1, Math.floor(availableParallelism() / 2));
}

const runtimes = new Map<LlamaBackend, Promise<Llama>>();

/**
 * One llama.cpp binding per backend for the whole process, created on first use and shared by every model.
 * `build: "never"` keeps node-llama-cpp to the prebuilt binaries that came from npm: it never downloads llama.cpp
 * sources or compiles, so it behaves the same offline. The CPU backend skips GPU probing altogether.
 */
export function sharedLlama(backend: LlamaBackend): Promise<Llama> {
  let runtime = runtimes.get(backend);
  if (!runtime) {
    runtime = getLlama({
      gpu: backend === "cpu" ? false : "auto",
      build: "never",
      skipDownload: true,
      // A process-wide cap on evaluation threads; each context asks for its own share (LlamaContextOptions.threads).
      maxThreads: availableParallelism(),
      logLevel: LlamaLogLevel.error,
    });
    runtime.catch(() => runtimes.delete(backend));
    runtimes.set(backend, runtime);
  }
  return runtime;
}
