import { describe, expect, it } from "vitest";
import { foldWidth } from "../../../src/finetune/pii/fold-width.js";
import { maskPii } from "../../../src/finetune/pii/mask-pii.js";

type Case = [input: string, expected: string];

/** Each table: what a detector masks, and the look-alikes it must leave alone (expected === input). */
const tables: Record<string, Case[]> = {
  EMAIL: [
    ["連絡先: taro.yamada@example.co.jp まで", "連絡先: [EMAIL] まで"],
    ["mail first.last+tag@sub.example.com.", "mail [EMAIL]."],
    ["ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ へ", "[EMAIL] へ"],
    ["@mention and user@localhost are not addresses", "@mention and user@localhost are not addresses"],
  ],
  PHONE: [
    ["電話 03-1234-5678 です", "電話 [PHONE] です"],
    ["携帯090-1234-5678", "携帯[PHONE]"],
    ["フリーダイヤル0120-123-456", "フリーダイヤル[PHONE]"],
    ["0800-123-4567 (toll free)", "[PHONE] (toll free)"],
    ["ナビダイヤル 0570-000-123", "ナビダイヤル [PHONE]"],
    ["IP電話 050-1234-5678", "IP電話 [PHONE]"],
    ["０９０－１２３４－５６７８", "[PHONE]"],
    ["03(1234)5678 / (03)1234-5678", "[PHONE] / [PHONE]"],
    ["海外から +81-3-1234-5678", "海外から [PHONE]"],
    ["＋８１－９０－１２３４－５６７８", "[PHONE]"],
    ["+81 (0)3 1234 5678", "[PHONE]"],
    ["call +1 (415) 555-0123 now", "call [PHONE] now"],
    ["+1 415 555 0123", "[PHONE]"],
    ["09012345678 (mobile, unseparated)", "[PHONE] (mobile, unseparated)"],
    ["TEL 0312345678", "TEL [PHONE]"],
    ["注文番号0312345678", "注文番号0312345678"],
    ["2024-01-15 の件", "2024-01-15 の件"],
    ["営業 9:00-18:00", "営業 9:00-18:00"],
    ["012-3456 は短すぎる", "012-3456 は短すぎる"],
    ["+1 2", "+1 2"],
  ],
  POSTAL_CODE: [
    ["〒100-0001 東京都千代田区", "〒[POSTAL_CODE] 東京都千代田区"],
    ["〒1000001", "〒[POSTAL_CODE]"],
    ["100-0001 東京都千代田区千代田1-1", "[POSTAL_CODE] 東京都千代田区千代田1-1"],
    ["郵便番号: 530-0001", "郵便番号: [POSTAL_CODE]"],
    ["品番 123-4567 を", "品番 123-4567 を"],
  ],
  CREDIT_CARD: [
    ["card 4111 1111 1111 1111 ok", "card [CREDIT_CARD] ok"],
    ["4111-1111-1111-1111", "[CREDIT_CARD]"],
    ["5500005555555559", "[CREDIT_CARD]"],
    ["Amex 3782 822463 10005", "Amex [CREDIT_CARD]"],
    ["card 4111-1111-1111-1112 fails Luhn", "card 4111-1111-1111-1112 fails Luhn"],
    ["order 1234567890123", "order 1234567890123"],
  ],
  MY_NUMBER: [
    ["個人番号 123456789018", "個人番号 [MY_NUMBER]"],
    ["個人番号 1234 5678 9018", "個人番号 [MY_NUMBER]"],
    ["1234-5678-9018", "[MY_NUMBER]"],
    ["123456789012 (wrong check digit)", "123456789012 (wrong check digit)"],
    ["1234 5678 9012", "1234 5678 9012"],
    ["part of a longer number: 4111 1111 1111 1112", "part of a longer number: 4111 1111 1111 1112"],
  ],
  IP_ADDRESS: [
    ["server 192.168.10.5 down", "server [IP_ADDRESS] down"],
    ["ip 2001:db8::8a2e:370:7334.", "ip [IP_ADDRESS]."],
    ["::1 loopback", "[IP_ADDRESS] loopback"],
    ["::ffff:192.0.2.1", "[IP_ADDRESS]"],
    ["version 1.2.3.4", "version 1.2.3.4"],
    ["v1.2.3.4", "v1.2.3.4"],
    ["999.1.1.1", "999.1.1.1"],
    ["time 10:30:00", "time 10:30:00"],
  ],
  URL_CREDENTIALS: [
    ["https://admin:hunter2@db.example.com/x", "https://[URL_CREDENTIALS]@db.example.com/x"],
    ["postgres://app:p%40ss@10.0.0.5:5432/db", "postgres://[URL_CREDENTIALS]@[IP_ADDRESS]:5432/db"],
    ["https://example.com/user:guide", "https://example.com/user:guide"],
  ],
  URL_SECRET: [
    ["https://ex.com/a?token=abc123&x=1&sig=zzz", "https://ex.com/a?token=[URL_SECRET]&x=1&sig=[URL_SECRET]"],
    ["https://maps.example.com/api?key=AIzaXYZ&q=tokyo", "https://maps.example.com/api?key=[URL_SECRET]&q=tokyo"],
    ["https://ex.com/search?q=token", "https://ex.com/search?q=token"],
  ],
  API_KEY: [
    ["key sk-proj-abcdefghijklmnopqrstuvwx", "key [API_KEY]"],
    ["ANTHROPIC sk-ant-api03-abcdefghijklmnopqrstuvwxyz", "ANTHROPIC [API_KEY]"],
    ["ghp_abcdefghijklmnopqrstuvwxyz0123456789", "[API_KEY]"],
    ["AKIAIOSFODNN7EXAMPLE", "[API_KEY]"],
    ["Authorization: Bearer abcdefghijklmnop1234", "Authorization: Bearer [API_KEY]"],
    ["xoxb-123456789012-abcdefghij", "[API_KEY]"],
    ["task-list and sk-short are not keys", "task-list and sk-short are not keys"],
  ],
};

describe("maskPii", () => {
  for (const [type, cases] of Object.entries(tables)) {
    describe(type, () => {
      it.each(cases)("%s", (input, expected) => {
        expect(maskPii(input).text).toBe(expected);
      });
    });
  }

  it("reports each finding with its type and its offsets in the original text", () => {
    const text = "ＴＥＬ：０３－１２３４－５６７８、mail a@b.jp";
    const { findings } = maskPii(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])).toEqual([
      ["PHONE", "０３－１２３４－５６７８"],
      ["EMAIL", "a@b.jp"],
    ]);
  });

  it("gives an overlap to the detector listed first: a URL's password is not an e-mail address", () => {
    expect(maskPii("ftp://user:pw@files.example.com").findings.map((finding) => finding.type)).toEqual(["URL_CREDENTIALS"]);
  });

  it("returns the very same string when there is nothing to mask", () => {
    const text = "お問い合わせありがとうございます。30日以内に返品できます。";
    expect(maskPii(text)).toEqual({ text, findings: [] });
  });
});

describe("foldWidth", () => {
  it("maps full-width ASCII, the ideographic space and dashes one unit for one", () => {
    const text = "ＡＢＣ　０１２－３ー４＋＠";
    const folded = foldWidth(text);
    expect(folded).toBe("ABC 012-3-4+@");
    expect(folded.length).toBe(text.length);
  });
});
