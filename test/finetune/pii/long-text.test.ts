import { describe, expect, it } from "vitest";
import { maskPii, type PiiFinding } from "../../../src/finetune/pii/mask-pii.js";
import { generatePiiCorpus } from "../support/pii-corpus.js";

/**
 * One long text (issue 13: a document of several MB masked whole) is masked as its parts are: the findings before a
 * candidate are many, and what asks whether it overlaps one of them (span-index.ts) must answer as for a short text.
 */
describe("masking one long text", () => {
  // The generator's inquiry rows, each a paragraph: no row holds a value another row's finding would add to (each
  // masked alone gives what it gives in the text), so the text's findings are the rows' findings, moved.
  const rows = generatePiiCorpus(13).inquiries.map((texts) => texts.map((text) => text.text).join("\n"));
  const copies = 4;
  const parts = Array.from({ length: copies }, () => rows).flat();
  const text = parts.join("\n\n");
  const masked = maskPii(text);

  it("finds in the whole text what it finds in each row, at the row's place", () => {
    const expected: PiiFinding[] = [];
    let offset = 0;
    for (const part of parts) {
      for (const finding of maskPii(part).findings) expected.push({ ...finding, start: offset + finding.start, end: offset + finding.end });
      offset += part.length + 2;
    }
    expect(expected.length).toBeGreaterThan(2_000);
    expect(masked.findings).toEqual(expected);
    expect(masked.text).toBe(parts.map((part) => maskPii(part).text).join("\n\n"));
  });

  it("gives findings in order that share no character", () => {
    masked.findings.slice(1).forEach((finding, index) => expect(finding.start).toBeGreaterThanOrEqual(masked.findings[index]!.end));
  });
});
