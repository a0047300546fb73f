import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { PAIR_ITEMS_PER_PAGE } from "../../src/view/pages/pair-page.js";
import { startViewServer, type ViewServer } from "../../src/view/view-server.js";
import { FOUR_MODEL_STORE } from "../report/four-model-store.js";
import { itemId, writeReportStore, type StoreSpec } from "../report/report-store.js";
import { request } from "./http-get.js";

/** The four-model fixture with a judge's verdicts on gpt-4o against gpt-4o-mini for three support-ja items. */
const SPEC: StoreSpec = {
  ...FOUR_MODEL_STORE,
  pairwise: [0, 1, 2].flatMap((i) => [
    { suite: "support-ja", itemId: itemId("support-ja", i), modelA: "gpt-4o", modelB: "gpt-4o-mini", shownFirst: "a" as const, verdict: "a" as const, strong: true },
    { suite: "support-ja", itemId: itemId("support-ja", i), modelA: "gpt-4o", modelB: "gpt-4o-mini", shownFirst: "b" as const, verdict: "tie" as const, strong: false },
  ]),
};

/** Where two models disagree by the fixture's own rule (one passes, the other does not), or a verdict compares them. */
function expectedItems(a: string, b: string): string[] {
  return SPEC.suites.flatMap((suite) =>
    Array.from({ length: suite.items }, (_, i) => i)
      .filter((i) => {
        const judged = (SPEC.pairwise ?? []).some((v) => v.suite === suite.name && v.itemId === itemId(suite.name, i) && [v.modelA, v.modelB].sort().join() === [a, b].sort().join());
        return judged || SPEC.result(a, suite.name, i, 0)!.passed !== SPEC.result(b, suite.name, i, 0)!.passed;
      })
      .map((i) => itemId(suite.name, i)),
  );
}

describe("the dashboard's pair page: two models of one run, item by item where they disagree", () => {
  let dir: string;
  let server: ViewServer;
  let runId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-pair-"));
    const file = path.join(dir, "k.db");
    runId = writeReportStore(file, SPEC);
    server = await startViewServer({ db: openDatabase(file), language: "en", port: 0, log: () => undefined });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const page = async (url: string) => {
    const reply = await request(`${server.url}${url}`);
    expect(reply.status, url).toBe(200);
    return parse(reply.body);
  };

  it("lists exactly the items where the two disagree or a judge compared them, in suite order, a page at a time", async () => {
    const expected = expectedItems("gpt-4o", "llama-3-8b-instruct");
    expect(expected.length).toBeGreaterThan(PAIR_ITEMS_PER_PAGE);
    const shown: string[] = [];
    for (let n = 1; n <= Math.ceil(expected.length / PAIR_ITEMS_PER_PAGE); n += 1) {
      const root = await page(`pair?run=${runId}&a=gpt-4o&b=llama-3-8b-instruct&page=${n}`);
      shown.push(...root.querySelectorAll(".pair-item h3 a").map((a) => a.text));
      expect(root.querySelector(".pager")?.text).toContain(`(${expected.length} items)`);
    }
    expect(shown).toEqual(expected);
  });

  it("shows both answers with their scores, and the judge's verdicts with its reason", async () => {
    const n = Math.floor(expectedItems("gpt-4o", "gpt-4o-mini").indexOf("support-ja-000") / PAIR_ITEMS_PER_PAGE) + 1;
    const root = await page(`pair?run=${runId}&a=gpt-4o&b=gpt-4o-mini&page=${n}`);
    const first = root.querySelectorAll(".pair-item").find((section) => section.querySelector("h3")?.text === "support-ja\u00a0· support-ja-000")!;
    expect(first.querySelectorAll(".answer h5").map((h) => h.text)).toEqual(["gpt-4o", "gpt-4o-mini"]);
    expect(first.querySelectorAll("table.scores").length).toBe(2);
    const verdicts = first.querySelectorAll(".pair-verdicts li").map((li) => {
      const reason = li.querySelector("blockquote")!.text;
      return [li.text.replace(reason, "").replace(/\s+/g, " ").trim(), reason];
    });
    expect(verdicts).toEqual([
      ["gpt-4o better clearly gpt-4o shown first · judge", "because"],
      ["tie gpt-4o-mini shown first · judge", "because"],
    ]);
  });

  it("puts the judge's verdicts on the item's own page, and links each pair of models from the run page and the compare page", async () => {
    const item = await page(`runs/${runId}/item?suite=support-ja&id=support-ja-001`);
    expect(item.querySelectorAll(".pair-verdicts li")).toHaveLength(2);
    const run = await page(`runs/${runId}`);
    expect(run.querySelectorAll(".pair-links a")).toHaveLength(6);
    expect(run.querySelector(".pair-links a")?.getAttribute("href")).toBe(`/pair?run=${runId}&a=gpt-4o&b=gpt-4o-mini`);
    const compare = await page("compare");
    expect(compare.querySelector('form[action="/pair"] select[name=a]')).not.toBeNull();
  });

  it("asks for two different models of the run when they are missing or the same", async () => {
    for (const query of ["", `?run=${runId}&a=gpt-4o&b=gpt-4o`, `?run=${runId}&a=gpt-4o&b=nope`]) {
      const root = await page(`pair${query}`);
      expect(root.querySelectorAll(".pair-item")).toHaveLength(0);
      expect(root.text).toContain("Choose a run and two of its models.");
    }
  });
});
