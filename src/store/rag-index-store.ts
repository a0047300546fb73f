import type Database from "better-sqlite3";

/** The store's retrieval indexes (schema v6): BM25 indexes by index key, passage vectors by embedder and digest. */
export class RagIndexStore {
  private readonly getBm25: Database.Statement<[string], { bm25_json: string }>;
  private readonly putBm25: Database.Statement;
  private readonly getVector: Database.Statement<[string, string], { vector: Buffer }>;
  private readonly putVector: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.getBm25 = db.prepare("SELECT bm25_json FROM rag_indexes WHERE key = ?");
    this.putBm25 = db.prepare("INSERT OR REPLACE INTO rag_indexes (key, bm25_json, created_at) VALUES (?, ?, ?)");
    this.getVector = db.prepare("SELECT vector FROM rag_vectors WHERE embedder = ? AND text_sha256 = ?");
    this.putVector = db.prepare("INSERT OR REPLACE INTO rag_vectors (embedder, text_sha256, vector) VALUES (?, ?, ?)");
  }

  bm25(key: string): string | undefined {
    return this.getBm25.get(key)?.bm25_json;
  }

  saveBm25(key: string, json: string): void {
    this.putBm25.run(key, json, new Date().toISOString());
  }

  vector(embedder: string, textSha256: string): Float32Array | undefined {
    const row = this.getVector.get(embedder, textSha256);
    if (!row) return undefined;
    // Copied out of the row's buffer: a Float32Array view needs 4-byte alignment, which a Buffer slice may lack.
    const vector = new Float32Array(row.vector.byteLength / 4);
    new Uint8Array(vector.buffer).set(row.vector);
    return vector;
  }

  saveVectors(embedder: string, rows: ReadonlyArray<{ textSha256: string; vector: Float32Array }>): void {
    this.db.transaction(() => {
      for (const { textSha256, vector } of rows) {
        this.putVector.run(embedder, textSha256, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
      }
    })();
  }
}
