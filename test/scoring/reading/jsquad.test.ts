import { describe, expect, it } from "vitest";
import { jsquadScorer } from "../../../src/scoring/reading/jsquad.js";
import {
  jsquadCharF1,
  jsquadExactMatch,
  jsquadGolds,
  normalizeJsquadAnswer,
} from "../../../src/scoring/reading/jsquad-metric.js";
import { readFixture } from "../datasets/read-fixture.js";
import { makeItem } from "../make-item.js";
import { detailText } from "../../support/detail-text.js";

interface JsquadRecord {
  id: string;
  question: string;
  answers: Array<{ text: string; answer_start: number }>;
}

const records = readFixture<JsquadRecord>("jglue_jsquad");
const golds = (record: JsquadRecord) => record.answers.map((answer) => answer.text);
const byId = (id: string) => {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`no fixture record ${id}`);
  return record;
};
const itemOf = (record: JsquadRecord) => makeItem({ id: record.id, input: record.question, expected: golds(record) });

const jsquad = jsquadScorer.create(jsquadScorer.options.parse({}));
const raw = jsquadScorer.create(jsquadScorer.options.parse({ cleanAnswer: false }));

// The patched transformers squad_metrics.py that JGLUE uses (see src/scoring/reading/jsquad-metric.ts).
describe("JGLUE JSQuAD metric", () => {
  it.each([
    ["132議席。", "132議席"], // a trailing 。 goes
    ["132議席。。", "132議席"],
    ["132。議席", "132。議席"], // an inner one stays
    ["132議席。 ", "132議席。"], // rstrip("。") runs before the whitespace fix
    ["「ＩＳＯ／ＴＳ」", "「ｉｓｏ／ｔｓ」"], // brackets stay, no NFKC, lower-casing applies to full-width letters
    [" ISO/TS　16949 ", "iso/ts 16949"], // U+3000 is whitespace to Python's split()
  ])("normalizes %j to %j", (text, normalized) => {
    expect(normalizeJsquadAnswer(text)).toBe(normalized);
  });

  it.each([
    // [gold, prediction, F1]: characters, P = common/|pred|, R = common/|gold|, F1 = 2PR/(P+R)
    ["2020年1月1日", "2020年", 10 / 14], // 5 common: P 1, R 5/9
    ["132議席", "132議席です", 10 / 12], // 5 common: P 5/7, R 1
    ["132議席", "「132議席」", 10 / 12], // brackets count as characters
    ["冷凍する", "冷凍", 2 / 3], // P 1, R 2/4
    ["天体暦", "天体暦の情報", 2 / 3], // P 3/6, R 1
    ["ISO 16949", "ISO16949", 16 / 17], // the space is a character: P 8/8, R 8/9
    ["小林良雄", "サウジアラビア", 0],
    ["小林良雄", "", 0],
    ["", "", 1], // transformers: an empty side scores 1 only when both are
  ])("gold %j, prediction %j → char F1 %d", (gold, prediction, f1) => {
    expect(jsquadCharF1(gold, prediction)).toBeCloseTo(f1, 12);
  });

  it("counts repeated characters once per occurrence in the gold (Counter intersection)", () => {
    // gold ボギン・ドー has one ー; prediction ーーー shares one character: P 1/3, R 1/6 → 2/9
    expect(jsquadCharF1("ボギン・ドー", "ーーー")).toBeCloseTo(2 / 9, 12);
  });

  it("drops gold answers that normalize to nothing, as get_raw_scores does", () => {
    expect(jsquadGolds(["。", "木製"])).toEqual(["木製"]);
    expect(jsquadGolds(["。"])).toEqual([""]);
    expect(jsquadExactMatch("木製", "木製。")).toBe(true);
  });
});

