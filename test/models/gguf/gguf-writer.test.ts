import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gguf, GGUFValueType } from "@huggingface/gguf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGguf, type GgufContent } from "../../../src/models/gguf/gguf-writer.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kurabe-gguf-writer-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(content: GgufContent) {
  const path = join(dir, `file-${Math.random().toString(36).slice(2)}.gguf`);
  const bytes = encodeGguf(content);
  await writeFile(path, bytes);
  return { bytes, parsed: await gguf(path, { allowLocalFile: true, typedMetadata: true }) };
}

describe("encodeGguf", () => {
  it("writes every metadata value type so that an independent reader gets the same values and types", async () => {
    const { parsed } = await readBack({
      metadata: [
        ["t.u8", { type: "u8", value: 200 }],
        ["t.i8", { type: "i8", value: -100 }],
        ["t.u16", { type: "u16", value: 60000 }],
        ["t.i16", { type: "i16", value: -30000 }],
        ["t.u32", { type: "u32", value: 4_000_000_000 }],
        ["t.i32", { type: "i32", value: -2_000_000_000 }],
        ["t.f32", { type: "f32", value: 0.5 }],
        ["t.f64", { type: "f64", value: 1e-300 }],
        ["t.u64", { type: "u64", value: 2n ** 60n }],
        ["t.i64", { type: "i64", value: -(2n ** 60n) }],
        ["t.bool", { type: "bool", value: true }],
        ["t.string", { type: "string", value: "日本語 ▁ text" }],
        ["t.strings", { type: "array", itemType: "string", items: ["a", "", "ü"] }],
        ["t.ints", { type: "array", itemType: "i32", items: [1, -2, 3] }],
      ],
      tensors: [],
    });
    const m = parsed.typedMetadata;
    expect(m["t.u8"]).toEqual({ type: GGUFValueType.UINT8, value: 200 });
    expect(m["t.i8"]).toEqual({ type: GGUFValueType.INT8, value: -100 });
    expect(m["t.u16"]).toEqual({ type: GGUFValueType.UINT16, value: 60000 });
    expect(m["t.i16"]).toEqual({ type: GGUFValueType.INT16, value: -30000 });
    expect(m["t.u32"]).toEqual({ type: GGUFValueType.UINT32, value: 4_000_000_000 });
    expect(m["t.i32"]).toEqual({ type: GGUFValueType.INT32, value: -2_000_000_000 });
    expect(m["t.f32"]).toEqual({ type: GGUFValueType.FLOAT32, value: 0.5 });
    expect(m["t.f64"]).toEqual({ type: GGUFValueType.FLOAT64, value: 1e-300 });
    expect(m["t.u64"]).toEqual({ type: GGUFValueType.UINT64, value: 2n ** 60n });
    expect(m["t.i64"]).toEqual({ type: GGUFValueType.INT64, value: -(2n ** 60n) });
    expect(m["t.bool"]).toEqual({ type: GGUFValueType.BOOL, value: true });
    expect(m["t.string"]).toEqual({ type: GGUFValueType.STRING, value: "日本語 ▁ text" });
    expect(m["t.strings"]).toMatchObject({ type: GGUFValueType.ARRAY, subType: GGUFValueType.STRING, value: ["a", "", "ü"] });
    expect(m["t.ints"]).toMatchObject({ type: GGUFValueType.ARRAY, subType: GGUFValueType.INT32, value: [1, -2, 3] });
    expect(parsed.metadata.version).toBe(3);
  });

  it("aligns each tensor to general.alignment and stores its F32 values at the recorded offset", async () => {
    const odd = new Float32Array([1.5, -2, 3]);
    const square = new Float32Array([1, 2, 3, 4]);
    const { bytes, parsed } = await readBack({
      metadata: [["general.alignment", { type: "u32", value: 64 }]],
      tensors: [
        { name: "odd", dims: [3], data: odd },
        { name: "square", dims: [2, 2], data: square },
      ],
    });
    expect(parsed.tensorInfos.map((t) => [t.name, t.shape, t.offset])).toEqual([
      ["odd", [3n], 0n],
      ["square", [2n, 2n], 64n],
    ]);
    expect(Number(parsed.tensorDataOffset) % 64).toBe(0);
    const start = Number(parsed.tensorDataOffset) + 64;
    expect(new Float32Array(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + start + 16))).toEqual(square);
  });

  it("refuses a tensor whose dims do not match its data", () => {
    expect(() => encodeGguf({ metadata: [], tensors: [{ name: "bad", dims: [2, 3], data: new Float32Array(5) }] })).toThrow(
      /bad/,
    );
  });
});
