import { describe, expect, it } from "vitest";
import { nearestRows, normalize, toMatrix } from "../../src/rag/vector-search.js";

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
