import { describe, expect, it } from "vitest";
import { maskPii } from "../../../src/finetune/pii/mask-pii.js";

/** A text and what masking must make of it (the text itself for a look-alike that must stay). */
export type MaskingCase = [input: string, expected: string];

/** One test per case, under a describe per class of rule. */
export function describeMaskingClasses(title: string, classes: Record<string, MaskingCase[]>): void {
  describe(title, () => {
    for (const [name, cases] of Object.entries(classes)) {
      describe(name, () => {
        it.each(cases)("%s", (input, expected) => expect(maskPii(input).text).toBe(expected));
      });
    }
  });
}
