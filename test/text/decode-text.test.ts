import { createReadStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeChunks, decodeText, detectEncoding } from "../../src/text/decode-text.js";
import { ConfigError } from "../../src/errors.js";
import { encodeLegacy } from "../support/legacy-encoding.js";

function decodeError(bytes: Uint8Array, options: Parameters<typeof decodeText>[2] = {}): string {
  try {
    decodeText(bytes, "faq.csv", options);
  } catch (error) {
    if (error instanceof ConfigError) return error.describe();
    throw error;
  }
  throw new Error("expected decodeText to refuse the bytes");
}

/** 問い合わせ,①㍾～ in CP932 (Shift_JIS as Windows writes it, with NEC special characters). */
const CP932 = Buffer.from([0x96, 0xe2, 0x82, 0xa2, 0x8d, 0x87, 0x82, 0xed, 0x82, 0xb9, 0x2c, 0x87, 0x40, 0x87, 0x8d, 0x81, 0x60]);

describe("decodeText", () => {
  it("reads UTF-8", () => {
    expect(decodeText(Buffer.from("問い合わせ"), "f")).toEqual({ text: "問い合わせ", encoding: "utf-8" });
  });

  it("drops a UTF-8 byte-order mark and says it was there", () => {
    expect(decodeText(Buffer.from("\uFEFFq,a", "utf8"), "f")).toEqual({ text: "q,a", encoding: "utf-8 (BOM)" });
  });

  it("reads UTF-16 with a byte-order mark", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("質問", "utf16le")]), "f").text).toBe("質問");
  });

  it("reads Shift_JIS as CP932, NEC special characters included", () => {
    expect(decodeText(CP932, "f")).toEqual({ text: "問い合わせ,①㍾～", encoding: "shift_jis (cp932)" });
  });

  it("refuses bytes that are neither, naming the line where they start", () => {
    const bytes = Buffer.concat([Buffer.from("ok\nok\n"), Buffer.from([0x80, 0xff, 0xfe, 0x00])]);
    const error = (() => {
      try {
        decodeText(bytes, "data.csv");
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.describe()).toMatch(/^data\.csv:3: neither UTF-8 nor Shift_JIS/);
  });
});

describe("decodeText: EUC-JP whose bytes are also valid Shift_JIS", () => {
  // 返品はできますか？ in EUC-JP: every byte is A1–DF, so as Shift_JIS it is nothing but half-width katakana.
  const eucjp = Buffer.concat([Buffer.from("id,input\n1,"), encodeLegacy("返品はできますか？", "euc-jp"), Buffer.from("\n")]);

  it("is valid Shift_JIS: the decoder alone would take it (ﾊﾖﾉﾊ､ﾏ…)", () => {
    expect(new TextDecoder("shift_jis", { fatal: true }).decode(eucjp)).toContain("ﾊﾖﾉﾊ");
  });

  it("is refused by judging the decoded text, naming the line and what it reads as in EUC-JP", () => {
    expect(decodeError(eucjp)).toBe(
      'faq.csv:2: not UTF-8 but probably EUC-JP (read as EUC-JP: "1,返品はできますか？"); read as Shift_JIS it is 100% ' +
        "half-width katakana and user-defined characters, which is mojibake; save the file as UTF-8",
    );
  });

  it("tells where the encoding can be named when the caller has an option for it", () => {
    expect(decodeError(eucjp, { encodingOption: "the suite" })).toMatch(
      /; set `encoding: euc-jp` on the suite if it is EUC-JP \(`encoding: shift_jis` if the half-width katakana is real\), or save the file as UTF-8$/,
    );
  });

  it("reads it as EUC-JP when the encoding is named, and as Shift_JIS when that is named", () => {
    expect(decodeText(eucjp, "faq.csv", { declared: "euc-jp" })).toEqual({ text: "id,input\n1,返品はできますか？\n", encoding: "euc-jp" });
    expect(decodeText(eucjp, "faq.csv", { declared: "shift_jis" }).encoding).toBe("shift_jis (cp932)");
  });

  it("keeps reading real Shift_JIS with half-width katakana (bank-transfer names) as Shift_JIS", () => {
    const bank = encodeLegacy("振込先,ｶ)ｸﾗﾍﾞｼｮｳｼﾞ\n振込先,ﾕ)ﾄｳｷｮｳｼｮｳｶｲ\n", "shift_jis");
    expect(decodeText(bank, "f")).toEqual({ text: "振込先,ｶ)ｸﾗﾍﾞｼｮｳｼﾞ\n振込先,ﾕ)ﾄｳｷｮｳｼｮｳｶｲ\n", encoding: "shift_jis (cp932)" });
  });

  it("refuses a named encoding the bytes are not, at the line where they stop being it", () => {
    const sjis = Buffer.concat([Buffer.from("a\n"), encodeLegacy("問い合わせ", "shift_jis")]);
    expect(decodeError(sjis, { declared: "euc-jp" })).toBe("faq.csv:2: not valid euc-jp from this line on (the encoding named for it)");
  });
});

describe("decodeText: anything else", () => {
  it("names the encodings it tried", () => {
    const latin1 = Buffer.from("id,input\n1,caf\xe9\n", "latin1");
    expect(decodeError(latin1, { encodingOption: "the suite" })).toBe(
      "faq.csv:2: neither UTF-8 nor Shift_JIS (CP932) text from this line on (tried UTF-8, UTF-8 or UTF-16 with a BOM, " +
        "Shift_JIS (CP932), EUC-JP); save the file as UTF-8, or name its encoding with `encoding:` on the suite (utf-8, shift_jis, euc-jp)",
    );
  });
});

describe("detectEncoding and decodeChunks on a file stream", () => {
  it("decide and decode a file larger than one read, with characters split across reads", async () => {
    const line = "問い合わせ番号①,返品はできますか？㈱\n";
    const text = line.repeat(5000); // about 190 KB in Shift_JIS: several 64 KiB reads, split mid-character
    const path = join(mkdtempSync(join(tmpdir(), "kurabe-decode-")), "big.csv");
    writeFileSync(path, encodeLegacy(text, "shift_jis"));
    const encoding = await detectEncoding(createReadStream(path), "big.csv");
    expect(encoding).toBe("shift_jis (cp932)");
    let decoded = "";
    for await (const chunk of decodeChunks(createReadStream(path), encoding)) decoded += chunk;
    expect(decoded).toBe(text);
  });

  it("drop a UTF-8 byte-order mark from the text", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kurabe-decode-")), "bom.jsonl");
    writeFileSync(path, "\uFEFF{}\n");
    const encoding = await detectEncoding(createReadStream(path), "bom.jsonl");
    let decoded = "";
    for await (const chunk of decodeChunks(createReadStream(path), encoding)) decoded += chunk;
    expect([encoding, decoded]).toEqual(["utf-8 (BOM)", "{}\n"]);
  });
});
