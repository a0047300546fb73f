import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../../src/finetune/documents/html-to-markdown.js";

describe("htmlToMarkdown", () => {
  it("keeps headings, paragraphs, list items and table rows; drops the doctype, head, scripts, styles and navigation", () => {
    const html = `<!DOCTYPE html><html><head><title>会社概要 | Example</title><style>p{}</style></head><body>
      <nav><a>ホーム</a></nav><script>track()</script>
      <h1>会社概要</h1><p>東京の   会社です。<br>創業 2001 年。</p>
      <h2>事業</h2><ul><li>販売</li><li>修理 &amp; 保守</li></ul>
      <table><tr><th>項目</th><td>内容</td></tr></table></body></html>`;
    expect(htmlToMarkdown(html)).toEqual({
      title: "会社概要 | Example",
      markdown: "# 会社概要\n\n東京の 会社です。\n創業 2001 年。\n\n## 事業\n\n- 販売\n- 修理 & 保守\n\n| 項目 | 内容 |",
    });
  });

  it("writes a table whose first row is headings as a Markdown table: rule line after it, no blank line between rows", () => {
    const html = "<table><tr><th>時刻</th><th>担当</th></tr><tr><td>10:42</td><td>黒田</td></tr><tr><td>11:58</td><td>野口</td></tr></table>";
    expect(htmlToMarkdown(html).markdown).toBe("| 時刻 | 担当 |\n| --- | --- |\n| 10:42 | 黒田 |\n| 11:58 | 野口 |");
  });

  it("keeps preformatted text as it is", () => {
    expect(htmlToMarkdown("<pre>a\n  b</pre>").markdown).toBe("a\n  b");
  });
});
