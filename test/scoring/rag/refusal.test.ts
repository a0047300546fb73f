import { describe, expect, it } from "vitest";
import { isRefusal } from "../../../src/scoring/rag/refusal-phrases.js";
import { createScorer } from "../../../src/scoring/registry.js";
import { storedExtracted } from "../../../src/scoring/score-detail.js";
import type { Scorer } from "../../../src/scoring/types.js";

describe("isRefusal", () => {
  it.each([
    "申し訳ありませんが、資料には記載がありません。",
    "提供された文書からはわかりません。",
    "その件についてはお答えできません。",
    "該当する情報が見つかりません。",
    "I don't know based on these documents.",
    "The documents do not mention a parking policy.",
  ])("reads %s as a refusal", (text) => {
    expect(isRefusal(text)).toBe(true);
  });

  it.each(["返品は購入日から30日以内に受け付けます[returns.md#1]。", "Refunds take 14 days [refunds.md#1].", "有給休暇は10日付与されます。"])(
    "reads %s as an answer",
    (text) => {
      expect(isRefusal(text)).toBe(false);
    },
  );
});

describe("the refusal scorer", () => {
  const score = async (answerable: boolean | undefined, text: string) =>
    ((await createScorer("refusal")) as Scorer)(
      { id: "q", input: "?", fields: answerable === undefined ? {} : { answerable }, line: 1 },
      { text },
    );

  it("passes a refusal on an unanswerable item and an answer on an answerable one", async () => {
    expect((await score(false, "資料には記載がありません。")).passed).toBe(true);
    expect((await score(true, "30日以内です。")).passed).toBe(true);
    expect((await score(undefined, "30日以内です。")).passed).toBe(true);
  });

  it("fails an answer made up for an unanswerable item and a refusal of an answerable one", async () => {
    expect(await score(false, "駐車場は無料です。")).toMatchObject({
      passed: false,
      extracted: storedExtracted({ code: "refusal", refused: false }),
      detail: { code: "refusal", refused: false, shouldRefuse: true },
    });
    expect(await score(true, "わかりません。")).toMatchObject({ passed: false, detail: { code: "refusal", refused: true, shouldRefuse: false } });
  });
});
