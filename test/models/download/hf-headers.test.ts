import { describe, expect, it } from "vitest";
import { readHfFileFacts } from "../../../src/models/download/hf-headers.js";

const sha = "a".repeat(64);

describe("readHfFileFacts", () => {
  it.each([
    ["the Hub's linked etag and size", { "x-linked-etag": `"${sha}"`, "x-linked-size": "123" }, { sha256: sha, size: 123 }],
    ["the linked etag over a plain ETag", { "x-linked-etag": `"${sha}"`, etag: `"${"b".repeat(64)}"` }, { sha256: sha }],
    ["a plain ETag that is a SHA-256", { etag: `W/"${sha.toUpperCase()}"` }, { sha256: sha }],
    ["nothing from a git blob SHA-1 ETag", { etag: `"${"c".repeat(40)}"` }, {}],
    ["nothing from an unparsable size", { "x-linked-size": "lots" }, {}],
    ["nothing when the headers say nothing", {}, {}],
  ])("reads %s", (_case, headers, facts) => {
    expect(readHfFileFacts(new Headers(headers))).toEqual(facts);
  });
});
