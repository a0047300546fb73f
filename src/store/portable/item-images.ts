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
 * Puts a run file's image in `dir` (which exists), named by its hash (so two runs' copies of one image are one file):
 * its new path, and whether this call wrote it (a copy already there is kept). Written aside and renamed into place:
 * a copy cut short (a full disk, a killed process) never sits under the hash, where a later import would keep it.
 */
export function storeItemImage(image: RunFileImage, dir: string): { target: string; created: boolean } {
  const target = path.join(dir, `${image.sha256}${path.extname(image.path).toLowerCase()}`);
  if (fs.existsSync(target)) return { target, created: false };
  const partial = `${target}.${process.pid}.part`;
  try {
    fs.writeFileSync(partial, Buffer.from(image.data, "base64"));
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { target, created: true };
}

/** Whether an image's data is the bytes its hash names. */
export function imageMatchesHash(image: RunFileImage): boolean {
  return sha256(Buffer.from(image.data, "base64")) === image.sha256;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
