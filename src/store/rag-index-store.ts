import type Database from "better-sqlite3";
import type { StoredVector } from "../rag/rag-index.js";

/**
 * The store's retrieval indexes (schema v6): BM25 indexes by index key, passage vectors by embedder and digest, each
 * with the embedding tokens it took (schema v14).
 */
export class RagIndexStore {
  private readonly getBm25: Database.Statement<[string], { bm25_json: string }>;
  private readonly putBm25: Database.Statement;
  private readonly getVector: Database.Statement<[string, string], { vector: Buffer; tokens: number | null }>;
  private readonly putVector: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.getBm25 = db.prepare("SELECT bm25_json FROM rag_indexes WHERE key = ?");
    this.putBm25 = db.prepare("INSERT OR REPLACE INTO rag_indexes (key, bm25_json, created_at) VALUES (?, ?, ?)");
    this.getVector = db.prepare("SELECT vector, tokens FROM rag_vectors WHERE embedder = ? AND text_sha256 = ?");
    this.putVector = db.prepare("INSERT OR REPLACE INTO rag_vectors (embedder, text_sha256, vector, tokens) VALUES (?, ?, ?, ?)");
  }

  bm25(key: string): string | undefined {
    return this.getBm25.get(key)?.bm25_json;
  }

  saveBm25(key: string, json: string): void {
    this.putBm25.run(key, json, new Date().toISOString());
  }

  vector(embedder: string, textSha256: string): StoredVector | undefined {
    const row = this.getVector.get(embedder, textSha256);
    if (!row) return undefined;
    // Copied out of the row's buffer: a Float32Array view needs 4-byte alignment, which a Buffer slice may lack.
    const vector = new Float32Array(row.vector.byteLength / 4);
    new Uint8Array(vector.buffer).set(row.vector);
    return { vector, tokens: row.tokens };
  }

  saveVectors(embedder: string, rows: ReadonlyArray<{ textSha256: string } & StoredVector>): void {
    this.db.transaction(() => {
      for (const { textSha256, vector, tokens } of rows) {
        this.putVector.run(embedder, textSha256, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength), tokens);
      }
    })();
  }
}
