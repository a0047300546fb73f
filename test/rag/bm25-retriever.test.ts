import { describe, expect, it } from "vitest";
import { bm25Retriever, buildBm25Index } from "../../src/rag/bm25-retriever.js";
import type { Chunk } from "../../src/rag/types.js";

const chunk = (file: string, title: string, text: string): Chunk => ({ id: `${file}#1`, file, title, headings: [], text });

/** A small company knowledge base; each question below was checked by hand against it. */
const chunks: Chunk[] = [
  chunk("returns.md", "返品について", "商品の返品は購入日から30日以内に受け付けます。返品の際はレシートをお持ちください。"),
  chunk("leave.md", "休暇制度", "有給休暇は入社6か月後に10日付与されます。申請は勤怠システムから行ってください。"),
  chunk("expenses.md", "経費精算", "経費精算は月末までに申請してください。交通費の精算には領収書が必要です。"),
  chunk("password.md", "アカウント", "パスワードを忘れた場合は、ログイン画面の「パスワードを再設定」から手続きしてください。"),
  chunk("shipping.md", "配送", "通常配送は3〜5営業日でお届けします。お急ぎ便は翌日に届きます。"),
  chunk("refunds-en.md", "Refund policy", "Refunds are processed within 14 days to the original payment method."),
];

const never = new AbortController().signal;
const retriever = bm25Retriever(chunks, buildBm25Index(chunks));
const top = async (query: string, k = 3) => (await retriever.search(query, k, never)).ranked.map((hit) => hit.chunk.file);

describe("BM25 retrieval over Japanese and English passages", () => {
  it.each([
    ["返品はいつまでできますか", "returns.md"],
    ["有給休暇の申請方法を教えてください", "leave.md"],
    ["交通費の領収書はどうすればいいですか", "expenses.md"],
    ["パスワードを忘れました", "password.md"],
    ["配送には何日かかりますか", "shipping.md"],
    ["How long does a refund take?", "refunds-en.md"],
  ])("ranks the passage that answers %s first", async (query, file) => {
    expect((await top(query))[0]).toBe(file);
  });

  it("ranks only passages that share a term with the question, best first", async () => {
    const { ranked } = await retriever.search("領収書", 10, never);
    expect(ranked.map((hit) => hit.chunk.file)).toEqual(["expenses.md"]);
    expect(ranked[0]!.score).toBeGreaterThan(0);
  });

  it("weighs a rare term above one found in many passages (inverse document frequency)", async () => {
    const { ranked } = await retriever.search("申請 レシート", 10, never);
    // 申請 is in two passages, レシート in one: the passage with the rare term wins although both match one term.
    expect(ranked[0]!.chunk.file).toBe("returns.md");
  });

  it("returns at most topK passages and nothing for a question without a known term", async () => {
    expect(await top("申請 返品 配送 パスワード", 2)).toHaveLength(2);
    expect(await top("量子コンピュータ")).toEqual([]);
  });

  it("reloads a stored index and ranks exactly as the index it was saved from", async () => {
    const json = buildBm25Index(chunks);
    const again = bm25Retriever(chunks, JSON.parse(JSON.stringify(JSON.parse(json))) && json);
    const first = await retriever.search("返品 レシート 申請", 5, never);
    const second = await again.search("返品 レシート 申請", 5, never);
    expect(second.ranked.map((hit) => [hit.chunk.id, hit.score])).toEqual(first.ranked.map((hit) => [hit.chunk.id, hit.score]));
  });
});
