import { describe, expect, it } from "vitest";
import { messagesFor } from "../../../src/report/i18n/messages.js";
import { numberFormat } from "../../../src/report/i18n/number-format.js";

describe("numberFormat", () => {
  for (const language of ["en", "ja"] as const) {
    it(`prints a negative figure with the minus sign, as the signed differences do (${language})`, () => {
      const f = numberFormat(messagesFor(language));
      expect(f.decimal(-245.4, 0)).toBe("−245");
      expect(f.count(-1200)).toBe("−1,200");
      expect(f.points(-0.067)).toBe("−6.7 pt");
      expect(f.decimal(245.4, 0)).toBe("245");
      // A rating interval whose low bound is negative reads as two figures, not "−245–1,000".
      expect(f.ratingInterval({ estimate: 400, low: -245.4, high: 1000, level: 0.95 })).toBe("−245 … 1,000");
    });
  }
});
