import { describe, expect, it } from "vitest";
import { markdownSections } from "../../../src/finetune/documents/markdown-sections.js";

describe("markdownSections", () => {
  it("splits at headings, keeping the heading path, and takes the first level-1 heading as the title", () => {
    const markdown = "# Guide\n\nIntro.\n\n## Returns\n\nWithin 30 days.\n\n### Exceptions\n\nSale items.\n\n## Refunds\n\nFive days.\n";
    expect(markdownSections(markdown)).toEqual({
      title: "Guide",
      sections: [
        { headings: ["Guide"], text: "Intro." },
        { headings: ["Guide", "Returns"], text: "Within 30 days." },
        { headings: ["Guide", "Returns", "Exceptions"], text: "Sale items." },
        { headings: ["Guide", "Refunds"], text: "Five days." },
      ],
    });
  });

  it("ignores # lines inside fenced code, and keeps the fence in the text", () => {
    const markdown = "## Setup\n\n```sh\n# not a heading\nnpm i\n```\n\nDone.";
    expect(markdownSections(markdown).sections).toEqual([{ headings: ["Setup"], text: "```sh\n# not a heading\nnpm i\n```\n\nDone." }]);
  });

  it("reads setext headings and skips YAML front matter", () => {
    const markdown = "---\ntitle: x\n---\n返品ガイド\n=====\n\n本文です。\n\n条件\n----\n\n30日以内。\n";
    expect(markdownSections(markdown)).toEqual({
      title: "返品ガイド",
      sections: [
        { headings: ["返品ガイド"], text: "本文です。" },
        { headings: ["返品ガイド", "条件"], text: "30日以内。" },
      ],
    });
  });

  it("leaves out headings with no text of their own, and keeps text before any heading", () => {
    const markdown = "Preface.\n\n# A\n## B\n\nText.\n";
    expect(markdownSections(markdown).sections).toEqual([
      { headings: [], text: "Preface." },
      { headings: ["A", "B"], text: "Text." },
    ]);
  });

  it("starts a sibling heading path afresh", () => {
    const markdown = "## A\n\n### A1\n\nx\n\n## B\n\ny\n";
    expect(markdownSections(markdown).sections.map((section) => section.headings)).toEqual([["A", "A1"], ["B"]]);
  });
});
