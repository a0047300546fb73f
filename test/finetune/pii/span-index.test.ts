import { describe, expect, it } from "vitest";
import type { Span } from "../../../src/finetune/pii/detector.js";
import { SpanIndex } from "../../../src/finetune/pii/span-index.js";
import { seededRandom } from "../../../src/seeded-random.js";

/** What every caller asked before the index: whether the span shares a character with any of the spans. */
const sharesACharacter = (spans: readonly Span[], span: Span): boolean => spans.some((other) => span.start < other.end && other.start < span.end);

const span = (start: number, end: number): Span => ({ start, end });

/** A few spans (read one by one) and many (in runs): both ways must answer alike. */
const sizes = [3, 40, 300];

function indexOf(spans: readonly Span[], how: "built" | "added"): SpanIndex {
  if (how === "built") return new SpanIndex(spans);
  const index = new SpanIndex();
  for (const one of spans) index.add(one);
  return index;
}

/** Spans spaced out by 10 characters, [10k, 10k + 4), padded with spans far away so the index holds `size` spans. */
function spaced(size: number): Span[] {
  return Array.from({ length: size }, (_, k) => span(10 * k, 10 * k + 4));
}

describe("SpanIndex", () => {
  describe.each(sizes)("%i spans", (size) => {
    describe.each(["built", "added"] as const)("%s", (how) => {
      const spans = spaced(size);
      const index = indexOf(spans, how);
      const k = Math.floor(size / 2);

      it("counts spans that touch without sharing a character as apart, at either edge", () => {
        expect(index.overlaps(span(10 * k + 4, 10 * k + 10))).toBe(false);
        expect(index.overlaps(span(10 * k - 6, 10 * k))).toBe(false);
        expect(index.overlaps(span(10 * k + 4, 10 * k + 11))).toBe(true);
        expect(index.overlaps(span(10 * k - 6, 10 * k + 1))).toBe(true);
      });

      it("finds a span inside one, and one inside the span", () => {
        expect(index.overlaps(span(10 * k + 1, 10 * k + 3))).toBe(true);
        expect(index.overlaps(span(10 * k - 3, 10 * k + 7))).toBe(true);
        expect(index.overlapping(span(10 * k - 3, 10 * k + 17))).toHaveLength(2);
      });

      it("counts an empty span as overlapping only one that holds it strictly inside", () => {
        expect(index.overlaps(span(10 * k + 2, 10 * k + 2))).toBe(true);
        expect(index.overlaps(span(10 * k, 10 * k))).toBe(false);
        expect(index.overlaps(span(10 * k + 4, 10 * k + 4))).toBe(false);
      });

      it("answers as reading every span did, on spans that overlap and nest", () => {
        const random = seededRandom(size * 7 + (how === "built" ? 1 : 2));
        const messy = Array.from({ length: size }, () => {
          const start = Math.floor(random() * 2000);
          return span(start, start + Math.floor(random() ** 3 * 400));
        });
        const messyIndex = indexOf(messy, how);
        for (let query = 0; query < 2000; query++) {
          const start = Math.floor(random() * 2400) - 200;
          const probe = span(start, start + Math.floor(random() * 30));
          expect(messyIndex.overlaps(probe)).toBe(sharesACharacter(messy, probe));
          expect(new Set(messyIndex.overlapping(probe))).toEqual(new Set(messy.filter((other) => sharesACharacter([other], probe))));
        }
      });
    });

    it("lists its spans in the order they were added", () => {
      const spans = spaced(size).reverse();
      expect(indexOf(spans, "added").list).toEqual(spans);
    });

    it("answers for a span grown in place by its new extent, and lists it once", () => {
      const spans = spaced(size);
      const index = new SpanIndex(spans);
      const k = Math.floor(size / 2);
      const grown = spans[k]!;
      expect(index.overlaps(span(10 * k - 3, 10 * k))).toBe(false);
      index.grow(grown, span(10 * k - 3, 10 * k + 6));
      expect(grown).toEqual(span(10 * k - 3, 10 * k + 6));
      expect(index.overlaps(span(10 * k - 3, 10 * k))).toBe(true);
      expect(index.overlaps(span(10 * k + 5, 10 * k + 6))).toBe(true);
      expect(index.overlaps(span(10 * k + 6, 10 * k + 10))).toBe(false);
      expect(index.overlapping(span(10 * k - 3, 10 * k + 6))).toEqual([grown]);
    });
  });

  it("refuses to shrink a span", () => {
    const one = span(5, 9);
    expect(() => new SpanIndex([one]).grow(one, span(6, 9))).toThrow(RangeError);
  });
});
