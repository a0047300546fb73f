import type { MaskResult } from "./mask-pii.js";

/**
 * maskPii's results for a batch as a thread sends them: the masked texts, and every finding as three numbers (start,
 * end, its kind's place in `kinds`) in one typed array, text after text (`findingEnds`: where each text's end). Not an
 * object per text and per finding: structured cloning (and the reading thread's taking in) of a batch's thousands of
 * small objects, each with its keys written out, was a share of both threads' time.
 */
export interface PackedMasks {
  texts: string[];
  findings: Int32Array;
  findingEnds: Int32Array;
  kinds: string[];
}

export function packMasks(results: readonly MaskResult[]): PackedMasks {
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const findingEnds = new Int32Array(results.length);
  let count = 0;
  results.forEach((result, index) => (findingEnds[index] = count += 3 * result.findings.length));
  const findings = new Int32Array(count);
  let at = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      let kind = kindIndex.get(finding.type);
      if (kind === undefined) kindIndex.set(finding.type, (kind = kinds.push(finding.type) - 1));
      findings[at++] = finding.start;
      findings[at++] = finding.end;
      findings[at++] = kind;
    }
  }
  return { texts: results.map((result) => result.text), findings, findingEnds, kinds };
}

export function unpackMasks({ texts, findings, findingEnds, kinds }: PackedMasks): MaskResult[] {
  let at = 0;
  return texts.map((text, index) => {
    const found: MaskResult["findings"] = [];
    for (; at < findingEnds[index]!; at += 3) found.push({ start: findings[at]!, end: findings[at + 1]!, type: kinds[findings[at + 2]!]! });
    return { text, findings: found };
  });
}