describe("jsquad scorer on JSQuAD dev items (test/fixtures/datasets/jglue_jsquad)", () => {
  /** Chat phrasings of a span; each must clean back to the span exactly. */
  const phrasings = (span: string): string[] => [
    span,
    `「${span}」です`,
    `答えは${span}です。`,
    `答えは「${span}」です。`,
    `**${span}**`,
    `回答：『${span}』`,
    `${span}。`,
    `The answer is ${span}.`,
  ];

  it.each(records.map((record) => [record.id, record] as const))(
    "%s: every gold span, bare or in a chat phrasing, scores EM 1 and F1 1",
    (_id, record) => {
      for (const gold of golds(record)) {
        for (const text of phrasings(gold)) {
          const score = jsquad(itemOf(record), { text });
          expect(score, text).toMatchObject({ value: 1, passed: true, extracted: gold });
          expect(detailText(score.detail), text).toMatch(/^EM 1, F1 1\.000/);
        }
      }
    },
  );

  it.each([
    // [id, answer, char F1, why]
    ["a1698820p5q4", "2020年", 10 / 14, "5 of 2020年1月1日's 9 characters"],
    ["a201552p12q0", "ファイブ・コアツール", 20 / 27, "10 of ファイブ・コアツールなどの関連文書's 17"],
    ["a324266p5q0", "天体暦の情報", 12 / 17, "6 of 事前推算の天体暦の情報's 11, precision 1"],
    ["a916079p19q0", "冷凍", 2 / 3, "2 of 冷凍する's 4"],
    ["a29627p27q4", "木製の", 0.8, "木製 (2) inside 木製の (3): P 2/3, R 1"],
    ["a111367p16q4", "ミラー", 0.5, "3 of スタンリー・ミラー's 9: P 1, R 1/3"],
  ])("%s: the partial span %j scores the exact char F1 (%d: %s)", (id, text, f1) => {
    const score = jsquad(itemOf(byId(id)), { text });
    expect(score.passed).toBe(false);
    expect(score.value).toBeCloseTo(f1, 12);
  });

  it("a partial span in a chat phrasing scores the same as the bare span", () => {
    const score = jsquad(itemOf(byId("a1698820p5q4")), { text: "答えは「2020年」です。" });
    expect(score.value).toBeCloseTo(10 / 14, 12);
    expect(score.extracted).toBe("2020年");
  });

  it.each([
    ["a14985p157q2", "サウジアラビア"],
    ["a1540503p34q1", "小林良雄"],
    ["a18783p2q0", "解放区"],
    ["a1698820p68q0", "答えは「微分係数」です。"],
    ["a203796p2q1", "ビーレフェルト"],
  ])("%s: another question's answer %j scores 0", (id, text) => {
    expect(jsquad(itemOf(byId(id)), { text })).toMatchObject({ value: 0, passed: false });
  });

  it("reports the raw comparison when cleaning changed the score", () => {
    const score = jsquad(itemOf(byId("a1468p18q0")), { text: "答えは132議席です。" });
    expect(score).toMatchObject({ value: 1, passed: true, extracted: "132議席" });
    // raw: 答えは132議席です (10 characters) shares 132議席 (5) with the gold: P 1/2, R 1 → 2/3
    expect(detailText(score.detail)).toBe("EM 1, F1 1.000; cleaned span (raw answer: EM 0, F1 0.667)");
  });

  it("with cleanAnswer off, scores the raw reply as JGLUE's script would", () => {
    const score = raw(itemOf(byId("a1468p18q0")), { text: "132議席です" });
    expect(score.passed).toBe(false);
    expect(score.value).toBeCloseTo(10 / 12, 12);
  });

  it("takes the gold answers in the upstream shape too", () => {
    const record = byId("a29627p27q4");
    const item = makeItem({ expected: record.answers });
    expect(jsquad(item, { text: "木製の活字" })).toMatchObject({ value: 1, passed: true });
  });
});

describe("jsquad scorer on hold-out golds that keep what a chat wrapper looks like (holdout-cases.jsonl)", () => {
  const holdout = readFixture<JsquadRecord>("jglue_jsquad", "holdout-cases.jsonl");
  const kept = /^[「『]|[」』]|[!.]$|である$/u;

  it.each(holdout.map((record) => [record.id, record] as const))(
    "%s: 答えは「gold」です。 scores EM 1 for every gold with 「」, a final ! or . , or である",
    (_id, record) => {
      const wrapped = [...new Set(golds(record))].filter((gold) => kept.test(gold));
      expect(wrapped.length).toBeGreaterThan(0);
      for (const gold of wrapped) {
        const score = jsquad(itemOf(record), { text: `答えは「${gold}」です。` });
        expect(score, gold).toMatchObject({ value: 1, passed: true, extracted: gold });
      }
    },
  );

  it("still prefers the fully cleaned span when it matches as well (a10336p6q3: 「ながし」 and ながし)", () => {
    const score = jsquad(itemOf(holdout.find((r) => r.id === "a10336p6q3")!), { text: "答えは「ながし」です。" });
    expect(score).toMatchObject({ passed: true, extracted: "ながし" });
  });

  it("never takes a span the reply did not write: a different 「」 answer stays wrong", () => {
    const record = holdout.find((r) => r.id === "a1468p21q1")!; // golds 「郡」の他に「街」 and 郡
    expect(jsquad(itemOf(record), { text: "答えは「街」です。" })).toMatchObject({ passed: false });
  });
});
