import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Writes a set of files into `dir` all or nothing: each goes to a hidden staging folder inside `dir` first, and only
 * when every write succeeded are they renamed into place (a rename within one file system is atomic). A failure
 * leaves `dir` as it was, apart from an emptied staging folder being removed.
 */
export async function writeOutputsAtomically(dir: string, files: Readonly<Record<string, string>>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const staging = join(dir, `.kurabe-staging-${process.pid}-${Date.now()}`);
  await mkdir(staging);
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(staging, name), content);
    for (const name of Object.keys(files)) await rename(join(staging, name), join(dir, name));
    return Object.keys(files).map((name) => join(dir, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
