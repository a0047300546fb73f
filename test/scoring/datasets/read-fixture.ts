import { readFileSync } from "node:fs";

/** The records of a real dev-item fixture (test/fixtures/datasets/<name>/items.jsonl or another file; see its SOURCE.md). */
export function readFixture<T>(name: string, file = "items.jsonl"): T[] {
  const url = new URL(`../../fixtures/datasets/${name}/${file}`, import.meta.url);
  return readFileSync(url, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** ASCII letters and digits in their full-width forms, as Japanese IMEs often type them. */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
