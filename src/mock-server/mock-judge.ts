import type { MockRequest } from "./types.js";

/** The mock server's judge: `model: mock-judge` grades what kurabe's judge scorers ask; every other model echoes. */
export const MOCK_JUDGE_MODEL = "mock-judge";

/** A claim counts as supported when this share of its character pairs is found in the passages. */
const SUPPORTED_AT = 0.8;

/**
 * A deterministic stand-in judge for trying the judge scorers without keys. It reads the sections of the judge prompt
 * (`[Passages]`, `[Answer to check]` for faithfulness; `[Reference answer]`, `[Answer to grade]` for a rubric) and
 * answers the JSON verdict they ask for by comparing characters, not meaning: a claim is supported when most of its
 * character pairs are in the passages; a rubric grade is the share of the reference's character pairs the answer
 * holds, on the prompt's scale. It proves the judge path (request, verdict, evidence, cost), never judgement. A
 * prompt with neither pair of sections is echoed, which a judge scorer then reports as an unreadable verdict.
 */
export function mockJudgeReply(request: MockRequest): string {
  const sections = promptSections(request.prompt);
  const passages = sections.get("Passages");
  const checked = sections.get("Answer to check");
  if (passages !== undefined && checked !== undefined) return JSON.stringify({ claims: judgeClaims(checked, passages) });
  const graded = sections.get("Answer to grade");
  if (graded !== undefined) return JSON.stringify(gradeAnswer(graded, sections.get("Reference answer"), request.prompt));
  return request.prompt;
}

/** `[Heading]` lines and the text under each, up to the next heading. */
function promptSections(prompt: string): Map<string, string> {
  const sections = new Map<string, string>();
  const headings = [...prompt.matchAll(/^\[([A-Z][A-Za-z ]+)\]$/gm)];
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.index ?? prompt.length;
    sections.set(heading[1]!, prompt.slice(heading.index + heading[0].length, end).trim());
  });
  return sections;
}

/** The answer's sentences, citations left out; each supported or not by the passages' wording. */
function judgeClaims(answer: string, passages: string): Array<{ claim: string; supported: boolean }> {
  const source = bigrams(passages);
  return answer
    .replace(/\[[^\]\n]*\]/g, "")
    .split(/[。！？!?\n]+|(?<=\.)\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => bigrams(sentence).size >= 2)
    .map((claim) => ({ claim: claim.slice(0, 80), supported: shareFound(bigrams(claim), source) >= SUPPORTED_AT }));
}

/** The share of the reference's character pairs in the answer, as a grade from 1 to the prompt's scale. */
function gradeAnswer(answer: string, reference: string | undefined, prompt: string): { score: number; reason: string } {
  const scale = Number(/from 1 \([^)]*\) to (\d+)/.exec(prompt)?.[1] ?? 10);
  if (reference === undefined) return { score: 1, reason: "mock judge: no reference answer to compare with" };
  const share = shareFound(bigrams(reference), bigrams(answer));
  return {
    score: 1 + Math.round((scale - 1) * share),
    reason: `mock judge: ${Math.round(share * 100)} % of the reference's character pairs are in the answer`,
  };
}

/** Distinct pairs of adjacent characters, NFKC, lower case, without white space. */
function bigrams(text: string): Set<string> {
  const chars = Array.from(text.normalize("NFKC").toLowerCase().replace(/\s+/g, ""));
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  return pairs;
}

function shareFound(wanted: ReadonlySet<string>, within: ReadonlySet<string>): number {
  if (wanted.size === 0) return 0;
  let found = 0;
  for (const pair of wanted) if (within.has(pair)) found++;
  return found / wanted.size;
}
