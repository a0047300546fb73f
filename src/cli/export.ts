import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../store/open-store.js";
import { findRun } from "../store/queries.js";
import { storePath } from "../store/store-location.js";
import { exportRun } from "../store/portable/export-run.js";

/** `kurabe export [RUN]`: the run as a portable file, on stdout or --out (written whole or not at all). */
export function exportCommand(runId: string | undefined, options: { db?: string; config?: string; out?: string }): number {
  const db = openDatabase(storePath(options), { mustExist: true });
  try {
    const run = findRun(db, runId);
    if (options.out === undefined || options.out === "-") {
      exportRun(db, run.id, (chunk) => process.stdout.write(chunk));
      return 0;
    }
    const partial = path.join(path.dirname(options.out), `.${path.basename(options.out)}.${process.pid}.partial`);
    const fd = fs.openSync(partial, "w");
    try {
      exportRun(db, run.id, (chunk) => fs.writeSync(fd, chunk));
      fs.closeSync(fd);
      fs.renameSync(partial, options.out);
    } catch (error) {
      fs.closeSync(fd);
      fs.rmSync(partial, { force: true });
      throw error;
    }
    process.stderr.write(`exported run ${run.id} to ${options.out}\n`);
    return 0;
  } finally {
    db.close();
  }
}
