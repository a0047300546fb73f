import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { GATE_FAILED } from "../../src/cli/exit-codes.js";
import { compareCommand } from "../../src/cli/compare.js";
import { messagesFor, type ReportLanguage } from "../../src/report/i18n/messages.js";
import { FOUR_MODEL_LATER_STORE, FOUR_MODEL_STORE } from "../report/four-model-store.js";
import { writeReportStore } from "../report/report-store.js";
import { useTempDirs } from "../support/temp-dir.js";

/**
 * `kurabe compare --lang ja|en` (in process, over the four-model fixture and a later run where gpt-4o-mini got worse
 * on mmlu): every line a person reads — the scoring revision, each table's heading line, column headings, categories,
 * verdicts, the gate's message on standard error and JUnit's failure messages — is in the language asked for, in the
 * report's words (one catalogue, src/report/i18n/messages.ts). Data (model ids, suite names, run ids) and units are
 * the same in both.
 */
const tempDir = useTempDirs();

const DATA = [
  ...FOUR_MODEL_STORE.models.map((model) => model.id),
  ...FOUR_MODEL_STORE.suites.map((suite) => suite.name),
  FOUR_MODEL_STORE.runId!,
  FOUR_MODEL_LATER_STORE.runId!,
].sort((a, b) => b.length - a.length);
const UNITS = new Set(["pt", "p"]);

/** What compareCommand wrote to standard output and error, and its exit code. */
function compare(options: Parameters<typeof compareCommand>[2]): { stdout: string; stderr: string; code: number } {
  const written = { stdout: [] as string[], stderr: [] as string[] };
  const spies = (["stdout", "stderr"] as const).map((stream) =>
    vi.spyOn(process[stream], "write").mockImplementation((chunk: string | Uint8Array) => {
      written[stream].push(String(chunk));
      return true;
    }),
  );
  try {
    const code = compareCommand(FOUR_MODEL_STORE.runId, FOUR_MODEL_LATER_STORE.runId, options);
    return { stdout: written.stdout.join(""), stderr: written.stderr.join(""), code };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** The text less data, table borders, XML markup (JUnit's failure messages are kept) and the "kurabe: " of a message. */
function readText(text: string): string {
  let out = text.replace(/^kurabe: /gm, "").replace(/<\?xml[^>]*>/g, " ").replace(/message="([^"]*)"/g, " $1 ").replace(/<[^>]*>/g, " ");
  for (const name of DATA) out = out.split(name).join(" ");
  return out.replace(/[─│┌┐└┘├┤┬┴┼]/g, " ");
}

function englishWords(text: string): string[] {
  return [...new Set(text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [])].filter((word) => !UNITS.has(word));
}

function japanese(text: string): string[] {
  return [...new Set(text.match(/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+/g) ?? [])];
}

describe("kurabe compare speaks the language asked for", () => {
  for (const language of ["ja", "en"] as ReportLanguage[]) {
    it(`in ${language}: the table, its headings and verdicts, the gate's message and JUnit's failures`, () => {
      const db = path.join(tempDir(), "k.db");
      writeReportStore(db, FOUR_MODEL_STORE);
      writeReportStore(db, FOUR_MODEL_LATER_STORE);
      const m = messagesFor(language);
      const gate = { db, lang: language, model: "gpt-4o-mini", failOnRegression: true, minScore: "0.9" };
      const table = compare({ ...gate, revision: "1" });
      const junit = compare({ ...gate, junit: true });
      expect([table.code, junit.code]).toEqual([GATE_FAILED, GATE_FAILED]);

      // The catalogue's words, where a reader looks for them.
      const c = m.columns;
      for (const heading of [c.suite, c.category, c.baseline, c.candidate, c.change, c.pValue, c.verdict, c.itemsNeeded]) expect(table.stdout).toContain(heading);
      expect(table.stdout).toContain(`${m.scoringRevision}${m.colon}1\n`);
      expect(table.stdout).toContain(m.compareRuns.pair("gpt-4o-mini", FOUR_MODEL_STORE.runId!, "gpt-4o-mini", FOUR_MODEL_LATER_STORE.runId!));
      expect(table.stdout).toContain(m.categories.nlu);
      expect(table.stdout).toContain(m.runVerdicts.regression);
      expect(table.stderr).toContain(m.compareRuns.gateFailed(1, { suites: 4, minimum: "90.0%" }));
      expect(junit.stdout).toContain(m.compareRuns.belowMinimum("75.0%", "90.0%"));
      expect(junit.stdout).toMatch(language === "ja" ? /message="有意な劣化：/ : /message="significant regression: /);

      // Nothing in the other language.
      const read = [table.stdout, table.stderr, junit.stdout].map(readText).join("\n");
      if (language === "ja") {
        expect(englishWords(read)).toEqual([]);
        // Japanese brackets and colons, as the report writes them.
        expect(read).not.toMatch(/\(|\)|: /);
      } else {
        expect(japanese(read)).toEqual([]);
      }
    });
  }
});
