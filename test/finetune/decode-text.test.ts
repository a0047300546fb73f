import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/finetune/decode-text.js";
import { ConfigError } from "../../src/errors.js";

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
