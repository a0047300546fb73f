import { describe, expect, it } from "vitest";
import { PII_DETECTORS, type PiiDetector } from "../../../src/finetune/pii/detectors.js";
import { openGates } from "../../../src/finetune/pii/gate-cues.js";
import { findingsIn } from "../../../src/finetune/pii/mask-pii.js";
import { HELD_OUT_35_DIR, readBlindCorpus } from "../support/blind-pii-corpus/read-corpus.js";

/**
 * Texts of every layout the corpora hold (tables, logs, HTML, CSV and JSONL rows, English and Japanese): the main
 * corpus' files whole, and a held-out set's lines.
 */
function corpusTexts(): string[] {
  const linesOf = (text: string): string[] => text.split("\n").filter((line) => line.trim() !== "");
  const utf8 = (dir?: string): string[] => [...readBlindCorpus(dir).files].filter(([file]) => !file.includes(".sjis.")).map(([, content]) => content.toString("utf8"));
  return [...utf8(), ...utf8(HELD_OUT_35_DIR).flatMap(linesOf)];
}

describe("the masking pass skips a detector whose gate's cue a text lacks", () => {
  const texts = corpusTexts();

  it("and finds in every text what it finds when it asks every detector", () => {
    // The same detectors without their gates shown: each is asked, and its own gate decides, as before the skip.
    const asked: PiiDetector[] = PII_DETECTORS.map((detector) => ({ type: detector.type, find: (shadow, found) => detector.find(shadow, found) }));
    for (const text of texts) expect(findingsIn(text, PII_DETECTORS), text.slice(0, 80)).toEqual(findingsIn(text, asked));
  });

  it("skips most detectors on most lines", () => {
    const gates = PII_DETECTORS.map((detector) => detector.gate);
    expect(gates.filter((gate) => gate !== undefined).length).toBeGreaterThan(PII_DETECTORS.length / 2);
    const open = new Uint8Array(gates.length);
    const lines = texts.filter((text) => !text.includes("\n"));
    const opened = lines.map((line) => {
      openGates(line, gates, open);
      return open.reduce((sum, bit) => sum + bit, 0);
    });
    const median = opened.sort((a, b) => a - b)[Math.floor(opened.length / 2)]!;
    expect(median).toBeLessThan(PII_DETECTORS.length / 2);
  });
});
