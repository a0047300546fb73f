import { ConfigError } from "../errors.js";

export type TextEncoding = "utf-8" | "utf-8 (BOM)" | "utf-16le (BOM)" | "utf-16be (BOM)" | "shift_jis (cp932)";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Reads a text file the way Japanese business data arrives: a BOM decides when present; otherwise strict UTF-8,
 * and if the bytes are not valid UTF-8, Shift_JIS as Windows writes it (CP932, with NEC and IBM extensions such as
 * ① and ㈱ — WHATWG's "shift_jis" decoder is exactly that). Excel's "CSV" save on a Japanese Windows is CP932.
 * Anything that is neither (EUC-JP, Latin-1, binary) is an error naming the file, not mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode("utf-8", bytes.subarray(3), file), encoding: "utf-8 (BOM)" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strictDecode("utf-16le", bytes.subarray(2), file), encoding: "utf-16le (BOM)" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strictDecode("utf-16be", bytes.subarray(2), file), encoding: "utf-16be (BOM)" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    try {
      return { text: new TextDecoder("shift_jis", { fatal: true }).decode(bytes), encoding: "shift_jis (cp932)" };
    } catch {
      const line = lineOfFirstInvalidUtf8(bytes);
      throw new ConfigError("neither UTF-8 nor Shift_JIS (CP932) text from this line on; save the file as UTF-8", { file, line });
    }
  }
}

function strictDecode(encoding: string, bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new ConfigError(`the file starts with a ${encoding} byte-order mark but is not valid ${encoding}`, { file }, { cause: error });
  }
}

function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  const decoded = new TextDecoder("utf-8").decode(bytes);
  const bad = decoded.indexOf("\uFFFD");
  return bad < 0 ? 1 : decoded.slice(0, bad).split("\n").length;
}
