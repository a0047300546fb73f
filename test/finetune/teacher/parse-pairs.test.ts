import { describe, expect, it } from "vitest";
import { parsePairs } from "../../../src/finetune/teacher/parse-pairs.js";

describe("parsePairs", () => {
  it("reads pairs from JSON, a fenced block or a bare array, keeping at most the number asked for", () => {
    const json = JSON.stringify({ pairs: [{ question: "q1", answer: "a1" }, { question: "q2", answer: "a2" }, { question: "q3", answer: "a3" }] });
    expect(parsePairs(json, 2)).toEqual({ ok: true, pairs: [{ question: "q1", answer: "a1" }, { question: "q2", answer: "a2" }], skipped: 1 });
    expect(parsePairs("Here:\n```json\n" + json + "\n```", 5)).toMatchObject({ ok: true, skipped: 0 });
    expect(parsePairs(JSON.stringify([{ question: " q ", answer: " a " }]), 2)).toEqual({ ok: true, pairs: [{ question: "q", answer: "a" }], skipped: 0 });
  });

  it("skips incomplete pairs and calls output with none unreadable", () => {
    expect(parsePairs(JSON.stringify({ pairs: [{ question: "q" }, { question: "q2", answer: "a2" }] }), 2)).toMatchObject({ ok: true, skipped: 1 });
    expect(parsePairs("no json here", 2)).toMatchObject({ ok: false, reason: expect.stringContaining("not JSON") });
    expect(parsePairs(JSON.stringify({ answers: [] }), 2)).toMatchObject({ ok: false, reason: expect.stringContaining('no "pairs"') });
    expect(parsePairs(JSON.stringify({ pairs: [{ question: "", answer: "a" }] }), 2)).toMatchObject({ ok: false });
  });
});
