import { describe, expect, it } from "vitest";
import { Bm25Postings } from "../../src/rag/bm25-postings.js";
import { buildBm25Index, chunkTerms, miniSearchOf } from "../../src/rag/bm25-retriever.js";
import { searchTokens } from "../../src/rag/search-tokens.js";
import type { Chunk } from "../../src/rag/types.js";
import { seededRandom } from "../../src/seeded-random.js";

/**
 * The postings view ranks as MiniSearch.search does over the same stored index: the same documents, the same
 * scores to the last bit, ties in the same order. Passages are made from a few help-desk sentences, so many share
 * terms, lengths and scores (ties), as a company's templated pages do.
 */
const SENTENCES = [
  "返品は購入日から30日以内に受け付けます。",
  "有給休暇の申請は勤怠システムから行ってください。",
  "経費精算には領収書が必要です。",
  "パスワードを忘れた場合は再設定してください。",
  "通常配送は3〜5営業日でお届けします。",
  "Refunds are processed within 14 days.",
  "返品の際はレシートをお持ちください。",
  "申請の締め日は毎月25日です。",
];

function passages(count: number): Chunk[] {
  const random = seededRandom(5);
  return Array.from({ length: count }, (_, n) => {
    const sentences = Array.from({ length: 1 + Math.floor(random() * 4) }, () => SENTENCES[Math.floor(random() * SENTENCES.length)]!);
    return { id: `doc${n}.md#1`, file: `doc${n}.md`, title: n % 3 === 0 ? "返品について" : "社内手続き", headings: [], text: sentences.join("") };
  });
}

const QUERIES = [
  "返品はいつまでできますか",
  "申請 申請 返品", // a repeated term
  "有給休暇の申請方法と経費精算の締め日",
  "How long do refunds take?",
  "レシート",
  "量子コンピュータ", // no known term
  "パスワード 配送 領収書 返品 申請 refunds",
];

describe("BM25 postings, against MiniSearch.search over the same index", () => {
  const chunks = passages(400);
  const json = buildBm25Index(chunks);
  const postings = new Bm25Postings(json);
  const reference = miniSearchOf(json);

  it.each(QUERIES)("ranks %s exactly as MiniSearch does, scores and ties included", (query) => {
    const expected = reference.search(query).map((result) => [result.id as number, result.score]);
    expect(postings.search(searchTokens(query), chunks.length)).toEqual(expected);
    expect(postings.search(searchTokens(query), 5)).toEqual(expected.slice(0, 5));
  });

  it("finds many ties in this corpus, so their order is really compared", () => {
    const scores = reference.search("返品").map((result) => result.score);
    expect(new Set(scores).size).toBeLessThan(scores.length / 4);
  });

  it("gives the same answer to the same query again (its buffers are reset after each query)", () => {
    const first = postings.search(chunkTerms(chunks[0]!), 10);
    postings.search(searchTokens("経費精算"), 10);
    expect(postings.search(chunkTerms(chunks[0]!), 10)).toEqual(first);
  });
});
