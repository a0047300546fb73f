import { describe, expect, it } from "vitest";
import { PII_DETECTORS } from "../../../src/finetune/pii/detectors.js";
import { residualDetectors, residualKinds } from "../../../src/finetune/pii/residual-check.js";
import { ResidualPass } from "../../../src/finetune/pii/residual-pass.js";

const detectors = residualDetectors(PII_DETECTORS);
/** An output record as the training files hold it: a chat whose messages are masked text. */
const record = (...contents: string[]): string => `${JSON.stringify({ messages: contents.map((content) => ({ role: "user", content })) })}\n`;

describe("the residual-risk pass over written outputs", () => {
  it.each([
    ["a number passing Luhn, whatever its context", "注文番号 4111111111111111 を承りました", ["possible CREDIT_CARD"]],
    ["a valid My Number, whatever its context", "追跡番号 123456789018 です", ["possible MY_NUMBER"]],
    ["a 0-prefixed run of 10 digits", "注文番号0312345678", ["possible PHONE"]],
    ["an @ between word characters", "write to user@localhost", ["possible EMAIL"]],
    ["a long random-looking token", "build AbcdEfgh3IjklMnopQrstUvwx done", ["possible API_KEY"]],
    ["anything the masking detectors find, under their kind", "mail taro@example.co.jp", ["EMAIL"]],
    ["nothing in masked text and look-alikes the stricter detectors let pass", "[PERSON]様、バージョン 1.2.3.4 と 2024-01-15 の件", []],
  ])("finds %s", (_what, text, kinds) => {
    expect(residualKinds(record(text), detectors)).toEqual(kinds);
  });

  it("reads a record's string values, not its keys", () => {
    expect(residualKinds(`${JSON.stringify({ "user@host": "ok", meta: { note: "注文番号0312345678" } })}\n`, detectors)).toEqual(["possible PHONE"]);
    expect(residualKinds("\n", detectors)).toEqual([]);
  });

  it("reports each finding by file, line and kind, never its value, for records read as they are written", async () => {
    const pass = new ResidualPass(PII_DETECTORS);
    const records = [record("clean"), record("注文番号 4111111111111111"), record("clean"), record("a@b.example.com と 注文番号0312345678")];
    let written = "";
    for await (const piece of pass.check("train.openai.jsonl", records)) written += piece;
    expect(written).toBe(records.join(""));
    const findings = await pass.findings(["train.openai.jsonl"]);
    expect(findings).toEqual([
      { file: "train.openai.jsonl", line: 2, kind: "possible CREDIT_CARD" },
      { file: "train.openai.jsonl", line: 4, kind: "EMAIL" },
      { file: "train.openai.jsonl", line: 4, kind: "possible PHONE" },
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/4111|0312345678|a@b/);
  });

  it("refuses to give findings before a file has been read to its end", async () => {
    const pass = new ResidualPass(PII_DETECTORS);
    await expect(pass.findings(["train.openai.jsonl"])).rejects.toThrow(/has not read train\.openai\.jsonl/);
  });
});
