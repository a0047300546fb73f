/**
 * `kurabe dataset build` on a company-size inquiry log: a Shift_JIS (CP932) CSV of 158,405 rows, about 48 MB, with
 * personal data of every kind in it (the generator of test/finetune/support/pii-corpus.ts, each row made distinct by
 * its own ticket number and sentences), built end to end by the CLI (read, mask, tag, deduplicate, count tokens,
 * split, write four formats, residual pass, report).
 *
 * Method: both runs are child processes under GNU time (wall time, peak RSS), on the same file, one after the other.
 * The peer is the least any tool must do with this file: a streaming Shift_JIS decode, a CSV-agnostic line split and
 * a UTF-8 write (`baseline` below). The figure to read is the ratio kurabe / baseline: seconds on a shared 2-core
 * machine vary with its load, the ratio much less. Targets from issue 13: < 60 s and < 500 MB peak on 2 cores.
 *
 *   npm run build && npx tsx bench/dataset-scale.ts [rows=158405]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvLine, inquiryRows } from "./inquiry-rows.js";
import { encodeShiftJis } from "../test/finetune/support/shift-jis.js";
import { childEnv, cliPath, ensureBuilt, machineLine, makeTempDir, measure, printTable, runBenchmark, saveResults } from "./harness.js";

const rows = Number(process.argv[2] ?? 158_405);

/** The inquiry log, written in pieces so that the generator's memory stays small. */
function writeInquiryLog(path: string): number {
  const out: Buffer[] = [encodeShiftJis("question,answer,category\r\n")];
  let lines: string[] = [];
  for (const row of inquiryRows(rows)) {
    lines.push(csvLine(row));
    if (lines.length < 1_000) continue;
    out.push(encodeShiftJis(`${lines.join("\r\n")}\r\n`));
    lines = [];
  }
  if (lines.length > 0) out.push(encodeShiftJis(`${lines.join("\r\n")}\r\n`));
  const bytes = Buffer.concat(out);
  writeFileSync(path, bytes);
  return bytes.length;
}

/** The peer: stream, decode CP932, split lines, write UTF-8. What any reader of this file must do at the least. */
const BASELINE = `
const { createReadStream, createWriteStream } = require("node:fs");
const decoder = new TextDecoder("shift_jis");
const out = createWriteStream(process.argv[2]);
let rest = "", lines = 0;
createReadStream(process.argv[1]).on("data", (chunk) => {
  const text = rest + decoder.decode(chunk, { stream: true });
  const parts = text.split("\\r\\n");
  rest = parts.pop();
  lines += parts.length;
  out.write(parts.join("\\n") + "\\n");
}).on("end", () => { out.end(rest); console.log(lines + " lines"); });
`;

runBenchmark(async () => {
  ensureBuilt();
  const dir = await makeTempDir("kurabe-bench-scale-");
  const input = join(dir, "inquiries.csv");
  const bytes = writeInquiryLog(input);
  console.log(`${rows} rows, ${(bytes / 1e6).toFixed(1)} MB Shift_JIS · ${machineLine()}`);

  const baseline = await measure(process.execPath, ["-e", BASELINE, input, join(dir, "baseline.txt")], {
    cwd: dir,
    env: childEnv(),
    timeoutMs: 600_000,
    label: "baseline",
  });
  const kurabe = await measure(process.execPath, [cliPath, "dataset", "build", "--inquiries", input, "--out", join(dir, "out")], {
    cwd: dir,
    env: childEnv(),
    timeoutMs: 1_800_000,
    label: "kurabe dataset build",
  });
  printTable(
    ["", "wall s", "peak RSS MB", "user+sys s"],
    [
      ["decode + split + write (peer)", baseline.wallS.toFixed(1), baseline.peakRssMb.toFixed(0), (baseline.userS + baseline.sysS).toFixed(1)],
      ["kurabe dataset build", kurabe.wallS.toFixed(1), kurabe.peakRssMb.toFixed(0), (kurabe.userS + kurabe.sysS).toFixed(1)],
    ],
  );
  console.log(`ratio kurabe / peer: ${(kurabe.wallS / baseline.wallS).toFixed(1)}× wall time; targets < 60 s and < 500 MB`);
  console.log(kurabe.stdout.trim().split("\n").slice(0, 4).join("\n"));
  await saveResults("dataset-scale", { rows, bytes, machine: machineLine(), baseline, kurabe: { ...kurabe, stdout: kurabe.stdout.slice(0, 2000) } });
});
