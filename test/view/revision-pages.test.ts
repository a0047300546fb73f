import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-store.js";
import { startViewServer, type ViewServer } from "../../src/view/view-server.js";
import { runCli } from "../support/cli.js";
import { storeRows, useMockServers, writeJudgeConfig, writeToneProject } from "../support/judge-project.js";
import { request } from "./http-get.js";

const startServer = useMockServers();

/** The value beside a label of the run header (`<dt>label</dt><dd>value</dd>`). */
function headerValue(root: HTMLElement, label: string): string | undefined {
  return root.querySelectorAll("dl.run > div").find((row) => row.querySelector("dt")?.text === label)?.querySelector("dd")?.text;
}

/**
 * The dashboard reads a rescored run at any of its scoring revisions (`?revision=N`), as `kurabe report --revision N`
 * does: a run of three echo answers scored `exact` (1 of 3 right), then rescored with `contains` (3 of 3) as revision 2.
 */
describe("the dashboard at a scoring revision (?revision=N)", () => {
  let dir: string;
  let runId: string;
  let db: Database.Database;
  let server: ViewServer;
  const get = async (url: string) => {
    const reply = await request(new URL(url, server.url).href);
    return { ...reply, root: parse(reply.body) };
  };

  beforeAll(async () => {
    const models = await startServer();
    // Kept for the whole file (useTempDirs removes its folders after each test).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-test-"));
    const items = [
      { id: "q0", input: "please help", expected: "please help" },
      { id: "q1", input: "do it now", expected: "do it" },
      { id: "q2", input: "please wait", expected: "wait" },
    ];
    writeToneProject(dir, models.url, "      type: exact", items, { db: true });
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    writeJudgeConfig(dir, models.url, "      type: contains", { db: true });
    const rescore = await runCli(["rescore"], { cwd: dir });
    expect(rescore.code, rescore.stderr).toBe(0);
    runId = storeRows<{ id: string }>(dir, "SELECT id FROM runs")[0]!.id;
    db = openDatabase(path.join(dir, "kurabe.db"));
    server = await startViewServer({ db, language: "en", port: 0 });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows the latest revision by default, says so, and links to the earlier one", async () => {
    const { status, root } = await get(`/runs/${runId}`);
    expect(status).toBe(200);
    expect(headerValue(root, "Scoring revision")).toMatch(/^2 \(rescored .*: tone\)$/);
    const links = root.querySelector("p.revisions")!;
    expect(links.text).toBe("Show scoring revision: 1\u00a0· 2 (latest)");
    expect(links.querySelector("strong")!.text).toBe("2 (latest)");
    expect(links.querySelectorAll("a").map((a) => [a.text, a.getAttribute("href")])).toEqual([["1", `/runs/${runId}?revision=1`]]);
  });

  it("reads the run page at revision 1 as kurabe report --revision 1 does, its links keeping the revision", async () => {
    const { status, root } = await get(`/runs/${runId}?revision=1`);
    expect(status).toBe(200);
    expect(headerValue(root, "Scoring revision")).toBe("1 (as run)");
    expect(root.querySelector("p.revisions")!.querySelector("strong")!.text).toBe("1");
    expect(root.querySelector("p.revisions a")!.getAttribute("href")).toBe(`/runs/${runId}`);
    const hrefs = root.querySelectorAll("p.downloads a").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      `/runs/${runId}/items?revision=1`,
      `/runs/${runId}/report.html?revision=1`,
      `/runs/${runId}/report.csv?revision=1`,
      `/runs/${runId}/report.json?revision=1`,
    ]);
    expect(root.querySelector('form.filters input[name="revision"]')?.getAttribute("value")).toBe("1");

    // One number, one source: the dashboard's download at revision 1 holds the figures the CLI reports at revision 1.
    const download = JSON.parse((await get(`/runs/${runId}/report.json?revision=1`)).body) as Record<string, unknown>;
    const cli = await runCli(["report", runId, "--revision", "1", "--format", "json", "--out", "-"], { cwd: dir });
    expect(cli.code, cli.stderr).toBe(0);
    const reported = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(download.run).toEqual(reported.run);
    expect(download.entries).toEqual(reported.entries);
    expect((download.entries as Array<{ score: number }>).map((entry) => entry.score)).toEqual([1 / 3]);
    const latest = JSON.parse((await get(`/runs/${runId}/report.json`)).body) as { entries: Array<{ score: number }> };
    expect(latest.entries.map((entry) => entry.score)).toEqual([1]);
  });

  it("shows the items and an item's scores at the revision asked for", async () => {
    const marks = async (url: string) =>
      (await get(url)).root.querySelectorAll("table.item-list tbody tr").map((row) => [row.querySelector("td.item-id")!.text, row.querySelector("td.marks-cell")!.text]);
    expect(await marks(`/runs/${runId}/items?revision=1`)).toEqual([["q0", "✓"], ["q1", "✗"], ["q2", "✗"]]);
    expect(await marks(`/runs/${runId}/items`)).toEqual([["q0", "✓"], ["q1", "✓"], ["q2", "✓"]]);
    const items = (await get(`/runs/${runId}/items?revision=1`)).root;
    expect(items.querySelector("td.item-id a")!.getAttribute("href")).toBe(`/runs/${runId}/item?suite=tone&id=q0&revision=1`);

    const item = (await get(`/runs/${runId}/item?suite=tone&id=q1&revision=1`)).root;
    expect(item.text).toContain("exact");
    expect(item.text).not.toContain("contains");
    expect(item.querySelector("p.breadcrumbs a[href^='/runs/']")!.getAttribute("href")).toBe(`/runs/${runId}?revision=1`);
    expect((await get(`/runs/${runId}/item?suite=tone&id=q1`)).root.text).toContain("contains");
  });

  it("answers a revision the run lacks with 404 saying which it has, and one that is no number with 400", async () => {
    const missing = await get(`/runs/${runId}?revision=3`);
    expect(missing.status).toBe(404);
    expect(missing.root.querySelector(".error-page p")!.text).toBe(`run ${runId} has scoring revisions 1 to 2; no revision 3`);
    const bad = await get(`/runs/${runId}?revision=first`);
    expect(bad.status).toBe(400);
    expect(bad.root.querySelector(".error-page p")!.text).toBe("The scoring revision (?revision=N) is a whole number from 1.");
    // The dashboard's own connection was never switched: the page without the parameter is still the latest.
    expect(headerValue((await get(`/runs/${runId}`)).root, "Scoring revision")).toMatch(/^2 \(rescored/);
  });
});
