/**
 * A checkout's detectors read from its built dist/ (`npm run build`), their names (a detector is named by identity
 * among the dist modules' exports: `names/name-detectors:NAME_DETECTORS[5]`), and each one's reads watched. Shared by
 * the benches that time or follow detectors one by one (masking-by-detector.ts, second-look.ts), so that two
 * checkouts can be compared.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { PiiDetector, Span } from "../src/finetune/pii/detector.js";

/** The dist/finetune/pii folder of a checkout. */
export const piiDist = (checkout: string): string => path.join(path.resolve(checkout), "dist", "finetune", "pii");

export const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(file).href)) as T;

/** Every module's exported detectors and lists of them, by identity (detectors.ts's own list left out: it holds them all). */
export async function detectorNames(dist: string): Promise<Map<unknown, string>> {
  const names = new Map<unknown, string>();
  const modules = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const file = path.join(dir, entry);
      return statSync(file).isDirectory() ? modules(file) : file.endsWith(".js") ? [file] : [];
    });
  for (const file of modules(dist).filter((file) => !/[/\\](?:detectors|mask-worker)\.js$/.test(file))) {
    const name = path.relative(dist, file).replace(/\.js$/, "");
    for (const [key, value] of Object.entries(await load<Record<string, unknown>>(file))) {
      if (Array.isArray(value)) value.forEach((item, index) => names.has(item) || names.set(item, `${name}:${key}[${index}]`));
      else if (typeof value === "object" && value !== null && !names.has(value)) names.set(value, `${name}:${key}`);
    }
  }
  return names;
}

/**
 * The detectors, each calling `seen` after each of its reads with what it found and the milliseconds it took. Each
 * keeps its gate shown, so that the masking pass skips the same detectors it skips unwatched.
 */
export function watched(detectors: readonly PiiDetector[], seen: (index: number, shadow: string, spans: readonly Span[], ms: number, found?: { overlaps(span: Span): boolean }) => void): PiiDetector[] {
  return detectors.map((detector, index) => ({
    type: detector.type,
    ...(detector.gate && { gate: detector.gate }),
    find: (shadow, found) => {
      const start = performance.now();
      const spans = detector.find(shadow, found);
      seen(index, shadow, spans, performance.now() - start, found);
      return spans;
    },
  }));
}
