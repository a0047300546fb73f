import { describe, expect, it } from "vitest";
import { PII_DETECTORS } from "../../../src/finetune/pii/detectors.js";
import { namesAtRisk, residualKinds } from "../../../src/finetune/pii/residual-check.js";
import { ResidualPass } from "../../../src/finetune/pii/residual-pass.js";

/** An output record as the training files hold it: a chat whose messages are masked text. */
const record = (...contents: string[]): string => `${JSON.stringify({ messages: contents.map((content) => ({ role: "user", content })) })}\n`;

describe("the residual-risk pass over written outputs", () => {
  it.each([
    ["a number passing Luhn, whatever its context", "注文番号 4111111111111111 を承りました", ["possible CREDIT_CARD"]],
    ["a valid My Number, whatever its context", "追跡番号 123456789018 です", ["possible MY_NUMBER"]],
    ["a 0-prefixed run of 10 digits", "注文番号0312345678", ["possible PHONE"]],
    ["an @ between word characters", "write to user@localhost", ["possible EMAIL"]],
    ["a long random-looking token", "build AbcdEfgh3IjklMnopQrstUvwx done", ["possible API_KEY"]],
    ["what masking's detectors find, under the stricter kind", "mail taro@example.co.jp", ["possible EMAIL"]],
    ["no placeholder read as a value, nor a word masking's detectors would take (masking's second look does)", 'The password is "[SECRET]". [PERSON] さん、石川です', []],
    ["nothing in masked text and look-alikes the stricter detectors let pass", "[PERSON]様、バージョン 1.2.3.4 と 2024-01-15 の件", []],
  ])("finds %s", (_what, text, kinds) => {
    expect(residualKinds(record(text))).toEqual(kinds);
  });

  it("finds, under masking's kinds, what masking's detectors find in the inputs' names (not masked) wherever a record holds it", () => {
    const names = namesAtRisk(["docs/山田太郎様_見積.md", "inquiries/2024.csv", "docs/佐藤花子さん/契約.md", "docs/manual.md"], PII_DETECTORS);
    expect(names.map((name) => name.kind)).toEqual(["PERSON", "PERSON"]);
    expect(residualKinds(`${JSON.stringify({ id: "e1", sources: ["山田太郎様_見積.md"] })}\n`, names)).toEqual(["PERSON"]);
    expect(residualKinds(`${JSON.stringify({ source: "docs/佐藤花子さん/契約.md", note: "注文番号0312345678" })}\n`, names)).toEqual(["PERSON", "possible PHONE"]);
    expect(residualKinds(`${JSON.stringify({ source: "docs/manual.md" })}\n`, names)).toEqual([]);
  });

  it("reads a record's string values, not its keys", () => {
    expect(residualKinds(`${JSON.stringify({ "user@host": "ok", meta: { note: "注文番号0312345678" } })}\n`)).toEqual(["possible PHONE"]);
    expect(residualKinds("\n")).toEqual([]);
  });

  it("reports each finding by file, line and kind, never its value, for records read as they are written", () => {
    const pass = new ResidualPass();
    const records = [record("clean"), record("注文番号 4111111111111111"), record("clean"), record("a@b.example.com と 注文番号0312345678")];
    let written = "";
    for (const piece of pass.check("train.openai.jsonl", records)) written += piece;
    expect(written).toBe(records.join(""));
    const findings = pass.findings(["train.openai.jsonl"]);
    expect(findings).toEqual([
      { file: "train.openai.jsonl", line: 2, kind: "possible CREDIT_CARD" },
      { file: "train.openai.jsonl", line: 4, kind: "possible EMAIL" },
      { file: "train.openai.jsonl", line: 4, kind: "possible PHONE" },
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/4111|0312345678|a@b/);
  });

  it("refuses to give findings before a file has been read to its end", () => {
    const pass = new ResidualPass();
    expect(() => pass.findings(["train.openai.jsonl"])).toThrow(/has not read train\.openai\.jsonl/);
  });
});
