import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import "../../../src/finetune/pii/detectors.js";
import "../../../src/finetune/pii/residual-check.js";
import { foldWidth } from "../../../src/finetune/pii/fold-width.js";
import { cuedGate, gateHolds, gateVerdicts, openGates } from "../../../src/finetune/pii/gate-cues.js";
import { cueOf, type Cue } from "../../../src/finetune/pii/regex-cues.js";

/**
 * Whether `text` holds some of `cue`: a unit of its units, or a unit of its pair's first right before one of its
 * second; and one of its grams, if it has some.
 */
function holdsCue(cue: Cue, text: string): boolean {
  if (cue.grams && !cue.grams.some((gram) => text.includes(gram))) return false;
  const within = (ranges: Cue["units"], unit: number): boolean => ranges.some(([from, to]) => unit >= from && unit <= to);
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (within(cue.units, unit)) return true;
    if (index > 0 && cue.pair && within(cue.pair.first, text.charCodeAt(index - 1)) && within(cue.pair.second, unit)) return true;
  }
  return false;
}

describe("cueOf", () => {
  it.each<[RegExp, string[], string[]]>([
    [/[市郡区町村]/, ["港区", "村"], ["東京都", ""]],
    [/@|TEL|電話/, ["a@b", "TEL", "お電話"], ["T E L", "電 話", "tel"]],
    [/(?<=[部課])[ 　]長/u, [" 長", "部　長"], ["部", "長"]],
    [/a{0,2}b|c+d/, ["b", "cd", "ccd"], ["a", "c", "d"]],
    [/x?\d-\d/, ["1-2", "0-9"], ["x", "1 2"]],
    [/\p{Script=Han}{2}/u, ["山", "𠮷"], ["やま", "ABC"]],
    [/😀/u, ["😀"], ["a"]],
    [/[\d]+x/, ["1x"], ["x1"]],
    [/(a)\1b/, ["aab"], ["c", ""]],
    [/^\d{1,2}:\d{2}[ \t]+[A-Z]/mu, ["12:30 A"], ["abc"]],
    [/abc/i, ["ABC", "aBc"], ["xyz"]],
    [/k/iu, ["K", "\u212a"], ["x"]],
    [/\p{Script=Han}[ 　]\p{Script=Han}/u, ["山 田", "𠮷 𠮷"], ["山田", "a b"]],
  ])("%s: a text that may match holds it, one that cannot need not", (pattern, holding, lacking) => {
    const cue = cueOf(pattern)!;
    expect(cue).toBeDefined();
    for (const text of holding) expect(holdsCue(cue, text), text).toBe(true);
    for (const text of lacking) expect(holdsCue(cue, text), text).toBe(false);
  });

  it.each<[RegExp, string[], string[]]>([
    [/Mumbai|Chennai|New Delhi/, ["Mumbai", "to Chennai", "New Delhi"], ["Munich", "Thank you"]],
    [/住所|所在地/u, ["ご住所", "所在地"], ["住まい", "場所"]],
    [/[Nn]ext of kin/, ["Next of kin", "next of kin:"], ["of", "N e x t"]],
    [/ab+c/, ["abc", "abbbbc"], ["ac", "a b c"]],
    [/x[.-]y\.z/, ["x.y.z", "x-y.z"], ["x.y", "x y z"]],
    [/(?:TEL|電話)(?=\d)/, ["TEL0", "電話1"], ["T EL", "電 話"]],
    [/a(?:bc|de)f/, ["abcf", "adef"], ["af", "b c d e"]],
  ])("%s: grams of words in a row, one of which a match holds (a repeat or a lookaround breaks a row)", (pattern, holding, lacking) => {
    const cue = cueOf(pattern)!;
    expect(cue.grams?.length).toBeGreaterThan(0);
    for (const text of holding) expect(holdsCue(cue, text), text).toBe(true);
    for (const text of lacking) expect(holdsCue(cue, text), text).toBe(false);
  });

  it.each([/a\d+b/, /[a-z]{3}/, /abc/i, /a?bc?/, /a\bb/u])("%s: no grams where no two characters of a match are known to stand side by side", (pattern) => {
    expect(cueOf(pattern)?.grams).toBeUndefined();
  });

  it.each([/a?/, /(?:)/, /a*|b/, /\b/, /(?=a)/, /b|/, new RegExp("\\01"), new RegExp("\\u{41}"), new RegExp("\\c")])("%s: none where the pattern could match empty or is not read here", (pattern) => {
    expect(cueOf(pattern)).toBeUndefined();
  });
});

