// The fresh blind sets' figures in the README (both languages) and in the corpus README against their one source:
// blind-first-measures.ts and the floors of blind-recall.ts (fresh-set-figures.ts writes the README's words from them).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { FIRST_MEASURES } from "../support/blind-first-measures.js";
import { freshSetsBlock, freshSetsSentenceJa } from "../support/fresh-set-figures.js";

const README = new URL("../../../README.md", import.meta.url);
const CORPUS_README = new URL("../support/blind-pii-corpus/README.md", import.meta.url);

/** The text between `<!-- name:start -->` and `<!-- name:end -->`. */
const between = (text: string, name: string): string | undefined => new RegExp(`<!-- ${name}:start -->\\n?([^]*?)\\n?<!-- ${name}:end -->`).exec(text)?.[1];

/** `KURABE_WRITE_README=1` writes the blocks anew (after a floor or a first measure changed); the test then passes. */
const WRITE = process.env.KURABE_WRITE_README === "1";

describe("the README's figures of the fresh blind sets", () => {
  const blocks = { "fresh-sets": `\n${freshSetsBlock()}\n`, "fresh-sets-ja": freshSetsSentenceJa() };

  it("are the first measures and the floors, as fresh-set-figures.ts writes them (KURABE_WRITE_README=1 writes them anew)", () => {
    let readme = fs.readFileSync(README, "utf8");
    for (const [name, expected] of Object.entries(blocks)) {
      const start = `<!-- ${name}:start -->`;
      const end = `<!-- ${name}:end -->`;
      expect(between(readme, name), `README.md has no ${start} … ${end} block`).toBeDefined();
      if (WRITE) readme = readme.replace(new RegExp(`${start}[^]*?${end}`), () => `${start}${expected}${end}`);
      else expect(between(readme, name), `README.md's ${name} block`).toBe(expected.replace(/^\n|\n$/g, ""));
    }
    if (WRITE) fs.writeFileSync(README, readme);
  });

  it("are each the figure the set's section of the corpus README records", () => {
    const sections = fs.readFileSync(CORPUS_README, "utf8").split(/\n(?=## )/);
    const heading = /^## (\S+) held-out set/;
    const number = (words: string) => ORDINALS.indexOf(words.toLowerCase());
    for (const first of FIRST_MEASURES) {
      const section = sections.find((text) => number(heading.exec(text)?.[1] ?? "") === first.set);
      expect(section, `the corpus README's section of set ${first.set}`).toBeDefined();
      const flat = section!.replace(/\s+/g, " ");
      const holds = (part: number, whole: number) => flat.includes(`${part} of ${whole}`) || flat.includes(`${part}/${whole}`);
      expect(holds(first.masked, first.planted), `set ${first.set}: ${first.masked} of ${first.planted} masked`).toBe(true);
      expect(holds(first.kept, first.lookAlikes), `set ${first.set}: ${first.kept} of ${first.lookAlikes} kept`).toBe(true);
    }
  });
});

const UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS: Record<number, [string, string]> = { 2: ["twentieth", "twenty"], 3: ["thirtieth", "thirty"], 4: ["fortieth", "forty"], 5: ["fiftieth", "fifty"], 6: ["sixtieth", "sixty"] };
/** English ordinals by their number (ORDINALS[43] = "forty-third"), as the corpus README's headings spell them. */
const ORDINALS = Array.from({ length: 70 }, (_, n) => {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const [round, stem] = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? round : `${stem}-${UNITS[n % 10]}`;
});
