import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import type { EngineEvent } from "../../src/engine/events.js";
import { prepareSuites } from "../../src/engine/prepare-plan.js";
import { encodeLegacy } from "../support/legacy-encoding.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

describe("preparing the suites", () => {
  it("reports each data file read in a legacy encoding, few-shot files included, as an event for the CLI to say", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "faq.csv"), encodeLegacy("id,input,expected\nq1,返品は？,できます\n", "shift_jis"));
    fs.writeFileSync(path.join(dir, "shots.csv"), encodeLegacy("id,input,expected\ne1,送料は？,無料です\n", "shift_jis"));
    fs.writeFileSync(path.join(dir, "plain.csv"), "id,input,expected\np1,はい,はい\n");
    const config = configSchema.parse({
      models: [{ provider: "openai-compatible", baseURL: "http://127.0.0.1:9/v1", model: "m" }],
      suites: [
        { name: "faq", path: path.join(dir, "faq.csv"), examples: path.join(dir, "shots.csv"), shots: 1, scorer: "exact" },
        { name: "plain", path: path.join(dir, "plain.csv"), scorer: "exact" },
      ],
    });
    const events: EngineEvent[] = [];
    const suites = await prepareSuites(config, { onEvent: (event) => events.push(event) });
    expect(suites.map((suite) => suite.items.length)).toEqual([1, 1]);
    expect(events).toEqual([
      { type: "decoded", suite: "faq", file: path.join(dir, "faq.csv"), encoding: "Shift_JIS (CP932)" },
      { type: "decoded", suite: "faq", file: path.join(dir, "shots.csv"), encoding: "Shift_JIS (CP932)" },
    ]);
  });
});
