import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  defaultModelCacheDir,
  huggingFaceEndpoint,
  huggingFaceFileUrl,
} from "../../../src/models/download/model-locations.js";

describe("defaultModelCacheDir", () => {
  it("honours KURABE_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache", () => {
    expect(defaultModelCacheDir({ KURABE_CACHE_DIR: "/x/models", XDG_CACHE_HOME: "/xdg" })).toBe("/x/models");
    expect(defaultModelCacheDir({ XDG_CACHE_HOME: "/xdg" })).toBe(join("/xdg", "kurabe", "models"));
    expect(defaultModelCacheDir({})).toMatch(/\.cache\/kurabe\/models$/);
  });
});

describe("huggingFaceEndpoint", () => {
  it("defaults to the Hub and takes KURABE_HF_ENDPOINT without its trailing slash", () => {
    expect(huggingFaceEndpoint({})).toBe("https://huggingface.co");
    expect(huggingFaceEndpoint({ KURABE_HF_ENDPOINT: "http://127.0.0.1:8080/" })).toBe("http://127.0.0.1:8080");
  });
});

describe("huggingFaceFileUrl", () => {
  it("builds the resolve URL of a file at a revision, escaping each path segment", () => {
    expect(huggingFaceFileUrl("https://hf.example", "org/repo", "dir/a b.gguf")).toBe(
      "https://hf.example/org/repo/resolve/main/dir/a%20b.gguf",
    );
    expect(huggingFaceFileUrl("https://hf.example", "org/repo", "m.gguf", "v1.0")).toBe(
      "https://hf.example/org/repo/resolve/v1.0/m.gguf",
    );
  });
});
