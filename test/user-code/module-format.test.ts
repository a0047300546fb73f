import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isCommonJs } from "../../src/user-code/module-format.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

/** A project folder with a package.json holding `manifest` (none when undefined), and `file` in `sub/` below it. */
function fileIn(manifest: string | undefined, file: string): string {
  const dir = tempDir();
  if (manifest !== undefined) fs.writeFileSync(path.join(dir, "package.json"), manifest);
  fs.mkdirSync(path.join(dir, "sub"));
  return path.join(dir, "sub", file);
}

describe("isCommonJs: how Node and tsx run a user's module", () => {
  it.each([
    ["a .cjs file, whatever the package says", '{"type": "module"}', "check.cjs", true],
    ["a .cts file, whatever the package says", '{"type": "module"}', "check.cts", true],
    ["an .mjs file, whatever the package says", '{"type": "commonjs"}', "check.mjs", false],
    ["an .mts file, whatever the package says", "{}", "check.mts", false],
    ["a .ts file in a package of type module", '{"type": "module"}', "check.ts", false],
    ["a .js file in a package of type module", '{"type": "module"}', "check.js", false],
    ["a .ts file in a package without a type", '{"name": "x"}', "check.ts", true],
    ["a .js file in a package of type commonjs", '{"type": "commonjs"}', "check.js", true],
  ])("%s", (_name, manifest, file, commonJs) => {
    expect(isCommonJs(fileIn(manifest, file))).toBe(commonJs);
  });

  it("names a package.json that is not valid JSON, which JSON.parse's own message does not", () => {
    const file = fileIn("{ type: module }", "check.ts");
    expect(() => isCommonJs(file)).toThrow(`${path.join(path.dirname(path.dirname(file)), "package.json")} is not valid JSON (`);
  });
});
