import path from "node:path";
import type Database from "better-sqlite3";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "../../src/report/i18n/messages.js";
import { openDatabase } from "../../src/store/open-store.js";
import { ITEMS_PER_PAGE } from "../../src/view/pages/items-page.js";
import { SECURITY_HEADERS, startViewServer, type ViewServer } from "../../src/view/view-server.js";
import { itemId, writeReportStore, type FixtureResult } from "../report/report-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { request, type Reply } from "./http-get.js";

const tempDir = useTempDirs();
const BASELINE = "20260101-000000-base";
const CANDIDATE = "20260102-000000-cand";

/** Model c fails two s2 items with an infrastructure error and skips one s3 item; b improves in the candidate run. */
function result(candidate: boolean) {
  return (model: string, suite: string, i: number): FixtureResult => {
    if (model === "c" && suite === "s2" && i < 2) return { status: "error", errorKind: "server", errorMessage: "503 from upstream" };
    if (model === "c" && suite === "s3" && i === 0) return { status: "skipped", errorMessage: "no sandbox here" };
    const skill = model === "b" && candidate ? 5 : { a: 3, b: 2, c: 4 }[model]!;
    return { passed: i % skill !== 0, text: `answer ${i} of ${model} <b>bold</b>`, reasoning: `thinking about ${i}` };
  };
}

