import { describe, expect, it } from "vitest";
import { SpilledInquiry } from "../../src/finetune/spilled-inquiry.js";
import { TextSpill } from "../../src/finetune/text-spill.js";

describe("SpilledInquiry.emptyTurn", () => {
  it("names the first blank turn as its texts are spilled, and again as they are respilled or replaced", () => {
    const spill = TextSpill.open();
    try {
      const row = (question: string, answer: string) => new SpilledInquiry("q.csv", "q.csv", 2, [{ role: "system", content: "" }], spill, question, answer);
      const first = row("請求書の再発行は？", "マイページから");
      expect([first.id, first.source]).toEqual(["q.csv:2", { kind: "inquiry", file: "q.csv", line: 2 }]);
      expect(first.emptyTurn()).toBeUndefined();
      expect(row("請求書の再発行は？", " \n\t").emptyTurn()).toBe("assistant");
      expect(row("　", "").emptyTurn()).toBe("user");
      const respilled = row("Where is my order?", "");
      respilled.respill("Where is my order?", "It ships today.");
      expect(respilled.emptyTurn()).toBeUndefined();
      respilled.messages = [
        { role: "user", content: "Where is my order?" },
        { role: "assistant", content: " " },
      ];
      expect(respilled.emptyTurn()).toBe("assistant");
    } finally {
      spill.close();
    }
  });
});
