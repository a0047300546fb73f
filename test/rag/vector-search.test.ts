import { describe, expect, it } from "vitest";
import { nearestRows, normalize, toMatrix, topK } from "../../src/rag/vector-search.js";

describe("brute-force cosine search", () => {
  const matrix = toMatrix([
    [1, 0, 0],
    [0, 2, 0],
    [1, 1, 0],
    [-1, 0, 0],
  ]);

  it("stores unit vectors, so a dot product is the cosine", () => {
    expect(Array.from(normalize([3, 4]))).toEqual([0.6000000238418579, 0.800000011920929]);
    expect(Array.from(matrix.data.subarray(3, 6))).toEqual([0, 1, 0]);
  });

  it("returns the k most similar rows, best first, with their cosine", () => {
    const best = nearestRows(matrix, [2, 0.1, 0], 3);
    expect(best.map(([row]) => row)).toEqual([0, 2, 1]);
    expect(best[0]![1]).toBeCloseTo(2 / Math.hypot(2, 0.1), 6);
    expect(best[1]![1]).toBeCloseTo(2.1 / (Math.SQRT2 * Math.hypot(2, 0.1)), 6);
  });

  it("matches a full sort on random data", () => {
    let state = 7;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    const rows = Array.from({ length: 500 }, () => Array.from({ length: 16 }, random));
    const query = Array.from({ length: 16 }, random);
    const big = toMatrix(rows);
    const cos = (row: number[]) => row.reduce((sum, x, i) => sum + x * query[i]!, 0) / (Math.hypot(...row) * Math.hypot(...query));
    const expected = rows.map((row, index) => [index, cos(row)] as const).sort((a, b) => b[1] - a[1]).slice(0, 10);
    expect(nearestRows(big, query, 10).map(([row]) => row)).toEqual(expected.map(([row]) => row));
  });

  it("refuses a query of another width", () => {
    expect(() => nearestRows(matrix, [1, 0], 1)).toThrow(/2 dimensions/);
  });
});

describe("the int8 scan with float rescoring", () => {
  let state = 11;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const exactTop = (rows: number[][], query: number[], k: number) => {
    const unit = normalize(query);
    return rows
      .map((row, index) => {
        const v = normalize(row);
        return [index, v.reduce((sum, x, i) => sum + x * unit[i]!, 0)] as const;
      })
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([row]) => row);
  };

  it("finds the exact top k among near-duplicates, where int8 rounding alone would reorder them", () => {
    // 2,000 rows that all sit close to one direction (as real embeddings of one company's documents do): their
    // similarities differ in the third decimal, below what int8 copies can tell apart.
    const centre = Array.from({ length: 384 }, random);
    const rows = Array.from({ length: 2000 }, () => centre.map((x) => x + 0.02 * random()));
    const matrix = toMatrix(rows);
    let reorderedByInt8 = 0;
    for (let n = 0; n < 5; n++) {
      const query = centre.map((x) => x + 0.05 * random());
      const expected = exactTop(rows, query, 10);
      expect(nearestRows(matrix, query, 10).map(([row]) => row)).toEqual(expected);
      const int8Order = topK(matrix.scan.approx, 10).map(([row]) => row);
      if (int8Order.join() !== expected.join()) reorderedByInt8++;
    }
    expect(reorderedByInt8).toBeGreaterThan(0);
  });

  it("handles widths that are not a multiple of 16, and k above the row count", () => {
    const rows = Array.from({ length: 7 }, () => Array.from({ length: 21 }, random));
    const query = Array.from({ length: 21 }, random);
    expect(nearestRows(toMatrix(rows), query, 20).map(([row]) => row)).toEqual(exactTop(rows, query, 7));
  });

  it("ranks a zero vector last and a zero query matches nothing better than anything else", () => {
    const zeroRow = toMatrix([[0, 0, 0], [1, 0, 0]]);
    expect(nearestRows(zeroRow, [1, 0, 0], 2)).toEqual([[1, 1], [0, 0]]);
    expect(nearestRows(zeroRow, [0, 0, 0], 2).map(([, score]) => score)).toEqual([0, 0]);
  });
});
