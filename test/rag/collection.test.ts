import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KurabeError } from "../../src/errors.js";
import { readCollection } from "../../src/rag/collection.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

function folderWith(files: Record<string, string>): { path: string; shown: string } {
  const path = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(path, name, ".."), { recursive: true });
    writeFileSync(join(path, name), text);
  }
  return { path, shown: "docs" };
}

describe("readCollection", () => {
  it("cuts documents by heading and names each chunk file#n", async () => {
    const folder = folderWith({
      "faq.md": "# よくある質問\n\n## 返品\n\n30日以内に受け付けます。\n\n## 配送\n\n3〜5営業日でお届けします。\n",
      "hr/leave.txt": "有給休暇は入社6か月後に10日付与されます。",
    });
    const { chunks } = await readCollection([folder], 800);
    expect(chunks.map((chunk) => chunk.id)).toEqual(["faq.md#1", "faq.md#2", "hr/leave.txt#1"]);
    expect(chunks[1]).toMatchObject({ file: "faq.md", title: "よくある質問", headings: ["配送"], text: "3〜5営業日でお届けします。" });
  });

  it("leaves out the documents `exclude` names, by their path in the folder", async () => {
    const folder = folderWith({ "faq.md": "# FAQ\n\n返品は30日以内です。\n", "hr/leave.txt": "有給休暇は10日です。", "hr/parking.txt": "駐車場はありません。" });
    const { chunks, documentHashes } = await readCollection([folder], 800, ["hr/parking.txt"]);
    expect(chunks.map((chunk) => chunk.id)).toEqual(["faq.md#1", "hr/leave.txt#1"]);
    expect(Object.keys(documentHashes).sort()).toEqual(["faq.md", "hr/leave.txt"]);
  });

  it("hashes each document's content: an edit changes that document's hash only", async () => {
    const folder = folderWith({ "a.md": "# A\n\n一つ目", "b.md": "# B\n\n二つ目" });
    const before = (await readCollection([folder], 800)).documentHashes;
    writeFileSync(join(folder.path, "b.md"), "# B\n\n二つ目を直した");
    const after = (await readCollection([folder], 800)).documentHashes;
    expect(after["a.md"]).toBe(before["a.md"]);
    expect(after["b.md"]).not.toBe(before["b.md"]);
  });

  it("refuses a missing folder, an empty one and one without any text, naming the folder", async () => {
    await expect(readCollection([{ path: join(tempDir(), "nope"), shown: "docs/nope" }], 800)).rejects.toMatchObject({
      code: "config",
      message: "documents folder not found",
      location: { file: "docs/nope" },
    });
    const empty = { path: tempDir(), shown: "docs/empty" };
    await expect(readCollection([empty], 800)).rejects.toBeInstanceOf(KurabeError);
    await expect(readCollection([folderWith({ "image.png": "x" })], 800)).rejects.toThrow(/no text to retrieve from/);
  });
});