describe("kurabe view's server", () => {
  let dir: string;
  let db: Database.Database;
  let server: ViewServer;
  let host: string;
  const get = (url: string, options: { host?: string; method?: string } = {}): Promise<Reply> =>
    request(new URL(url, server.url).href, { host, ...options });
  const page = async (url: string) => {
    const reply = await get(url);
    return { ...reply, root: parse(reply.body) };
  };

  beforeAll(async () => {
    dir = tempDir();
    const file = path.join(dir, "kurabe.db");
    const spec = {
      models: [{ id: "a", price: { input: 1, output: 2 } }, { id: "b", price: { input: 5, output: 10 } }, { id: "c" }],
      suites: [
        { name: "s1", category: "nlu", items: 120 },
        { name: "s2", category: "reasoning", items: 10 },
        { name: "s3", category: "code", items: 5 },
      ],
      // A judge compared a and b on the first three items of s2, each pair in both orders.
      pairwise: [0, 1, 2].flatMap((i) =>
        (["a", "b"] as const).map((shownFirst) => ({
          suite: "s2", itemId: itemId("s2", i), modelA: "a", modelB: "b", shownFirst, verdict: "a" as const, strong: false,
        })),
      ),
    };
    writeReportStore(file, { ...spec, runId: BASELINE, result: result(false) });
    writeReportStore(file, { ...spec, runId: CANDIDATE, result: result(true) });
    db = openDatabase(file);
    server = await startViewServer({ db, language: "en", port: 0 });
    host = `127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.close();
    db?.close();
  });

  it("binds 127.0.0.1 by default and says so in its URL", () => {
    expect(server.host).toBe("127.0.0.1");
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it("lists the runs, newest first, each linking to its leaderboard", async () => {
    const { status, root } = await page("/");
    expect(status).toBe(200);
    const links = root.querySelectorAll("table.runs tbody tr td:first-child a");
    expect(links.map((a) => [a.text, a.getAttribute("href")])).toEqual([
      [CANDIDATE, `/runs/${CANDIDATE}`],
      [BASELINE, `/runs/${BASELINE}`],
    ]);
    // Model c's two infrastructure errors in each run: the status says what the run lacks.
    expect(root.querySelectorAll("table.runs tbody tr td:nth-child(2)").map((td) => td.text)).toEqual([
      "incomplete: 2 results without an answer or a score (infrastructure errors, not counted as wrong answers; resuming the run finishes them)",
      "incomplete: 2 results without an answer or a score (infrastructure errors, not counted as wrong answers; resuming the run finishes them)",
    ]);
  });

  it("shows a run's leaderboard with intervals, the three charts and the paired comparisons", async () => {
    const { status, root } = await page(`/runs/${BASELINE}`);
    expect(status).toBe(200);
    expect(root.querySelectorAll("table.leaderboard tbody tr")).toHaveLength(9);
    expect(root.querySelectorAll("table.leaderboard .ci")).toHaveLength(9);
    expect(root.querySelectorAll("#charts figure .chart.wide svg")).toHaveLength(3);
    expect(root.querySelectorAll("#charts figure .chart.narrow svg")).toHaveLength(3);
    expect(root.querySelectorAll("table.comparisons tbody tr")).toHaveLength(9);
    expect(root.querySelector("h1")?.text).toBe("kurabe report");
  });

  it("shows what judging cost on the chosen suites", async () => {
    const judging = async (query: string) =>
      (await page(`/runs/${BASELINE}${query}`)).root.querySelectorAll("#judging table.judging tbody tr").map((tr) =>
        tr.querySelectorAll("td").map((td) => td.text),
      );
    expect(await judging("")).toEqual([["judge", "6", "6 (0)", "1,800 / 240", "–"]]);
    expect(await judging("?suite=s2")).toEqual([["judge", "6", "6 (0)", "1,800 / 240", "–"]]);
    expect(await judging("?suite=s1")).toEqual([]);
  });

  it("finds a run by a unique prefix of its id", async () => {
    expect((await get("/runs/20260102")).status).toBe(200);
  });

  it("filters the leaderboard by suite, model and category on the server", async () => {
    const rows = async (query: string) =>
      (await page(`/runs/${BASELINE}?${query}`)).root
        .querySelectorAll("table.leaderboard tbody tr")
        // model and suite (the category is printed under the suite)
        .map((tr) => tr.querySelectorAll("td").slice(0, 2).map((td) => td.text.replace(td.querySelector("small.category")?.text ?? "", "")));
    expect(await rows("model=b")).toEqual([["b", "s1"], ["b", "s2"], ["b", "s3"]]);
    expect(await rows("suite=s2&model=a")).toEqual([["a", "s2"]]);
    expect(await rows("category=code")).toEqual([["a", "s3"], ["b", "s3"], ["c", "s3"]]);
    expect(await rows("suite=s1&suite=s3&model=c")).toEqual([["c", "s1"], ["c", "s3"]]);
    expect(await rows("model=nobody")).toEqual([]);
  });

  it("keeps the filter in its form and in the link to the items", async () => {
    const { root } = await page(`/runs/${BASELINE}?model=b&category=nlu`);
    expect(root.querySelector("select[name=model] option[selected]")?.getAttribute("value")).toBe("b");
    expect(root.querySelector("select[name=category] option[selected]")?.getAttribute("value")).toBe("nlu");
    expect(root.querySelector("select[name=suite] option[selected]")).toBeNull();
    const items = root.querySelectorAll("a").find((a) => a.getAttribute("href")?.includes("/items"));
    expect(items?.getAttribute("href")).toBe(`/runs/${BASELINE}/items?model=b&category=nlu`);
  });

  it(`pages the items ${ITEMS_PER_PAGE} at a time in suite then item order, a page past the end showing the last`, async () => {
    const ids = async (query: string) =>
      (await page(`/runs/${BASELINE}/items?${query}`)).root.querySelectorAll("table.item-list tbody td.item-id").map((td) => td.text);
    const first = await ids("");
    expect(first).toHaveLength(ITEMS_PER_PAGE);
    expect(first[0]).toBe(itemId("s1", 0));
    const third = await ids("page=3");
    expect(third).toHaveLength(135 - 2 * ITEMS_PER_PAGE);
    expect(third.slice(19, 22)).toEqual([itemId("s1", 119), itemId("s2", 0), itemId("s2", 1)]);
    expect(await ids("page=99")).toEqual(third);
    expect(await ids("page=zero")).toEqual(first);
    const { root } = await page(`/runs/${BASELINE}/items?page=2`);
    expect(root.querySelector(".pager")?.text).toContain("Page 2 of 3 (135 items)");
    expect(root.querySelector(".pager a[rel=next]")?.getAttribute("href")).toBe(`/runs/${BASELINE}/items?page=3`);
  });

  it("filters the items by suite, category, model and outcome", async () => {
    const ids = async (query: string) =>
      (await page(`/runs/${BASELINE}/items?${query}`)).root.querySelectorAll("table.item-list tbody td.item-id").map((td) => td.text);
    expect(await ids("suite=s3")).toEqual([0, 1, 2, 3, 4].map((i) => itemId("s3", i)));
    expect(await ids("category=reasoning")).toHaveLength(10);
    expect(await ids("model=c&outcome=error")).toEqual([itemId("s2", 0), itemId("s2", 1)]);
    expect(await ids("model=c&outcome=skipped")).toEqual([itemId("s3", 0)]);
    expect(await ids("suite=s2&model=a&outcome=fail")).toEqual([0, 3, 6, 9].map((i) => itemId("s2", i)));
    expect(await ids("suite=s2&model=a&outcome=pass")).toHaveLength(6);
    expect(await ids("suite=s2&outcome=error")).toEqual([itemId("s2", 0), itemId("s2", 1)]);
  });

  it("keeps only the items where the models disagree, among the chosen models when some are chosen, paged with the filter", async () => {
    const ids = async (query: string) =>
      (await page(`/runs/${BASELINE}/items?${query}`)).root.querySelectorAll("table.item-list tbody td.item-id").map((td) => td.text);
    // s2, first sample: a fails i % 3 = 0, b i % 2 = 0, c i % 4 = 0 and has no verdict on items 0 and 1 (errors).
    // Item 1: a and b pass, c's error is no verdict; item 0: a and b fail alike.
    expect(await ids("suite=s2&disagree=1")).toEqual([2, 3, 4, 6, 8, 9].map((i) => itemId("s2", i)));
    // Between a and b alone, item 6 (both fail) agrees.
    expect(await ids("suite=s2&model=a&model=b&disagree=1")).toEqual([2, 3, 4, 8, 9].map((i) => itemId("s2", i)));
    // One model never disagrees with itself.
    expect(await ids("suite=s2&model=a&disagree=1")).toEqual([]);
    // c's errors (items 0 and 1) are on items where the others agree.
    expect(await ids("suite=s2&disagree=1&outcome=error")).toEqual([]);
    expect(await ids("suite=s2&model=b&model=c&disagree=1")).toEqual([2, 6].map((i) => itemId("s2", i)));
    // Every item of every suite, against the fixture's own verdicts, over the pages.
    const verdicts = (model: string, suite: string, i: number) => {
      const r = result(false)(model, suite, i);
      return r.status === undefined || r.status === "ok" ? r.passed : undefined;
    };
    const expected = [["s1", 120], ["s2", 10], ["s3", 5]].flatMap(([suite, n]) =>
      Array.from({ length: n as number }, (_, i) => i)
        .filter((i) => new Set(["a", "b", "c"].map((m) => verdicts(m, suite as string, i)).filter((v) => v !== undefined)).size === 2)
        .map((i) => itemId(suite as string, i)),
    );
    expect(expected.length).toBeGreaterThan(ITEMS_PER_PAGE);
    const first = await page(`/runs/${BASELINE}/items?disagree=1`);
    expect(first.root.querySelector(".pager")?.text).toContain(`(${expected.length} items)`);
    const next = first.root.querySelector(".pager a[rel=next]")?.getAttribute("href");
    expect(next).toBe(`/runs/${BASELINE}/items?disagree=1&page=2`);
    const pages = Math.ceil(expected.length / ITEMS_PER_PAGE);
    const all = [];
    for (let n = 1; n <= pages; n += 1) all.push(...(await ids(`disagree=1&page=${n}`)));
    expect(all).toEqual(expected);
  });

  it("keeps the item list's outcome and disagreement in its form", async () => {
    const { root } = await page(`/runs/${BASELINE}/items?model=a&model=b&outcome=fail&disagree=1`);
    expect(root.querySelectorAll("select[name=model] option[selected]").map((o) => o.getAttribute("value"))).toEqual(["a", "b"]);
    expect(root.querySelector("select[name=outcome] option[selected]")?.getAttribute("value")).toBe("fail");
    expect(root.querySelector("input[name=disagree]")?.hasAttribute("checked")).toBe(true);
    expect((await page(`/runs/${BASELINE}/items?model=a`)).root.querySelector("input[name=disagree]")?.hasAttribute("checked")).toBe(false);
  });

  it("marks each model's outcome on each listed item, only the chosen model's when one is chosen", async () => {
    const { root } = await page(`/runs/${BASELINE}/items?suite=s2`);
    const first = root.querySelector("table.item-list tbody tr")!;
    expect(first.querySelectorAll(".mark").map((m) => m.classList.value.filter((c) => c !== "mark"))).toEqual([["fail"], ["fail"], ["error"]]);
    const only = (await page(`/runs/${BASELINE}/items?suite=s2&model=b`)).root;
    expect(only.querySelectorAll("table.item-list thead th").map((th) => th.text)).toEqual(["Suite", "Item", "b", "Question"]);
  });

  it("drills down to an item: question, expected answer, every model's answer, reasoning and scores", async () => {
    const { status, root } = await page(`/runs/${BASELINE}/item?suite=s2&id=${itemId("s2", 1)}`);
    expect(status).toBe(200);
    expect(root.querySelector("h1")?.text).toBe(`s2\u00a0· ${itemId("s2", 1)}`);
    expect(root.querySelector("details.item")?.hasAttribute("open")).toBe(true);
    expect(root.querySelectorAll("section.answer h5").map((h) => h.text)).toEqual(["a", "b", "c"]);
    expect(root.querySelectorAll("table.scores")).toHaveLength(2);
    expect(root.text).toContain("answer 1 of a <b>bold</b>");
    expect(root.text).toContain("thinking about 1");
    expect(root.text).toContain("503 from upstream");
    const nav = root.querySelector("nav.item-nav")!;
    expect(nav.querySelector("a[rel=prev]")?.getAttribute("href")).toContain(`id=${itemId("s2", 0)}`);
    expect(nav.querySelector("a[rel=next]")?.getAttribute("href")).toContain(`id=${itemId("s2", 2)}`);
  });

  it("shows only the chosen model's answers on an item page", async () => {
    const { root } = await page(`/runs/${BASELINE}/item?suite=s2&id=${itemId("s2", 1)}&model=b`);
    expect(root.querySelectorAll("section.answer h5").map((h) => h.text)).toEqual(["b"]);
  });

  it("compares two runs per model and suite, candidate − baseline, with a verdict", async () => {
    const { status, root } = await page(`/compare?base=${BASELINE}&cand=${CANDIDATE}&model=b`);
    expect(status).toBe(200);
    expect(root.querySelectorAll("section.pair h2").map((h) => h.text)).toEqual(["b: baseline → candidate"]);
    const rows = root.querySelectorAll("table.run-comparison tbody tr");
    expect(rows.map((tr) => tr.querySelector("td")?.text)).toEqual(["s1", "s2", "s3"]);
    // b passes every second item in the baseline and four in five in the candidate: +30 pt on s1's 120 items.
    expect(rows[0]!.querySelectorAll("td")[4]!.text).toBe("+30.0 pt");
    expect(rows[0]!.getAttribute("class")).toBe("improvement");
    const all = await page(`/compare?base=${BASELINE}&cand=${CANDIDATE}`);
    expect(all.root.querySelectorAll("section.pair")).toHaveLength(3);
    // A gap whose interval holds 0 is worded as the report words it.
    const notSignificant = all.root.querySelectorAll("table.run-comparison tbody tr.within-noise");
    expect(notSignificant.length).toBeGreaterThan(0);
    expect(new Set(notSignificant.map((tr) => tr.querySelector(".badge")!.text))).toEqual(new Set([messagesFor("en").withinNoise]));
  });

  it("offers the two latest runs and computes nothing until both are chosen", async () => {
    const { status, root } = await page("/compare");
    expect(status).toBe(200);
    expect(root.querySelector("select[name=base] option[selected]")?.text).toBe(BASELINE);
    expect(root.querySelector("select[name=cand] option[selected]")?.text).toBe(CANDIDATE);
    expect(root.querySelectorAll("table.run-comparison")).toHaveLength(0);
  });

  it.each([
    ["/nowhere", "/nowhere"],
    ["/runs/nope", 'no run "nope" in the store'],
    [`/runs/${BASELINE}/items/extra`, "/items/extra"],
    [`/runs/${BASELINE}/item?suite=s2&id=missing`, 'No item "missing" in suite "s2"'],
    [`/runs/${BASELINE}/item`, 'No item "" in suite ""'],
    [`/compare?base=${BASELINE}&cand=nope`, 'no run "nope" in the store'],
    ["/runs/2026", '"2026" matches 2 runs'],
  ])("answers 404 for %s, saying what is missing", async (url, message) => {
    const reply = await get(url);
    expect(reply.status).toBe(404);
    expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(parse(reply.body).querySelector(".error-page")?.text).toContain(message);
  });

  it("answers 400 for a malformed percent-escape in the path", async () => {
    expect((await get("/runs/%E0%A4%A")).status).toBe(400);
  });

  it("is read-only: anything but GET and HEAD is refused", async () => {
    const post = await get("/", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    const head = await get(`/runs/${BASELINE}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(Number(head.headers["content-length"])).toBeGreaterThan(1000);
  });

  it("refuses a Host header other than its own address: a DNS-rebinding page cannot read the store", async () => {
    for (const other of ["evil.example", `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      const reply = await get("/", { host: other });
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain(BASELINE);
    }
    expect((await get("/", { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it("sends a strict Content-Security-Policy and nosniff with every response, errors included", async () => {
    for (const reply of [await get("/"), await get(`/runs/${BASELINE}`), await get("/nowhere"), await get("/", { method: "POST" }), await get("/", { host: "evil.example" })]) {
      expect(reply.headers["content-security-policy"]).toBe(SECURITY_HEADERS["Content-Security-Policy"]);
      expect(reply.headers["x-content-type-options"]).toBe("nosniff");
      expect(reply.headers["x-frame-options"]).toBe("DENY");
    }
    const csp = SECURITY_HEADERS["Content-Security-Policy"]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-eval|https?:/);
  });

  it("emits no script, no external resource and no event handler", async () => {
    for (const url of ["/", `/runs/${BASELINE}`, `/runs/${BASELINE}/items`, `/runs/${BASELINE}/item?suite=s1&id=${itemId("s1", 0)}`, `/compare?base=${BASELINE}&cand=${CANDIDATE}`]) {
      const { body } = await get(url);
      expect(body).not.toMatch(/<script|<link rel="stylesheet"|<img|<iframe|\son[a-z]+=|https?:\/\//i);
    }
  });
});

describe("kurabe view's page cache", () => {
  it("answers a page asked again with the same page, and shows a run another connection wrote at once", async () => {
    const file = path.join(tempDir(), "kurabe.db");
    const spec = { models: [{ id: "a" }], suites: [{ name: "s1", category: "nlu", items: 3 }], result: () => ({ passed: true }) };
    writeReportStore(file, { ...spec, runId: BASELINE });
    const db = openDatabase(file);
    const server = await startViewServer({ db, language: "en", port: 0 });
    try {
      const runs = async () => {
        const reply = await request(new URL("/", server.url).href);
        return { body: reply.body, ids: parse(reply.body).querySelectorAll("table.runs tbody tr td:first-child a").map((a) => a.text) };
      };
      const [first, again] = [await runs(), await runs()];
      expect(again.body).toBe(first.body);
      expect(first.ids).toEqual([BASELINE]);
      writeReportStore(file, { ...spec, runId: CANDIDATE });
      expect((await runs()).ids).toEqual([CANDIDATE, BASELINE]);
    } finally {
      await server.close();
      db.close();
    }
  });
});
