import { describe, expect, it } from "vitest";
import { csvField } from "../../src/report/formats/render-csv.js";
import { escapeXml } from "../../src/report/formats/render-junit.js";
import { markdownCodeBlock, markdownText } from "../../src/report/formats/markdown-text.js";
import { escapeHtml, html } from "../../src/report/html/html-template.js";
import { printable } from "../../src/report/text/printable.js";

describe("printable", () => {
  it.each([
    ["plain text\twith tab\nand newline\r\n", "plain text\twith tab\nand newline\r\n"],
    ["nul \u0000 bell \u0007 escape \u001b del \u007f", "nul \u2400 bell \u2407 escape \u241b del \u2421"],
    ["lone \ud800 high, lone \udc00 low, pair \ud83d\ude00", "lone \ufffd high, lone \ufffd low, pair \ud83d\ude00"],
    ["non-characters \ufffe \uffff", "non-characters \ufffd \ufffd"],
    ["日本語はそのまま", "日本語はそのまま"],
  ])("keeps what markup can hold and shows the rest: %j", (input, output) => {
    expect(printable(input)).toBe(output);
  });
});

describe("escaping per format", () => {
  it("HTML: all five special characters, in text and attributes; SafeHtml only from the template", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    const value = `"><script>alert(1)</script>`;
    expect(html`<p title="${value}">${value}</p>`.value).toBe(
      `<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>`,
    );
    expect(html`${["<b>", html`<i>${"&"}</i>`, null, false, 3]}`.value).toBe("&lt;b&gt;<i>&amp;</i>3");
  });

  it("XML: the five predefined entities and only characters XML 1.0 allows", () => {
    expect(escapeXml(`]]><x a="1" b='2'>&\u0000`)).toBe("]]&gt;&lt;x a=&quot;1&quot; b=&apos;2&apos;&gt;&amp;\u2400");
  });

  it("Markdown text: no emphasis, link, image, code, HTML or cell break can start inside it", () => {
    expect(markdownText("[x](javascript:alert(1)) ![i](y) *a* _b_ `c` <b>&amp; | d\ne")).toBe(
      "\\[x\\]\\(javascript:alert\\(1\\)\\) \\!\\[i\\]\\(y\\) \\*a\\* \\_b\\_ \\`c\\` &lt;b&gt;&amp;amp; \\| d e",
    );
  });

  it("Markdown code block: the fence outlasts any backtick run inside", () => {
    expect(markdownCodeBlock("plain")).toBe("```text\nplain\n```\n");
    expect(markdownCodeBlock("a ```` b")).toBe("`````text\na ```` b\n`````\n");
  });

  it.each([
    [null, ""],
    [Number.NaN, ""],
    [0.25, "0.25"],
    [-0.5, "-0.5"],
    ["plain", "plain"],
    ['say "hi", then\r\nleave', '"say ""hi"", then\r\nleave"'],
    ["=HYPERLINK(\"http://x\")", `"'=HYPERLINK(""http://x"")"`],
    ["+1", "'+1"],
    ["-cmd", "'-cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
  ])("CSV field %j → %j (RFC 4180 quoting, formulas defused)", (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });
});