describe("cuedGate", () => {
  it("gives each pattern's own verdict, text after text, shared between gates written alike", () => {
    const first = cuedGate(/丁目\d/u);
    const second = cuedGate(/丁目\d/u);
    const unread = cuedGate(/[Zz]ip/i);
    for (const text of ["1丁目2", "丁目", "abc", "1丁目2", "ZIP 丁目3"]) {
      expect(gateHolds(first, text)).toBe(/丁目\d/u.test(text));
      expect(gateHolds(second, text)).toBe(/丁目\d/u.test(text));
      expect(gateHolds(unread, text)).toBe(/[Zz]ip/i.test(text));
    }
  });

  it("keeps every verdict when gates with grams come after texts were read and their tables grow", () => {
    const cities = /Mumbai|Chennai|Kolkata/;
    const early = cuedGate(cities);
    gateHolds(early, "read once: the tables hold the gates so far");
    const lists = Array.from({ length: 70 }, (_, index) => new RegExp(`Qua${index}rk|Zeb${index}ra|Wom${index}bat`));
    const late = lists.map((pattern) => cuedGate(pattern));
    for (const text of ["to Chennai", "a Qua7rk here", "Wom69bat, Zeb0ra", "Qua7 rk", "Kolkata and Zeb33ra", "none of them"]) {
      expect(gateHolds(early, text), text).toBe(cities.test(text));
      late.forEach((gate, index) => expect(gateHolds(gate, text), `${lists[index]} on ${text}`).toBe(lists[index]!.test(text)));
    }
    const skipped = gateVerdicts("none of them").filter(({ pattern, passed }) => !passed && (pattern === cities || lists.includes(pattern)));
    expect(skipped).toHaveLength(71);
  });
});

describe("openGates", () => {
  it("closes a gate only where its pattern fails, and leaves a slot with no gate open", () => {
    const patterns = [/丁目\d/u, /Mumbai|Chennai/, /[Pp]assword/, /\d{3}-\d{4}/];
    const cued = [undefined, ...patterns.map((pattern) => cuedGate(pattern)), undefined];
    const open = new Uint8Array(cued.length);
    for (const text of ["3丁目4", "to Chennai", "the password", "〒150-0001", "none", "丁目 and Mumbai and 123-4567"]) {
      openGates(text, cued, open);
      expect([open[0], open[cued.length - 1]], text).toEqual([1, 1]);
      patterns.forEach((pattern, index) => {
        if (pattern.test(text)) expect(open[index + 1], `${pattern} on ${text}`).toBe(1);
      });
    }
    openGates("none of them here", cued, open);
    expect([...open]).toEqual([1, 0, 0, 0, 0, 1]);
  });
});

const support = fileURLToPath(new URL("../support/", import.meta.url));
/** The sets kept aside (the tenth, the eleventh and any later) are not read, nor the READMEs that describe them. */
const keptAside = (name: string): boolean => /^held-out-(?:1\d|[2-9]\d)/.test(name) || name === "README.md";

function* filesUnder(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (keptAside(entry.name)) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(file);
    else if (!file.endsWith(".ts")) yield file;
  }
}

/** Every text of the test corpora: each file whole and line by line, markers (`⟦kind|value⟧`) kept and removed, and their shadows. */
function corpusTexts(): string[] {
  const texts = new Set<string>();
  for (const file of filesUnder(support)) {
    const raw = fs.readFileSync(file);
    const text = new TextDecoder(file.includes("sjis") ? "shift_jis" : "utf-8").decode(raw);
    for (const variant of [text, text.replace(/⟦=?[a-z0-9-]+\|([^⟧]*)⟧/gu, "$1")]) {
      for (const piece of [variant, ...variant.split("\n")]) {
        texts.add(piece);
        texts.add(foldWidth(piece));
      }
    }
  }
  return [...texts];
}

describe("the one pass over a text (gate-cues.ts)", () => {
  it("never skips a gate of the built-in detectors whose own test holds, in any text of the test corpora or any match in them", () => {
    const texts = corpusTexts();
    const gates = gateVerdicts("").map((verdict) => verdict.pattern);
    expect(gates.length).toBeGreaterThan(100);
    expect(gateVerdicts("").filter((verdict) => verdict.cued).length / gates.length).toBeGreaterThan(0.9);
    const missed: string[] = [];
    let skipped = 0;
    // A text's verdicts are the same each time it comes: a match that recurs (担当, "Tanaka, K") is checked once.
    const checked = new Set<string>();
    const check = (text: string): void => {
      if (checked.has(text)) return;
      checked.add(text);
      gateVerdicts(text).forEach(({ pattern, passed }) => {
        if (passed) return;
        skipped++;
        if (pattern.test(text)) missed.push(`${pattern} on ${JSON.stringify(text.slice(0, 80))}`);
      });
    };
    for (const text of texts) {
      check(text);
      // Each match alone, and with a character either side: the cue must lie within what the pattern reads.
      for (const pattern of gates) {
        if (!pattern.test(text)) continue;
        const global = new RegExp(pattern.source, `${pattern.flags}g`);
        for (const match of text.matchAll(global)) {
          const end = match.index + match[0].length;
          check(match[0]);
          check(text.slice(Math.max(0, match.index - 1), end + 1));
        }
      }
    }
    expect(missed).toEqual([]);
    expect(skipped).toBeGreaterThan(0);
  });
});
