import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { ResponseCache } from "../../src/store/response-cache.js";
import { TurnCommits } from "../../src/store/turn-commits.js";
import type { Completion } from "../../src/models/types.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-cache-"));
  dirs.push(dir);
  return path.join(dir, "kurabe.db");
}

const tempCache = () => new ResponseCache(openDatabase(tempFile()));
const answer = (text: string): Completion => ({ text, usage: { inputTokens: 1, outputTokens: 1 }, timing: { totalMs: 5 }, finishReason: "stop" });

describe("ResponseCache", () => {
  it("gives back the answer with its TTFT and total, without each chunk's arrival (a load test's data)", () => {
    const cache = tempCache();
    const completion: Completion = {
      text: "Tokyo",
      usage: { inputTokens: 9, outputTokens: 2 },
      timing: { ttftMs: 12, outputArrivalsMs: [12, 17], totalMs: 20 },
      finishReason: "stop",
    };
    cache.put("key", "model", completion);
    expect(cache.get("key")).toEqual({ ...completion, timing: { ttftMs: 12, totalMs: 20 } });
    expect(cache.get("other")).toBeUndefined();
  });

  it("with a run's commits, puts an answer in the run's transaction of that turn and finds it before the commit", async () => {
    const file = tempFile();
    const db = openDatabase(file);
    const commits = new TurnCommits(db);
    const cache = new ResponseCache(db, commits);
    cache.put("key", "model", answer("Tokyo"));
    expect(cache.get("key")?.text).toBe("Tokyo");
    // A second connection sees the row only once the turn's transaction committed.
    const reader = openDatabase(file);
    const rows = () => reader.prepare("SELECT count(*) AS n FROM cache").get();
    expect(rows()).toEqual({ n: 0 });
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(rows()).toEqual({ n: 1 });
    // Committed: read back from the store, the same answer.
    expect(cache.get("key")?.text).toBe("Tokyo");
    cache.put("later", "model", answer("Osaka"));
    commits.flush();
    expect(rows()).toEqual({ n: 2 });
    reader.close();
    db.close();
  });
});
