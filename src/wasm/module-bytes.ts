/**
 * The pieces of a WebAssembly module's binary form that kurabe's hand-written kernels share (core specification 2.0,
 * §5: LEB128 integers, sections, names; the SIMD prefix of §5.4.8). Each kernel writes its own body.
 */

export const I32 = 0x7f;
export const V128 = 0x7b;

/** Unsigned LEB128. */
export function leb128(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

/** A SIMD instruction: the 0xfd prefix and its opcode. */
export const simd = (opcode: number): number[] => [0xfd, ...leb128(opcode)];

export const section = (id: number, content: number[]): number[] => [id, ...leb128(content.length), ...content];

/** An ASCII name with its length. */
export const name = (text: string): number[] => [text.length, ...Array.from(text, (char) => char.charCodeAt(0))];
