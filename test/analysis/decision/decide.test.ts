import { describe, expect, it } from "vitest";
import { decide, type DecisionCandidate, type DecisionGap } from "../../../src/analysis/decision/decide.js";

const model = (modelId: string, score: number, costPerAnswerUsd: number | null, latencyP50Ms: number | null): DecisionCandidate => ({
  modelId,
  score,
  costPerAnswerUsd,
  latencyP50Ms,
});

/** A gap x − y with its interval; `more` items still needed for the 5-point margin. */
const gap = (estimate: number, low: number, high: number, more = 0, n = 500): DecisionGap => ({
  n,
  difference: { estimate, low, high, level: 0.95 },
  pValue: low > 0 || high < 0 ? 0.01 : 0.4,
  significant: low > 0 || high < 0,
  moreItemsForMargin: more,
  margin: 0.05,
});

const big = model("gpt-4o", 0.86, 0.004, 900);
const mini = model("gpt-4o-mini", 0.84, 0.00025, 400);
const old = model("old", 0.8, 0.01, 1500);

interface Case {
  name: string;
  candidates: DecisionCandidate[];
  gaps: Record<string, DecisionGap>;
  choice: string;
  leader: string;
  statuses: Record<string, string>;
  dominated?: string[];
  /** The other models with the leader's score and what put the leader first. */
  tie?: { tied: string[]; tieBreak: string };
}

const cases: Case[] = [
  { name: "one model: it is the choice", candidates: [big], gaps: {}, choice: "gpt-4o", leader: "gpt-4o", statuses: {} },
  {
    name: "cheaper, not significant, items enough for 5 points: the cheaper model",
    candidates: [big, mini],
    gaps: { "gpt-4o-mini|gpt-4o": gap(-0.02, -0.04, 0.005) },
    choice: "gpt-4o-mini",
    leader: "gpt-4o",
    statuses: { "gpt-4o-mini": "close-enough" },
  },
  {
    name: "cheaper, not significant, too few items (12 items, −20 points): the leader, and how many more items",
    candidates: [big, model("gpt-4o-mini", 0.66, 0.00025, 400)],
    gaps: { "gpt-4o-mini|gpt-4o": gap(-0.204, -0.45, 0.02, 600, 12) },
    choice: "gpt-4o",
    leader: "gpt-4o",
    statuses: { "gpt-4o-mini": "not-enough-items" },
  },
  {
    name: "cheaper but significantly worse: never recommended",
    candidates: [big, mini],
    gaps: { "gpt-4o-mini|gpt-4o": gap(-0.1, -0.14, -0.06) },
    choice: "gpt-4o",
    leader: "gpt-4o",
    statuses: { "gpt-4o-mini": "significantly-worse" },
  },
  {
    name: "cheaper but never compared on the same items: the leader",
    candidates: [big, mini],
    gaps: {},
    choice: "gpt-4o",
    leader: "gpt-4o",
    statuses: { "gpt-4o-mini": "not-compared" },
  },
  {
    name: "two cheaper models close enough: the cheapest",
    candidates: [big, model("mid", 0.85, 0.001, 600), mini],
    gaps: { "mid|gpt-4o": gap(-0.01, -0.03, 0.01), "gpt-4o-mini|gpt-4o": gap(-0.02, -0.04, 0.005) },
    choice: "gpt-4o-mini",
    leader: "gpt-4o",
    statuses: { "gpt-4o-mini": "close-enough", mid: "close-enough" },
  },
  {
    name: "a model worse, dearer and slower is dominated, not an alternative",
    candidates: [big, old],
    gaps: { "old|gpt-4o": gap(-0.06, -0.09, -0.03) },
    choice: "gpt-4o",
    leader: "gpt-4o",
    statuses: {},
    dominated: ["old"],
  },
  {
    name: "same cost but faster, close enough: the faster model",
    candidates: [big, model("fast", 0.855, 0.004, 300)],
    gaps: { "fast|gpt-4o": gap(-0.005, -0.02, 0.01) },
    choice: "fast",
    leader: "gpt-4o",
    statuses: { fast: "close-enough" },
  },
  {
    name: "an unpriced model cannot win on cost: worse, unpriced and slower is dominated",
    candidates: [big, model("unpriced", 0.7, null, 1000)],
    gaps: {},
    choice: "gpt-4o",
    leader: "gpt-4o",
    statuses: {},
    dominated: ["unpriced"],
  },
  {
    name: "a cheaper model that scores higher leads",
    candidates: [model("gpt-4o", 0.8, 0.004, 900), model("gpt-4o-mini", 0.82, 0.00025, 400)],
    gaps: {},
    choice: "gpt-4o-mini",
    leader: "gpt-4o-mini",
    statuses: {},
    dominated: ["gpt-4o"],
  },
  {
    name: "two models tie at the top at the same cost and p50: both named, the first by name leads",
    candidates: [model("tuned-rag", 1, 0.0006, 101), model("plain-rag", 1, 0.0006, 101), model("plain", 0, 0.0006, 101)],
    gaps: {},
    choice: "plain-rag",
    leader: "plain-rag",
    statuses: {},
    dominated: ["plain"],
    tie: { tied: ["tuned-rag"], tieBreak: "id" },
  },
  {
    name: "a tie at the top: the cheaper leads, the dearer one is dominated and still named as tied",
    candidates: [model("dear", 1, 0.002, 100), model("cheap", 1, 0.001, 100)],
    gaps: {},
    choice: "cheap",
    leader: "cheap",
    statuses: {},
    dominated: ["dear"],
    tie: { tied: ["dear"], tieBreak: "cost" },
  },
  {
    name: "a tie at the top at the same cost: the faster leads",
    candidates: [model("slow", 0.9, 0.001, 900), model("fast", 0.9, 0.001, 300)],
    gaps: {},
    choice: "fast",
    leader: "fast",
    statuses: {},
    dominated: ["slow"],
    tie: { tied: ["slow"], tieBreak: "latency" },
  },
  {
    name: "a mean that differs only by floating-point noise is a tie, not a lead",
    candidates: [model("a", 0.1 + 0.2, 0.002, 100), model("b", 0.3, 0.001, 100)],
    gaps: {},
    choice: "b",
    leader: "b",
    statuses: {},
    dominated: ["a"],
    tie: { tied: ["a"], tieBreak: "cost" },
  },
];

describe("how kurabe decides (a table of cases)", () => {
  it.each(cases)("$name", ({ candidates, gaps, choice, leader, statuses, dominated, tie }) => {
    const decision = decide(candidates, (x, y) => gaps[`${x}|${y}`] ?? null)!;
    expect(decision.leader).toBe(leader);
    expect(decision.choice).toBe(choice);
    expect(Object.fromEntries(decision.alternatives.map((a) => [a.modelId, a.status]))).toEqual(statuses);
    expect(decision.dominated).toEqual(dominated ?? []);
    expect({ tied: decision.tied, tieBreak: decision.tieBreak }).toEqual(tie ?? { tied: [], tieBreak: null });
    // The rule never picks a model whose gap to the leader is significantly negative.
    const chosenGap = gaps[`${choice}|${leader}`];
    if (chosenGap) expect(chosenGap.significant && chosenGap.difference.estimate < 0).toBe(false);
  });

  it("has no decision without candidates", () => {
    expect(decide([], () => null)).toBeNull();
  });
});
