/**
 * A synthetic company knowledge base for the RAG benchmarks: `count` chunks of ~300 characters of Japanese
 * business prose (with product names and a few English words), seeded so that every run indexes the same text.
 */
import { searchTokens } from "../src/rag/search-tokens.js";
import type { Chunk } from "../src/rag/types.js";
import { seededRandom } from "../src/seeded-random.js";

const TOPICS = ["返品", "配送", "請求書", "パスワード", "会員登録", "ポイント", "定期便", "領収書", "キャンセル", "在庫", "有給休暇", "経費精算"];
const PRODUCTS = ["電気ケトル", "加湿器", "ノートPC", "ワイヤレスイヤホン", "炊飯器", "空気清浄機", "SAP端末", "VPN", "Slack", "社用携帯"];
const SENTENCES = [
  "{t}のお手続きはマイページからお申し込みいただけます。",
  "担当部署に確認のうえ、{n}営業日以内にご連絡いたします。",
  "{p}の初期不良につきましては、交換または返金にて対応いたします。",
  "{t}の申請には上長の承認が必要です。",
  "{p}の設定方法は社内ポータルのマニュアルをご覧ください。",
  "{t}は毎月{n}日締めで処理されます。",
  "保証期間は購入日から{n}年間です。",
  "Refunds for {p} are processed within {n} business days.",
  "{t}に関するお問い合わせはヘルプデスク（内線{n}）までご連絡ください。",
  "システムの都合により{t}の反映まで{n}時間ほどかかる場合がございます。",
];

export function syntheticChunks(count: number, seed = 14): Chunk[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const topic = pick(TOPICS);
    let text = "";
    while (text.length < 300) {
      text += pick(SENTENCES)
        .replaceAll("{t}", topic)
        .replaceAll("{p}", pick(PRODUCTS))
        .replaceAll("{n}", String(1 + Math.floor(random() * 30)));
    }
    const file = `docs/${topic}-${Math.floor(index / 5)}.md`;
    return { id: `${file}#${(index % 5) + 1}`, file, title: `${topic}について`, headings: [pick(PRODUCTS)], text };
  });
}

export const sampleQueries = ["返品の期限はいつまでですか", "有給休暇の申請方法を教えてください", "VPNの設定方法は？", "How long do refunds take?", "経費精算の締め日"];

/**
 * A chunk's terms with each distinct sentence tokenized once: the synthetic chunks repeat a few sentences, so this
 * yields the same terms as tokenizing every chunk whole, in seconds rather than minutes at 100,000 chunks.
 */
export function memoizedTerms(tokens: (text: string) => string[] = searchTokens): (chunk: Chunk) => string[] {
  const cache = new Map<string, string[]>();
  const termsOf = (text: string): string[] => {
    let terms = cache.get(text);
    if (!terms) cache.set(text, (terms = tokens(text)));
    return terms;
  };
  return (chunk) => [chunk.title, ...chunk.headings, ...chunk.text.split(/(?<=[。.])/u)].flatMap(termsOf);
}
