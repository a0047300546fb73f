/**
 * Masking one long text: a company document of several MB with no headings is masked whole, and what a finding costs
 * must not grow with the findings before it. The text is the inquiry log's rows (inquiry-rows.ts, as dataset-scale.ts
 * writes them) joined by line breaks, cut at a row's end to each size.
 *
 * Method: one process imports this checkout's dist/finetune/pii/mask-pii.js and, with `--base DIR`, another checkout's
 * (a worktree of main, built), warms each on a few rows, then masks each size with both, one after the other (which
 * goes first alternates by size), timing maskPii alone. The figures to read are the ratios — base / this checkout at a
 * size, and each size's time over the one half its size (2 is linear, 4 quadratic) — not the seconds, which vary with
 * a shared machine's load. Both results are compared as JSON (masked text and findings): "identical" must say yes.
 *
 *   npm run build && npx tsx bench/long-text.ts [--base ../base-worktree] [--sizes 0.25,0.5,1,2,4]  (millions of characters)
 */
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { csvLine, inquiryRows } from "./inquiry-rows.js";
import { ensureBuilt, machineLine, printTable, repoRoot, runBenchmark, saveResults } from "./harness.js";

type MaskPii = (text: string) => { text: string; findings: unknown[] };

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const sizes = (option("--sizes") ?? "0.25,0.5,1,2,4").split(",").map((size) => Math.round(Number(size) * 1e6));
const baseDir = option("--base");

const maskerOf = async (checkout: string): Promise<MaskPii> =>
  ((await import(pathToFileURL(join(resolve(checkout), "dist", "finetune", "pii", "mask-pii.js")).href)) as { maskPii: MaskPii }).maskPii;

/** The rows' lines, enough for the largest size: rows are about 170 characters. */
function lines(characters: number): string[] {
  const out: string[] = [];
  let length = 0;
  for (const row of inquiryRows(Math.ceil(characters / 100))) {
    if (length >= characters) break;
    const line = csvLine(row);
    out.push(line);
    length += line.length + 1;
  }
  return out;
}

/** Whole rows, as many as fit in `characters`. */
function textOf(rows: readonly string[], characters: number): string {
  let length = 0;
  let count = 0;
  while (count < rows.length && length + rows[count]!.length + 1 <= characters) length += rows[count++]!.length + 1;
  return rows.slice(0, count).join("\n");
}

function timed(mask: MaskPii, text: string): { seconds: number; result: ReturnType<MaskPii> } {
  const started = performance.now();
  const result = mask(text);
  return { seconds: (performance.now() - started) / 1000, result };
}

runBenchmark(async () => {
  ensureBuilt();
  const head = await maskerOf(repoRoot);
  const base = baseDir === undefined ? undefined : await maskerOf(baseDir);
  const rows = lines(Math.max(...sizes));
  console.log(`${rows.length} rows · ${machineLine()}`);
  // The name lexicon and the English tagger load at the first text: not charged to the first size.
  for (const mask of [head, base]) mask?.(rows.slice(0, 50).join("\n"));

  const measured: { characters: number; findings: number; headS: number; baseS?: number; identical?: boolean }[] = [];
  sizes.forEach((size, index) => {
    const text = textOf(rows, size);
    const runs = new Map<MaskPii, ReturnType<typeof timed>>();
    for (const mask of index % 2 === 0 ? [head, base] : [base, head]) if (mask !== undefined) runs.set(mask, timed(mask, text));
    const headRun = runs.get(head)!;
    const baseRun = base && runs.get(base);
    measured.push({
      characters: text.length,
      findings: headRun.result.findings.length,
      headS: headRun.seconds,
      baseS: baseRun?.seconds,
      identical: baseRun === undefined ? undefined : JSON.stringify(baseRun.result) === JSON.stringify(headRun.result),
    });
    console.log(`${text.length} characters done`);
  });

  const growth = (at: number, of: (entry: (typeof measured)[number]) => number | undefined): string => {
    const previous = measured[at - 1];
    const [now, before] = [of(measured[at]!), previous && of(previous)];
    return now === undefined || before === undefined ? "" : `${(now / before).toFixed(1)}× for ${(measured[at]!.characters / previous!.characters).toFixed(1)}×`;
  };
  printTable(
    ["characters", "findings", ...(base ? ["base s", "base growth"] : []), "this s", "this growth", ...(base ? ["base / this", "identical"] : [])],
    measured.map((entry, at) => [
      entry.characters.toLocaleString("en"),
      entry.findings.toLocaleString("en"),
      ...(base ? [entry.baseS!.toFixed(2), growth(at, (e) => e.baseS)] : []),
      entry.headS.toFixed(2),
      growth(at, (e) => e.headS),
      ...(base ? [(entry.baseS! / entry.headS).toFixed(1), entry.identical ? "yes" : "NO"] : []),
    ]),
  );
  await saveResults("long-text", { machine: machineLine(), base: baseDir, measured });
  if (measured.some((entry) => entry.identical === false)) throw new Error("this checkout's masking differs from the base's");
});
