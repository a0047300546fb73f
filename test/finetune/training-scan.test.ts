/**
 * The training scan runs in a thread that loads a compiled module (dist/finetune/training-scan-worker.js), so these
 * tests drive the built code, as users run it (`npm test` builds first).
 */
import { describe, expect, it } from "vitest";
import type { TextSpill as Spill } from "../../src/finetune/text-spill.js";
import type { Example, TrainingMessage } from "../../src/finetune/types.js";

const built = async <T>(file: string): Promise<T> => (await import(new URL(`../../dist/${file}`, import.meta.url).href)) as T;
const { TrainingScan } = await built<typeof import("../../src/finetune/training-scan.js")>("finetune/training-scan.js");
const { TextSpill } = await built<typeof import("../../src/finetune/text-spill.js")>("finetune/text-spill.js");
const { SpilledInquiry } = await built<typeof import("../../src/finetune/spilled-inquiry.js")>("finetune/spilled-inquiry.js");
const { checkHeldOut, examplesMatcher } = await built<typeof import("../../src/finetune/eval-split.js")>("finetune/eval-split.js");
const { TARGETS } = await built<typeof import("../../src/finetune/targets.js")>("finetune/targets.js");

const system: TrainingMessage[] = [{ role: "system", content: "社内ヘルプデスクとして答えてください。" }];
const greeting = "いつもご利用いただき誠にありがとうございます。";
/** Row 100 quotes held-out row 6001's question: a leak, in one training row only. */
const quoted = "領収書の宛名を会社名に変更する手続きを教えてください";
const question = (row: number): string =>
  row === 6001 ? quoted : row === 100 ? `質問: ${quoted}。至急` : row % 7 === 0 ? `${greeting}注文番号 ${row % 50} の変更方法を教えてください。` : row % 5 === 0 ? `Where is invoice ${row % 40}? Please send it again to me today.` : `請求書 ${row} について`;
const answer = (row: number): string => (row % 3 === 0 ? "マイページの「注文履歴」から変更できます。" : `Sent again, ${row % 11} times already.`);

/** 6,000 spilled rows, two document chunks (messages in memory), one row whose messages were replaced; 40 held out. */
function examplesIn(spill: Spill): { training: Example[]; heldOut: Example[] } {
  const rows = Array.from({ length: 6_040 }, (_, row) => new SpilledInquiry("log.csv", "log.csv", row + 2, system, spill, question(row), answer(row)));
  const document = (part: number): Example => ({
    id: `manual.md#${part}`,
    source: { kind: "document", file: "manual.md", headings: ["注文"], part, parts: 2 },
    messages: [...system, { role: "user", content: `${greeting}注文番号 3 の変更方法を教えてください。` }, { role: "assistant", content: "マニュアル本文" }],
  });
  rows[17]!.messages = [...system, { role: "user", content: question(17) }, { role: "assistant", content: "cut" }];
  return { training: [...rows.slice(0, 3_000), document(1), ...rows.slice(3_000, 6_000), document(2)], heldOut: rows.slice(6_000) };
}

describe("training scan (token counts and held-out matches in a thread of their own)", () => {
  it("gives each example the token count and the held-out match this thread gives", async () => {
    const spill = TextSpill.open();
    try {
      const { training, heldOut } = examplesIn(spill);
      const scan = TrainingScan.start(training, spill, { system, target: "llama3", heldOut })!;
      expect(scan).toBeDefined();
      try {
        const scanned = await scan.result();
        const tokenizer = await TARGETS.llama3.loadTokenizer();
        expect(training.map((example) => scanned.tokensOf(example))).toEqual(training.map((example) => tokenizer.countConversation(example.messages)));
        const here = examplesMatcher(heldOut);
        const there = scanned.heldOutMatcher(heldOut, () => false);
        expect([there.grams, there.checkedByNgrams]).toEqual([here.grams, here.checkedByNgrams]);
        const matchOf = (matcher: typeof here, example: Example) => {
          const match = matcher.match(example);
          return { grams: [...match.grams], short: match.short };
        };
        expect(training.map((example) => matchOf(there, example))).toEqual(training.map((example) => matchOf(here, example)));
        expect(training.filter((example) => [...here.match(example).grams].length > 0).length).toBeGreaterThan(800);
        const check = checkHeldOut(heldOut, training, there);
        expect(check).toEqual(checkHeldOut(heldOut, training));
        expect(check.removed).toContain("log.csv:102");
        expect(scanned.tokensOf(heldOut[0]!)).toBeUndefined();
      } finally {
        await scan.close();
      }
    } finally {
      spill.close();
    }
  });

  it("matches a changed example (truncated since the scan) here, from its messages now", async () => {
    const spill = TextSpill.open();
    try {
      const { training, heldOut } = examplesIn(spill);
      const scan = TrainingScan.start(training, spill, { system, target: "llama3", heldOut })!;
      try {
        const scanned = await scan.result();
        const changed = training[7]!;
        changed.messages = [...system, { role: "user", content: "短い" }, { role: "assistant", content: "はい" }];
        const matcher = scanned.heldOutMatcher(heldOut, (example) => example === changed);
        expect([...matcher.match(changed).grams]).toEqual([]);
        expect([...scanned.heldOutMatcher(heldOut, () => false).match(changed).grams].length).toBeGreaterThan(0);
      } finally {
        await scan.close();
      }
    } finally {
      spill.close();
    }
  });

  it("is not started for a few examples: the build's own thread reads them", () => {
    const spill = TextSpill.open();
    try {
      const { training } = examplesIn(spill);
      expect(TrainingScan.start(training.slice(0, 100), spill, { system, target: "llama3" })).toBeUndefined();
    } finally {
      spill.close();
    }
  });
});
