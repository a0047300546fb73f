import { describe, expect, it } from "vitest";
import { JsonRecordError, JsonRecordReader, SLICE_CHARS, type JsonPath } from "../../../src/store/portable/json-record-reader.js";

/** A document shaped like a run file: a header, a table of scalars-and-objects, a table whose rows hold a table. */
const document = {
  format: "demo",
  run: { id: "r1", config: { models: [{ id: "a" }], note: "設定" } },
  models: [{ id: "a", config: { temperature: 0 } }, { id: "b", config: {} }],
  suites: [
    { name: "日本語", samples: 1, items: [{ id: "q1", input: "東京の天気は？" }, { id: "q2", input: "𠮷野家 🍣 é" }] },
    { name: "empty", samples: 2, items: [] },
  ],
  numbers: [1, -2.5e3, true, null, "x"],
  responses: [{ suite: "日本語", itemId: "q1", text: "晴れです。".repeat(50), scores: [{ scorer: "exact", value: 1 }] }],
};

const walked = new Set(["", "models", "suites", "suites.*", "suites.*.items", "numbers", "responses", "responses.*", "responses.*.scores"]);
const walk = (path: JsonPath) => walked.has(path.map((s) => (typeof s === "number" ? "*" : s)).join("."));

/** Every event the reader tells, in order, as plain data. */
function events(chunks: readonly Uint8Array[]): unknown[] {
  const told: unknown[] = [];
  const reader = new JsonRecordReader(walk, {
    head: (path, fields, parent, before) => told.push(["head", path, fields, parent ?? null, before ?? null]),
    element: (path, value, parent) => told.push(["element", path, value, parent ?? null]),
    late: (path, fields) => told.push(["late", path, fields]),
    end: (path, count) => told.push(["end", path, count ?? null]),
  });
  for (const chunk of chunks) reader.write(chunk);
  reader.end();
  return told;
}

function split(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

const bytes = new TextEncoder().encode(JSON.stringify(document, null, 2));

describe("JsonRecordReader", () => {
  it("tells a document head, rows and nested rows in file order, each with the head around it", () => {
    const told = events([bytes]);
    const root = { format: "demo", run: document.run };
    const suite0 = { name: "日本語", samples: 1 };
    const response = { suite: "日本語", itemId: "q1", text: document.responses[0]!.text };
    expect(told).toEqual([
      ["head", [], root, null, "models"],
      ["element", ["models", 0], document.models[0], root],
      ["element", ["models", 1], document.models[1], root],
      ["end", ["models"], 2],
      ["head", ["suites", 0], suite0, root, "items"],
      ["element", ["suites", 0, "items", 0], document.suites[0]!.items[0], suite0],
      ["element", ["suites", 0, "items", 1], document.suites[0]!.items[1], suite0],
      ["end", ["suites", 0, "items"], 2],
      ["end", ["suites", 0], null],
      ["head", ["suites", 1], { name: "empty", samples: 2 }, root, "items"],
      ["end", ["suites", 1, "items"], 0],
      ["end", ["suites", 1], null],
      ["end", ["suites"], 2],
      ...document.numbers.map((value, i) => ["element", ["numbers", i], value, root]),
      ["end", ["numbers"], 5],
      ["head", ["responses", 0], response, root, "scores"],
      ["element", ["responses", 0, "scores", 0], { scorer: "exact", value: 1 }, response],
      ["end", ["responses", 0, "scores"], 1],
      ["end", ["responses", 0], null],
      ["end", ["responses"], 1],
      ["end", [], null],
    ]);
  });

  it("reads the same whatever the chunks, a multibyte character split across two of them included", () => {
    const whole = events([bytes]);
    // Every split of 1 to 7 bytes cuts 3- and 4-byte UTF-8 characters (東, 𠮷, 🍣) somewhere inside.
    for (const size of [1, 2, 3, 5, 7, 64]) expect(events(split(bytes, size)), `chunks of ${size}`).toEqual(whole);
    const cut = bytes.indexOf(0xe6) + 1; // inside the first 3-byte character
    expect(events([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(whole);
  });

  it("says a document cut short anywhere is cut short, where it was, and never tells its end", () => {
    for (let length = 1; length < bytes.length; length += 1) {
      let ended = false;
      const reader = new JsonRecordReader(walk, {
        head: () => undefined,
        element: () => undefined,
        late: () => undefined,
        end: (path) => {
          if (path.length === 0) ended = true;
        },
      });
      const read = () => {
        reader.write(bytes.subarray(0, length));
        reader.end();
      };
      expect(read, `${length} bytes`).toThrow(JsonRecordError);
      expect(ended).toBe(false);
    }
    const compact = JSON.stringify(document);
    const at = new TextEncoder().encode(compact.slice(0, compact.indexOf("晴れ"))).length;
    // Cut after a whole character and inside one (晴 is 3 bytes).
    for (const length of [at + 3, at + 4]) {
      const reader = new JsonRecordReader(walk, { head: () => undefined, element: () => undefined, late: () => undefined, end: () => undefined });
      reader.write(new TextEncoder().encode(compact).subarray(0, length));
      expect(() => reader.end(), `${length} bytes`).toThrow(expect.objectContaining({ kind: "truncated", path: ["responses", 0, "text"], bytes: length }));
    }
  });

  it("names where broken JSON, text that is not UTF-8, or a value that is not an object is found", () => {
    const read = (text: string | Uint8Array) => () => events([typeof text === "string" ? new TextEncoder().encode(text) : text]);
    // A syntax error is placed within the slice of text the parser found it in, after the last value read before it.
    const rows = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `m${i}` })).join(",");
    const broken = `{"models":[${rows},{"id":"b",}]}`;
    const at = broken.indexOf('{"id":"b",}');
    const error = (() => {
      try {
        read(broken)();
      } catch (caught) {
        return caught as JsonRecordError;
      }
      throw new Error("read a broken document");
    })();
    expect(error).toMatchObject({ kind: "syntax", message: "unexpected token '}'", bytes: Math.floor(at / SLICE_CHARS) * SLICE_CHARS });
    const [table, row] = error.path;
    expect(table).toBe("models");
    expect(broken.indexOf(`"m${row as number}"`)).toBeGreaterThan(error.bytes - 20);
    expect(read('{"models":[]} {"again":1}')).toThrow(expect.objectContaining({ kind: "syntax" }));
    expect(read(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]))).toThrow(expect.objectContaining({ kind: "encoding" }));
    expect(read("[1, 2]")).toThrow(expect.objectContaining({ kind: "not-object" }));
  });

  it("tells fields that come after an object's rows as late, apart from its head", () => {
    const told = events([new TextEncoder().encode('{"models":[{"id":"a"}],"format":"demo","run":{"id":"r"}}')]);
    expect(told).toEqual([
      ["head", [], {}, null, "models"],
      ["element", ["models", 0], { id: "a" }, {}],
      ["end", ["models"], 1],
      ["late", [], { format: "demo", run: { id: "r" } }],
      ["end", [], null],
    ]);
  });
});
