import { describe, expect, it } from "vitest";
import { findDuplicates } from "../../../src/finetune/dedupe/find-duplicates.js";
import { chooseBands } from "../../../src/finetune/dedupe/minhash.js";
import { jaccard, shingleHashes } from "../../../src/finetune/dedupe/shingles.js";

const base =
  "お問い合わせいただきありがとうございます。ご注文の商品は本日発送いたしました。お届けまで二日ほどかかりますので、到着まで今しばらくお待ちください。";

describe("shingles", () => {
  it("ignores case, width and whitespace", () => {
    expect(shingleHashes("Ｈｅｌｌｏ  World")).toEqual(shingleHashes("helloworld"));
  });

  it("gives identical texts similarity 1 and unrelated ones about 0", () => {
    expect(jaccard(shingleHashes(base), shingleHashes(base))).toBe(1);
    expect(jaccard(shingleHashes(base), shingleHashes("The quick brown fox jumps over the lazy dog."))).toBe(0);
  });

  it("treats a text shorter than a shingle as one shingle", () => {
    expect(shingleHashes("はい").length).toBe(1);
  });

  it("counts a character outside the BMP (a surrogate pair) as one character", () => {
    expect(shingleHashes("𠮷野家の𠮷").length).toBe(1);
    expect(shingleHashes("𠮷野家の𠮷野").length).toBe(2);
  });
});

describe("findDuplicates", () => {
  const options = { threshold: 0.8, seed: 1 };

  it("keeps the first of identical texts, ignoring surrounding and repeated whitespace", () => {
    const verdicts = findDuplicates(["a  b c", "x", " a b  c "], options);
    expect([...verdicts]).toEqual([[2, { kind: "exact", of: 0 }]]);
  });

  it("takes every kind of whitespace as \\s does, and nothing else", () => {
    const spaced = ["\u3000a\tb\u00a0\u2028c\ufeff", "\n a b c\u205f\u202f", "\u1680a\u2009b\u000bc"];
    const verdicts = findDuplicates(["a b c", ...spaced, "a\u200bb c", "a_b c"], options);
    expect([...verdicts]).toEqual(spaced.map((_, index) => [index + 1, { kind: "exact", of: 0 }]));
  });

  it("finds a Japanese near-duplicate (one word changed) and names the kept text and the similarity", () => {
    const edited = base.replace("二日", "三日");
    const verdicts = findDuplicates([base, "全く関係のない別の文章です。今日は良い天気ですね。", edited], options);
    const verdict = verdicts.get(2);
    expect(verdict).toMatchObject({ kind: "near", of: 0 });
    expect(verdict?.kind === "near" && verdict.similarity).toBeGreaterThanOrEqual(0.8);
    expect(verdicts.has(1)).toBe(false);
  });

  it("leaves texts below the threshold alone", () => {
    const half = base.slice(0, base.length / 2) + "以上、よろしくお願いいたします。";
    expect(findDuplicates([base, half], { threshold: 0.9, seed: 1 }).size).toBe(0);
  });

  it("is deterministic for a seed, and finds the same duplicates with another seed", () => {
    const texts = Array.from({ length: 50 }, (_, index) => `${base} 注文番号 ${index % 10}`);
    const first = findDuplicates(texts, { threshold: 0.7, seed: 3 });
    expect(findDuplicates(texts, { threshold: 0.7, seed: 3 })).toEqual(first);
    expect([...findDuplicates(texts, { threshold: 0.7, seed: 99 }).keys()]).toEqual([...first.keys()]);
  });

  it("compares a text only with kept texts: a chain a≈b≈c keeps a, drops b, and drops c only if c is close to a", () => {
    const a = "abcdefghijklmnopqrstuvwxyz0123456789";
    const b = a.replace("mnop", "MNOQ") + "!";
    const verdicts = findDuplicates([a, b, b + "?"], { threshold: 0.5, seed: 1 });
    expect(verdicts.get(1)).toMatchObject({ kind: "near", of: 0 });
    expect(verdicts.get(2)).toMatchObject({ of: 0 });
  });
});

describe("chooseBands", () => {
  it.each([0.5, 0.7, 0.8, 0.9])("puts the LSH S-curve midpoint a margin below a threshold of %f", (threshold) => {
    const { bands, rows } = chooseBands(128, threshold);
    expect(bands * rows).toBeLessThanOrEqual(128);
    const midpoint = (1 / bands) ** (1 / rows);
    expect(midpoint).toBeLessThanOrEqual(threshold - 0.1);
    expect(midpoint).toBeGreaterThan(threshold - 0.3);
  });
});
