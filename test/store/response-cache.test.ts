import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { ResponseCache } from "../../src/store/response-cache.js";
import type { Completion } from "../../src/models/types.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempCache(): ResponseCache {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-cache-"));
  dirs.push(dir);
  return new ResponseCache(openDatabase(path.join(dir, "kurabe.db")));
}

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
});
