import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { imageMediaType } from "../../suites/image-media-type.js";
import type { RunFileImage } from "./run-file-schema.js";

/**
 * The images a run's items name, read from disk for the run file, one at a time; an image no longer where the run
 * read it is left out (its items keep the path).
 */
export function* itemImages(db: Database.Database, runId: string): Generator<RunFileImage> {
  const seen = new Set<string>();
  const rows = db.prepare("SELECT json_extract(extra_json, '$.images') FROM items WHERE run_id = ? AND json_type(extra_json, '$.images') = 'array' ORDER BY suite, position").pluck();
  for (const list of rows.iterate(runId) as Iterable<string>) {
    for (const imagePath of JSON.parse(list) as unknown[]) {
      if (typeof imagePath !== "string" || seen.has(imagePath)) continue;
      seen.add(imagePath);
      const mediaType = imageMediaType(imagePath);
      if (!mediaType || !fs.existsSync(imagePath)) continue;
      const bytes = fs.readFileSync(imagePath);
      yield { path: imagePath, sha256: sha256(bytes), mediaType, data: bytes.toString("base64") };
    }
  }
}

/**
 * Puts a run file's images in `dir`, each named by its hash (so two runs' copies of one image are one file), after
 * checking each against its hash; returns the new path of each image by the path the items name.
 */
export function storeItemImages(images: readonly RunFileImage[], dir: string): Map<string, string> {
  const moved = new Map<string, string>();
  if (images.length > 0) fs.mkdirSync(dir, { recursive: true });
  for (const image of images) {
    const target = path.join(dir, `${image.sha256}${path.extname(image.path).toLowerCase()}`);
    if (!fs.existsSync(target)) fs.writeFileSync(target, Buffer.from(image.data, "base64"));
    moved.set(image.path, target);
  }
  return moved;
}

/** Whether an image's data is the bytes its hash names. */
export function imageMatchesHash(image: RunFileImage): boolean {
  return sha256(Buffer.from(image.data, "base64")) === image.sha256;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
