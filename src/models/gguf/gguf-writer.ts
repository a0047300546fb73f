/**
 * A small GGUF v3 encoder: metadata key/values, tensor infos and F32 tensor data, laid out as the format spec says
 * (ggml docs/gguf.md): header, KVs, tensor infos, padding to `general.alignment`, then each tensor aligned.
 * It knows nothing about model architectures; tiny-llama.ts decides what goes in.
 */

/** GGUF metadata value types, numbered as in the spec's `gguf_metadata_value_type`. */
const valueTypeIds = {
  u8: 0,
  i8: 1,
  u16: 2,
  i16: 3,
  u32: 4,
  i32: 5,
  f32: 6,
  bool: 7,
  string: 8,
  array: 9,
  u64: 10,
  i64: 11,
  f64: 12,
} as const;

type GgufNumberType = "u8" | "i8" | "u16" | "i16" | "u32" | "i32" | "f32" | "f64";
type GgufBigIntType = "u64" | "i64";

type GgufScalar =
  | { type: GgufNumberType; value: number }
  | { type: GgufBigIntType; value: bigint }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string };

type GgufArray =
  | { type: "array"; itemType: GgufNumberType; items: readonly number[] }
  | { type: "array"; itemType: "string"; items: readonly string[] };

export type GgufValue = GgufScalar | GgufArray;

export interface GgufTensor {
  name: string;
  /** Dimensions in ggml order: ne0 (the fastest-varying, row length) first. */
  dims: readonly number[];
  data: Float32Array;
}

export interface GgufContent {
  /** Written in this order; `general.alignment` (u32) sets tensor alignment, 32 when absent (the spec default). */
  metadata: ReadonlyArray<readonly [string, GgufValue]>;
  tensors: readonly GgufTensor[];
}

const ggmlTypeF32 = 0;
const defaultAlignment = 32;

/** Appends little-endian values to a growing list of chunks. */
class ByteSink {
  private readonly chunks: Buffer[] = [];
  length = 0;

  private push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  number(type: GgufNumberType, value: number): void {
    const sizes = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, f32: 4, f64: 8 } as const;
    const b = Buffer.alloc(sizes[type]);
    if (type === "u8") b.writeUInt8(value);
    else if (type === "i8") b.writeInt8(value);
    else if (type === "u16") b.writeUInt16LE(value);
    else if (type === "i16") b.writeInt16LE(value);
    else if (type === "u32") b.writeUInt32LE(value);
    else if (type === "i32") b.writeInt32LE(value);
    else if (type === "f32") b.writeFloatLE(value);
    else b.writeDoubleLE(value);
    this.push(b);
  }

  bigint(type: GgufBigIntType, value: bigint): void {
    const b = Buffer.alloc(8);
    if (type === "u64") b.writeBigUInt64LE(value);
    else b.writeBigInt64LE(value);
    this.push(b);
  }

  string(value: string): void {
    const bytes = Buffer.from(value, "utf8");
    this.bigint("u64", BigInt(bytes.length));
    this.push(bytes);
  }

  bytes(value: Uint8Array): void {
    this.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }

  padTo(alignment: number): void {
    const pad = (alignment - (this.length % alignment)) % alignment;
    if (pad > 0) this.push(Buffer.alloc(pad));
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}

function writeValue(sink: ByteSink, value: GgufValue): void {
  switch (value.type) {
    case "array":
      sink.number("u32", valueTypeIds[value.itemType]);
      sink.bigint("u64", BigInt(value.items.length));
      if (value.itemType === "string") for (const item of value.items) sink.string(item);
      else for (const item of value.items) sink.number(value.itemType, item);
      return;
    case "string":
      sink.string(value.value);
      return;
    case "bool":
      sink.number("u8", value.value ? 1 : 0);
      return;
    case "u64":
    case "i64":
      sink.bigint(value.type, value.value);
      return;
    default:
      sink.number(value.type, value.value);
  }
}

function alignmentOf(metadata: GgufContent["metadata"]): number {
  const entry = metadata.find(([key]) => key === "general.alignment");
  return entry && entry[1].type === "u32" ? entry[1].value : defaultAlignment;
}

function alignUp(offset: number, alignment: number): number {
  return Math.ceil(offset / alignment) * alignment;
}

/** Encodes a complete GGUF v3 file. */
export function encodeGguf(content: GgufContent): Buffer {
  const alignment = alignmentOf(content.metadata);
  const sink = new ByteSink();
  sink.bytes(Buffer.from("GGUF", "ascii"));
  sink.number("u32", 3);
  sink.bigint("u64", BigInt(content.tensors.length));
  sink.bigint("u64", BigInt(content.metadata.length));
  for (const [key, value] of content.metadata) {
    sink.string(key);
    sink.number("u32", valueTypeIds[value.type]);
    writeValue(sink, value);
  }

  // Tensor offsets are relative to the start of the data section, each a multiple of the alignment.
  let offset = 0;
  for (const tensor of content.tensors) {
    const elements = tensor.dims.reduce((a, b) => a * b, 1);
    if (elements !== tensor.data.length) {
      throw new RangeError(`tensor ${tensor.name}: dims hold ${elements} values, data has ${tensor.data.length}`);
    }
    sink.string(tensor.name);
    sink.number("u32", tensor.dims.length);
    for (const dim of tensor.dims) sink.bigint("u64", BigInt(dim));
    sink.number("u32", ggmlTypeF32);
    sink.bigint("u64", BigInt(offset));
    offset = alignUp(offset + tensor.data.byteLength, alignment);
  }

  sink.padTo(alignment);
  for (const tensor of content.tensors) {
    sink.bytes(new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength));
    sink.padTo(alignment);
  }
  return sink.toBuffer();
}
