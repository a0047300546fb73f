import { describe, expect, it } from "vitest";
import { extractJson } from "../../src/scoring/json-extraction.js";
import { jsonScorer } from "../../src/scoring/json.js";
import { makeItem } from "./make-item.js";
import { detailText } from "../support/detail-text.js";

describe("extractJson", () => {
  it.each([
    ["the whole answer", '{"a": 1}', { a: 1 }, "whole answer"],
    ["a ```json fence", 'Here it is:\n```json\n{"a": 1}\n```\nDone.', { a: 1 }, "code fence"],
    ["a bare ``` fence", '```\n[1, 2]\n```', [1, 2], "code fence"],
    ["an object inside prose", 'Sure! {"a": {"b": "}"}} is the result.', { a: { b: "}" } }, "embedded"],
    ["an array inside prose", "The list is [1, 2, 3].", [1, 2, 3], "embedded"],
    ["the first object that parses", 'Not {this}, but {"ok": true}', { ok: true }, "embedded"],
  ])("reads %s", (_, text, value, from) => {
    expect(extractJson(text)).toEqual({ value, from });
  });

  it.each([["no JSON at all"], ["{broken: json"], ['```json\n{"a": }\n```']])("finds nothing in %j", (text) => {
    expect(extractJson(text)).toBeUndefined();
  });
});

describe("json", () => {
  const schema = {
    type: "object",
    required: ["name", "age"],
    properties: { name: { type: "string" }, age: { type: "integer" } },
  };

  it("passes valid JSON when there is nothing else to check", () => {
    const score = jsonScorer.create({})(makeItem(), { text: '```json\n{"x": 1}\n```' });
    expect(score).toMatchObject({ passed: true, extracted: '{"x":1}' });
  });

  it("fails JSON that breaks the schema, saying where", () => {
    const scorer = jsonScorer.create({ schema });
    expect(scorer(makeItem(), { text: '{"name": "Ann", "age": 30}' }).passed).toBe(true);
    const score = scorer(makeItem(), { text: '{"name": "Ann", "age": "thirty"}' });
    expect(score).toMatchObject({ passed: false, value: 0 });
    expect(detailText(score.detail)).toContain("/age must be integer");
  });

  it("fails when no JSON is found", () => {
    expect(jsonScorer.create({})(makeItem(), { text: "I can't." })).toMatchObject({ passed: false, detail: { code: "not-found", what: "json" } });
  });

  it("compares every leaf of the expected object and gives partial credit", () => {
    const scorer = jsonScorer.create({});
    const item = makeItem({ expected: { name: "東京", address: { zip: "100-0001", floor: 3 }, tags: ["a", "b"] } });
    const right = scorer(item, {
      text: '{"name": "東京", "address": {"zip": "100-0001", "floor": "3"}, "tags": ["A", "b"], "extra": 1}',
    });
    expect(right).toMatchObject({ value: 1, passed: true });
    expect(detailText(right.detail)).toBe("4/4 fields match");
    const half = scorer(item, {
      text: '{"name": "大阪", "address": {"zip": "100-0001", "floor": 4}, "tags": ["a", "b"]}',
    });
    expect(half).toMatchObject({ value: 0.5, passed: false });
    expect(detailText(half.detail)).toBe("2/4 fields match; wrong: name, address.floor");
  });

  it("compares only the listed fields, including array positions", () => {
    const scorer = jsonScorer.create({ fields: ["items.0.sku"] });
    const item = makeItem({ expected: { items: [{ sku: "A-1", qty: 2 }] } });
    expect(scorer(item, { text: '{"items": [{"sku": "a-1", "qty": 9}]}' }).passed).toBe(true);
    expect(scorer(item, { text: '{"items": []}' }).passed).toBe(false);
  });

  it("compares a non-object expected value as a whole", () => {
    expect(jsonScorer.create({})(makeItem({ expected: [1, 2] }), { text: "[1, 2]" }).passed).toBe(true);
    expect(jsonScorer.create({})(makeItem({ expected: [1, 2] }), { text: "[2, 1]" }).passed).toBe(false);
  });

  it("refuses to compile a schema with a misspelt keyword", () => {
    expect(() => jsonScorer.create({ schema: { type: "object", requred: ["a"] } })).toThrow(/requred/);
  });
});
