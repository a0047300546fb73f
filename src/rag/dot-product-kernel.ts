/**
 * A WebAssembly SIMD kernel (128-bit, in Node since 16.4) for the brute-force cosine scan over int8 rows: sixteen
 * products per step where JavaScript does one, and a quarter of float32's memory traffic, which bounds the scan
 * at 100,000 × 384 dimensions (bench/rag-retrieval.ts). Rows are int8, the query int16 (its rounding error is
 * negligible), sums exact in int32. Encoded here rather than compiled, as it is one small loop:
 *
 *   (func (export "dots") (param $rows i32) (param $query i32) (param $out i32) (param $count i32) (param $strideBytes i32)
 *     (local $r i32) (local $p i32) (local $q i32) (local $end i32) (local $acc v128) (local $x v128)
 *     p = rows
 *     block: loop:
 *       if r >= count: break
 *       acc = 0; q = query; end = p + strideBytes
 *       loop:
 *         x = load128(p)                                  ;; 16 int8
 *         acc += i32x4.dot_i16x8_s(i16x8.extend_low_i8x16_s(x), load128(q))
 *         acc += i32x4.dot_i16x8_s(i16x8.extend_high_i8x16_s(x), load128(q + 16))
 *         p += 16; q += 32; continue while p < end
 *       out[r] = acc[0] + acc[1] + acc[2] + acc[3]       ;; int32
 *       r += 1; continue
 *
 * Byte layout from the WebAssembly core specification 2.0 (binary format, §5) and its SIMD opcodes (§5.4.8).
 */

import { I32, V128, leb128, name, section, simd } from "../wasm/module-bytes.js";

const [ROWS, QUERY, OUT, COUNT, STRIDE, R, P, Q, END_AT, ACC, X] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const get = (local: number) => [0x20, local];
const set = (local: number) => [0x21, local];
const tee = (local: number) => [0x22, local];
const i32Const = (value: number) => [0x41, value]; // small non-negative values only (one signed LEB byte)
const SIMD = 0xfd;
const load = (offset: number) => [SIMD, 0x00, 4, offset]; // v128.load align 2^4
const [EXTEND_LOW, EXTEND_HIGH, DOT, I32X4_ADD, EXTRACT] = [0x87, 0x88, 0xba, 0xae, 0x1b];
const [I32_ADD, I32_SHL, I32_LT_U, I32_GE_U] = [0x6a, 0x74, 0x49, 0x4f];
const [BLOCK, LOOP, END, BR, BR_IF, EMPTY] = [0x02, 0x03, 0x0b, 0x0c, 0x0d, 0x40];
const lane = (n: number) => [...get(ACC), SIMD, EXTRACT, n];

const body = [
  2, 4, I32, 2, V128, // locals: r, p, q, end (i32); acc, x (v128)
  ...get(ROWS), ...set(P),
  BLOCK, EMPTY, LOOP, EMPTY,
  ...get(R), ...get(COUNT), I32_GE_U, BR_IF, 1,
  SIMD, 0x0c, ...new Array<number>(16).fill(0), ...set(ACC), // v128.const 0
  ...get(QUERY), ...set(Q),
  ...get(P), ...get(STRIDE), I32_ADD, ...set(END_AT),
  LOOP, EMPTY,
  ...get(P), ...load(0), ...set(X),
  ...get(ACC), ...get(X), ...simd(EXTEND_LOW), ...get(Q), ...load(0), ...simd(DOT), ...simd(I32X4_ADD),
  ...get(X), ...simd(EXTEND_HIGH), ...get(Q), ...load(16), ...simd(DOT), ...simd(I32X4_ADD), ...set(ACC),
  ...get(Q), ...i32Const(32), I32_ADD, ...set(Q),
  ...get(P), ...i32Const(16), I32_ADD, ...tee(P), ...get(END_AT), I32_LT_U, BR_IF, 0,
  END,
  ...get(OUT), ...get(R), ...i32Const(2), I32_SHL, I32_ADD,
  ...lane(0), ...lane(1), I32_ADD, ...lane(2), I32_ADD, ...lane(3), I32_ADD,
  0x36, 2, 0, // i32.store align 2^2, offset 0
  ...get(R), ...i32Const(1), I32_ADD, ...set(R),
  BR, 0,
  END, END,
  END,
];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 0]), // type 0: (i32 × 5) → ()
  ...section(2, [1, ...name("env"), ...name("memory"), 0x02, 0x00, 0x01]), // import env.memory, min 1 page
  ...section(3, [1, 0]), // function 0 has type 0
  ...section(7, [1, ...name("dots"), 0x00, 0]), // export "dots" = function 0
  ...section(10, [1, ...leb128(body.length), ...body]),
]);

let compiled: WebAssembly.Module | undefined;

/**
 * Writes `out[r] = Σ rows[r][i] · query[i]` (int32) for `count` rows of `strideBytes` int8 (a multiple of 16) and a
 * query of as many int16; all arguments are byte offsets into the memory, 16-byte aligned.
 */
export type DotsKernel = (rows: number, query: number, out: number, count: number, strideBytes: number) => void;

/** The kernel bound to a memory (its own instance: one per matrix, so each matrix keeps its memory). */
export function dotsKernel(memory: WebAssembly.Memory): DotsKernel {
  compiled ??= new WebAssembly.Module(MODULE);
  const instance = new WebAssembly.Instance(compiled, { env: { memory } });
  return instance.exports.dots as DotsKernel;
}
