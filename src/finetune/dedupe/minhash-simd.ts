/**
 * MinHash minima four permutations at a time in WebAssembly SIMD (128-bit lanes: murmur3's finaliser over a shingle
 * XOR four seeds at once, then an unsigned lane-wise minimum). The same numbers as the scalar loop in minhash.ts,
 * which was a sixth of a large build's CPU time (128 permutations × every shingle of every text). The module is
 * written out here (a dozen instructions; no build step or package for it) and compiled once, synchronously.
 *
 * Memory: the seeds (4 bytes each, `groups` × 4 of them), then the signature's minima, then the shingles.
 */

import { I32, V128, leb128, name, section, simd } from "../../wasm/module-bytes.js";

// Opcodes (WebAssembly core 2.0, §5.4; SIMD ones after the 0xfd prefix, as LEB128).
const BLOCK = 0x02;
const LOOP = 0x03;
const END = 0x0b;
const BR = 0x0c;
const BR_IF = 0x0d;
const VOID = 0x40;
const GET = 0x20;
const SET = 0x21;
const I32_CONST = 0x41;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const V128_LOAD = simd(0x00);
const V128_LOAD32_SPLAT = simd(0x09);
const V128_STORE = simd(0x0b);
const V128_CONST = simd(0x0c);
const V128_XOR = simd(0x51);
const I32X4_SHR_U = simd(0xad);
const I32X4_MUL = simd(0xb5);
const I32X4_MIN_U = simd(0xb7);

const i32Const = (value: number): number[] => [I32_CONST, value]; // small non-negative values (< 64) only
const splat4 = (value: number): number[] => [...V128_CONST, ...new Uint8Array(Uint32Array.of(value, value, value, value).buffer)];
const memarg = [0, 0]; // alignment hint 1 byte, offset 0

// minhash(seeds, out, shingles, count, groups): params 0–4; locals 5 group, 6 at, 7 end (i32), 8 seed, 9 minimum, 10 h (v128).
const [SEEDS, OUT, SHINGLES, COUNT, GROUPS, GROUP, AT, LAST, SEED, MINIMUM, H] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** h ^= h >>> shift */
const xorShift = (shift: number): number[] => [GET, H, GET, H, ...i32Const(shift), ...I32X4_SHR_U, ...V128_XOR, SET, H];
const body = [
  2, 3, I32, 3, V128, // locals
  BLOCK, VOID,
  LOOP, VOID,
  GET, GROUP, GET, GROUPS, I32_GE_U, BR_IF, 1,
  GET, SEEDS, GET, GROUP, ...i32Const(4), I32_SHL, I32_ADD, ...V128_LOAD, ...memarg, SET, SEED,
  ...splat4(0xffffffff), SET, MINIMUM,
  GET, SHINGLES, SET, AT,
  GET, SHINGLES, GET, COUNT, ...i32Const(2), I32_SHL, I32_ADD, SET, LAST,
  BLOCK, VOID,
  LOOP, VOID,
  GET, AT, GET, LAST, I32_GE_U, BR_IF, 1,
  GET, AT, ...V128_LOAD32_SPLAT, ...memarg, GET, SEED, ...V128_XOR, SET, H,
  ...xorShift(16),
  GET, H, ...splat4(0x85ebca6b), ...I32X4_MUL, SET, H,
  ...xorShift(13),
  GET, H, ...splat4(0xc2b2ae35), ...I32X4_MUL, SET, H,
  ...xorShift(16),
  GET, MINIMUM, GET, H, ...I32X4_MIN_U, SET, MINIMUM,
  GET, AT, ...i32Const(4), I32_ADD, SET, AT,
  BR, 0,
  END, END,
  GET, OUT, GET, GROUP, ...i32Const(4), I32_SHL, I32_ADD, GET, MINIMUM, ...V128_STORE, ...memarg,
  GET, GROUP, ...i32Const(1), I32_ADD, SET, GROUP,
  BR, 0,
  END, END,
  END,
];
const MODULE = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 0]), // type: (i32 × 5) → ()
  ...section(3, [1, 0]), // function 0 has type 0
  ...section(5, [1, 0, 1]), // a memory of at least one page
  ...section(7, [2, ...name("minhash"), 0, 0, ...name("memory"), 2, 0]),
  ...section(10, [1, ...leb128(body.length), ...body]),
]);

const PAGE = 1 << 16;

/**
 * The minima of fmix32(shingle ^ seed) over `shingles` for each of `seeds` (whose count is a multiple of 4), into
 * `signature` from index 0. The module is compiled on first use.
 */
export type SimdMinima = (shingles: Uint32Array, seeds: Uint32Array, signature: Uint32Array) => void;

export function simdMinima(): SimdMinima {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE));
  const memory = instance.exports.memory as WebAssembly.Memory;
  const minhash = instance.exports.minhash as (seeds: number, out: number, shingles: number, count: number, groups: number) => void;
  return (shingles, seeds, signature) => {
    const out = 4 * seeds.length;
    const from = 2 * out;
    const needed = from + 4 * shingles.length;
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
    const words = new Uint32Array(memory.buffer);
    words.set(seeds, 0);
    words.set(shingles, from / 4);
    minhash(0, out, from, shingles.length, seeds.length / 4);
    signature.set(words.subarray(out / 4, out / 4 + seeds.length));
  };
}
