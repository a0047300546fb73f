/**
 * Report: 100,000 stored results (4 models × 2 suites × 12,500 items, realistic answer sizes, reasoning traces on one
 * model, a 200 KB runaway answer every 1,000th) rendered by `kurabe report` in a child process measured with GNU time.
 * Targets for the full HTML report (every item, `--items all`): < 10 s wall and < 500 MB peak RSS, measured twice:
 * with every statistic computed (the store's kept statistics emptied first: a store written without `kurabe run`, as
 * this one) and with the statistics kept in the store (as after `kurabe run`, whose leaderboard computes them). Also
 * measures the default HTML (1,000 items per suite) and JSON with every item.
 *
 * Side by side, in turns (kurabe, peer, kurabe, peer, …): `kurabe report --format csv` — the report model built from
 * the store (the decision statistics are nearly all of it; the CSV is a few lines) — against the same statistics in
 * NumPy (bench/report-statistics-peer.py: the same scores read from the same store, the same intervals with the same
 * resample counts, vectorised); kept statistics are emptied before each kurabe turn. With `--cli PATH` another
 * build's CSV and full HTML are measured in the same turns (a build older than the `statistics` table cannot open
 * this store: its schema is newer).
 *
 *   npx tsx bench/report.ts [--results 100000] [--turns 3] [--cli other/dist/cli/main.js]
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BENCH_RUN_ID, forgetStatistics, writeStore } from "./report-store.js";
import { childEnv, cliPath, machineLine, makeTempDir, measure, measuredCli, median, printTable, repoRoot, runBenchmark, saveResults, type Measurement } from "./harness.js";

const TARGET_WALL_S = 10;
const TARGET_RSS_MB = 500;

const { values } = parseArgs({
  options: { results: { type: "string", default: "100000" }, turns: { type: "string", default: "3" }, cli: { type: "string" } },
});
const results = Number(values.results);
const turns = Number(values.turns);

runBenchmark(async () => {
  const other = values.cli ? measuredCli(values.cli) : null;
  const dir = await makeTempDir("report");
  const dbPath = join(dir, "k.db");
  const started = performance.now();
  const written = writeStore(dbPath, results);
  console.error(`wrote ${written.toLocaleString("en-US")} results in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // The report command as the CLI will call it (src/cli/main.ts wires `kurabe report` to reportCommand).
  const runnerOf = async (cli: string, name: string) => {
    const runner = join(dir, `${name}.mjs`);
    await writeFile(
      runner,
      `const { reportCommand } = await import(${JSON.stringify(join(cli, "..", "report.js"))});\n` +
        `const [db, format, items, out] = process.argv.slice(2);\n` +
        `process.exitCode = await reportCommand(undefined, { db, format, out, lang: "en", ...(items === "default" ? {} : { items }) });\n`,
    );
    return runner;
  };
  const runner = await runnerOf(cliPath, "report-runner");
  const otherRunner = other ? await runnerOf(other, "report-runner-other") : null;
  const report = (script: string, format: string, items: string, label: string, cold = true) => async () => {
    if (cold) forgetStatistics(dbPath);
    const out = join(dir, `report-${label.replace(/\W+/g, "-")}.${format}`);
    const m = await measure(process.execPath, [script, dbPath, format, items, out], { cwd: dir, env: childEnv(), timeoutMs: 5 * 60_000, label });
    return { m, out };
  };
  const peer = async () => {
    const m = await measure("python3", [join(repoRoot, "bench", "report-statistics-peer.py"), dbPath, BENCH_RUN_ID], {
      cwd: dir,
      env: childEnv(),
      timeoutMs: 5 * 60_000,
      label: "NumPy peer",
    });
    return { m, out: null };
  };

  // 1. The statistics, side by side in turns.
  const sides: Record<string, () => Promise<{ m: Measurement; out: string | null }>> = {
    "kurabe report --format csv": report(runner, "csv", "default", "csv"),
    "NumPy peer (same statistics)": peer,
    ...(otherRunner ? { "other build: report --format csv": report(otherRunner, "csv", "default", "csv-other") } : {}),
  };
  const turnsOf: Record<string, Measurement[]> = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  let lastCsv = "";
  let peerOut = "";
  for (let turn = 0; turn < turns; turn += 1) {
    for (const [label, side] of Object.entries(sides)) {
      const { m, out } = await side();
      turnsOf[label]!.push(m);
      if (label.startsWith("kurabe")) lastCsv = await readFile(out!, "utf8");
      if (label.startsWith("NumPy")) peerOut = m.stdout;
    }
  }
  const cpu = (m: Measurement) => m.userS + m.sysS;
  const summary = Object.fromEntries(
    Object.entries(turnsOf).map(([label, ms]) => [label, { wallS: median(ms.map((m) => m.wallS)), cpuS: median(ms.map(cpu)), peakRssMb: median(ms.map((m) => m.peakRssMb)), turns: ms.map((m) => ({ wallS: m.wallS, cpuS: cpu(m) })) }]),
  );
  const kurabe = summary["kurabe report --format csv"]!;
  const numpy = summary["NumPy peer (same statistics)"]!;
  console.log(`\nthe report model (decision statistics) of ${written.toLocaleString("en-US")} stored results, ${turns} turns, medians · ${machineLine()}\n`);
  printTable(
    ["side", "wall s", "CPU s", "peak RSS MB", "wall / peer", "CPU / peer"],
    Object.entries(summary).map(([label, s]) => [label, s.wallS.toFixed(2), s.cpuS.toFixed(2), s.peakRssMb.toFixed(0), (s.wallS / numpy.wallS).toFixed(2), (s.cpuS / numpy.cpuS).toFixed(2)]),
  );
  const agreement = intervalAgreement(lastCsv, peerOut);
  console.log(`\nkurabe's and the peer's score intervals differ by at most ${agreement.toFixed(2)} pt (bootstrap noise: different random streams)`);

  // 2. Every format once, and the target.
  const cases: Array<{ label: string; format: string; items: string; script?: string; cold: boolean }> = [
    { label: "html, every item, statistics computed", format: "html", items: "all", cold: true },
    { label: "html, every item, statistics kept", format: "html", items: "all", cold: false },
    { label: "html, default (1,000 items/suite), kept", format: "html", items: "default", cold: false },
    { label: "json, every item, kept", format: "json", items: "all", cold: false },
    ...(otherRunner ? [{ label: "other build: html, every item", format: "html", items: "all", script: otherRunner, cold: true }] : []),
  ];
  const rows: string[][] = [];
  const figures: Array<Record<string, unknown>> = [];
  for (const c of cases) {
    const { m, out } = await report(c.script ?? runner, c.format, c.items, c.label, c.cold)();
    const size = (await stat(out)).size / 1024 / 1024;
    rows.push([c.label, m.wallS.toFixed(2), cpu(m).toFixed(2), m.peakRssMb.toFixed(0), size.toFixed(1)]);
    figures.push({ label: c.label, format: c.format, items: c.items, wallS: m.wallS, cpuS: cpu(m), peakRssMb: m.peakRssMb, outputMb: size });
  }
  console.log(`\nkurabe report on ${written.toLocaleString("en-US")} stored results · ${machineLine()}\n`);
  printTable(["format", "wall s", "CPU s", "peak RSS MB", "output MB"], rows);
  const meets = (figure: Record<string, unknown>) => (figure.wallS as number) < TARGET_WALL_S && (figure.peakRssMb as number) < TARGET_RSS_MB;
  const [computed, kept] = [figures[0]!, figures[1]!];
  const pass = meets(computed) && meets(kept);
  console.log(
    `\nfull HTML: target < ${TARGET_WALL_S} s and < ${TARGET_RSS_MB} MB: statistics computed ${meets(computed) ? "met" : "MISSED"}, ` +
      `statistics kept ${meets(kept) ? "met" : "MISSED"} (statistics: kurabe / NumPy CPU ${(kurabe.cpuS / numpy.cpuS).toFixed(2)}×)`,
  );
  await saveResults("report", { machine: machineLine(), results: written, statistics: summary, agreementPt: agreement, figures });
  if (!pass) process.exitCode = 1;
});

/** The largest gap, in points, between kurabe's CSV intervals (ci_low, ci_high per model × suite) and the peer's. */
function intervalAgreement(csv: string, peerJson: string): number {
  const peer = JSON.parse(peerJson) as { scores: Record<string, [number, number]> };
  const [header, ...lines] = csv.trim().split("\r\n");
  const column = (name: string) => header!.split(",").indexOf(name);
  let worst = 0;
  for (const line of lines) {
    const cells = line.split(",");
    const theirs = peer.scores[`${cells[column("model")]}|${cells[column("suite")]}`];
    if (!theirs) throw new Error(`the peer has no interval for ${cells[column("model")]} on ${cells[column("suite")]}`);
    const ours = [Number(cells[column("ci_low")]) * 100, Number(cells[column("ci_high")]) * 100];
    worst = Math.max(worst, Math.abs(ours[0]! - theirs[0]), Math.abs(ours[1]! - theirs[1]));
  }
  return worst;
}
