import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeReportStore } from "../report/report-store.js";
import { spawnCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

describe("a reader that stops early (kurabe … | head)", () => {
  it("ends kurabe quietly when its stdout is closed: no EPIPE, no stack trace, exit 0", async () => {
    const dir = tempDir();
    const db = path.join(dir, "k.db");
    // About 1 MB of export: far more than a pipe's 64 KiB buffer, so kurabe is still writing when the pipe closes.
    writeReportStore(db, {
      models: [{ id: "alpha" }],
      suites: [{ name: "qa", category: "nlu", items: 200 }],
      result: (_model, _suite, i) => ({ text: `answer ${i} `.repeat(500) }),
    });
    const { child, done } = spawnCli(["export", "--db", db], { cwd: dir });
    // Like `head -c`: take what arrived first, then close the pipe.
    child.stdout!.once("data", () => child.stdout!.destroy());
    const result = await done;
    expect(result.stderr).toBe("");
    expect(result).toMatchObject({ code: 0, signal: null });
  }, 60_000);
});
