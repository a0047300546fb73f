import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nameLexicon } from "../../../src/finetune/pii/lexicon/japanese-name-lexicon.js";
import { worldNames } from "../../../src/finetune/pii/lexicon/world-name-lexicon.js";

describe("nameLexicon", () => {
  it("holds faker's Japanese names the dictionary lacks (陽翔, 結菜, 奧村), so every Japanese rule knows them", () => {
    const { surnames, givenNames } = nameLexicon();
    expect(["陽翔", "結菜", "さくら"].filter((name) => !givenNames.has(name))).toEqual([]);
    expect(surnames.has("奧村")).toBe(true);
    const { japaneseSurnames, japaneseGivenNames } = worldNames();
    const { commonNouns } = nameLexicon();
    expect([...japaneseSurnames].filter((name) => !surnames.has(name) && !commonNouns.has(name))).toEqual([]);
    expect([...japaneseGivenNames].filter((name) => !givenNames.has(name) && !commonNouns.has(name))).toEqual([]);
  });

  it("leaves out those the dictionary reads as a common noun, and needs a cue for a one-kanji one that is a noun too", () => {
    const { givenNames, nounGivenNames } = nameLexicon();
    expect(["太陽", "蒼空", "百花"].filter((word) => givenNames.has(word))).toEqual([]);
    expect(["空", "紬"].filter((name) => !nounGivenNames.has(name))).toEqual([]);
  });
});

describe("Okinawan surnames beside the dictionary's", () => {
  it("holds those it lacks with their readings, and adds readings to those it has", () => {
    const { surnames, surnameReadings, readingsOfSurname } = nameLexicon();
    expect(["仲宗根", "瑞慶覧", "真栄城", "与那嶺"].filter((name) => !surnames.has(name))).toEqual([]);
    expect(readingsOfSurname.get("瑞慶覧")).toEqual(["ズケラン"]);
    expect(readingsOfSurname.get("新城")).toEqual(expect.arrayContaining(["シンジョウ", "アラシロ"]));
    expect(surnameReadings.has("ナカソネ")).toBe(true);
    expect(surnames.has("普天間")).toBe(false);
  });
});

describe("the lexicon npm run build saves (dist/)", () => {
  it("is the lexicon read from the dictionary, every set and map in the same order", async () => {
    expect(existsSync(new URL("../../../dist/finetune/pii/lexicon/japanese-name-lexicon.json", import.meta.url)), "dist/ lacks the saved lexicon: npm run build").toBe(true);
    const built = (await import(new URL("../../../dist/finetune/pii/lexicon/japanese-name-lexicon.js", import.meta.url).href)) as { nameLexicon: typeof nameLexicon };
    const saved = built.nameLexicon();
    const read = nameLexicon();
    expect(Object.keys(saved).sort()).toEqual(Object.keys(read).sort());
    for (const [key, values] of Object.entries(read)) expect([...(saved[key as keyof typeof saved] as Iterable<unknown>)], key).toEqual([...(values as Iterable<unknown>)]);
  });
});
