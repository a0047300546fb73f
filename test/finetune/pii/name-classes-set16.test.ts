import { describe, expect, it } from "vitest";
import { maskDocumentSections } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the sixteenth set (a development set) missed (issue 13), each with other values than the
 * set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("name classes of the sixteenth set", {
  "a note headed by its writer's surname at a line's head": [
    ["[小池メモ] 書類は回収済み。", "[[PERSON]メモ] 書類は回収済み。"],
    ["[望月メモ 12/03] 次回は来週。", "[[PERSON]メモ 12/03] 次回は来週。"],
    ["林メモ：鍵は受付に返却", "[PERSON]メモ：鍵は受付に返却"],
    ["[2026-12-01 10:15] 秋山メモ：再発行済み", "[2026-12-01 10:15] [PERSON]メモ：再発行済み"],
    ["作業メモ：配線を確認", "作業メモ：配線を確認"],
    ["[会議メモ] 議題は三件", "[会議メモ] 議題は三件"],
    ["新メモ：旧版は破棄", "新メモ：旧版は破棄"],
    ["詳しくは小池メモを参照", "詳しくは小池メモを参照"],
  ],
  "a chat line's speaker in brackets after the role they speak for": [
    ["[2026-12-01 09:02] ショップ（望月）：発送しました。", "[2026-12-01 09:02] ショップ（[PERSON]）：発送しました。"],
    ["店舗（Ravi）：在庫はあります", "店舗（[PERSON]）：在庫はあります"],
    ["shop (Anand): it ships today", "shop ([PERSON]): it ships today"],
    ["窓口（小池 和也）：受付済み", "窓口（[PERSON]）：受付済み"],
    ["返信（自動）：受け付けました", "返信（自動）：受け付けました"],
    ["Note (Internal): see above", "Note (Internal): see above"],
    ["電話（自宅）：未確認", "電話（自宅）：未確認"],
    ["備考（任意）：なし", "備考（任意）：なし"],
  ],
  "a spaced full name after a licensed profession or an appointed role, its surname one kanji or unlisted": [
    ["司法書士 堤 正弘 に依頼", "司法書士 [PERSON] に依頼"],
    ["現場代理人：鬼頭 達也（090-0000-0000）", "現場代理人：[PERSON]（[PHONE]）"],
    ["安全衛生責任者 柳生 健太", "安全衛生責任者 [PERSON]"],
    ["行政書士 試験 対策", "行政書士 試験 対策"],
    ["弁護士 会館 集合", "弁護士 会館 集合"],
  ],
});

describe("a found full name's surname the dictionary lacks, where it recurs alone in the document", () => {
  it("masks the surname alone in another section when the given name is a listed one", () => {
    const [first, second] = maskDocumentSections(["現場代理人：鬼頭 達也", "所長 鬼頭 が訪問。"]).map((result) => result.text);
    expect(first).toBe("現場代理人：[PERSON]");
    expect(second).toBe("所長 [PERSON] が訪問。");
  });
});

describe("a one-kanji surname found in a document, recurring as a list's item before a note in brackets", () => {
  it("masks it after a list's joiner, not where it stands as a word", () => {
    const text = "担当：呉 志明\n次週：榊原さん（土）、呉（土日）\n呉（広島県）へ出張";
    expect(maskDocumentSections([text])[0]!.text).toBe("担当：[PERSON]\n次週：[PERSON]さん（土）、[PERSON]（土日）\n呉（広島県）へ出張");
  });
});
