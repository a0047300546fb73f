import { describe, expect, it } from "vitest";
import { ENGLISH_PERSON_TAGGER } from "../../../src/finetune/pii/names/english-person-tagger.js";
import { SpanIndex } from "../../../src/finetune/pii/span-index.js";

describe("the English person tagger reads a recurring sentence once", () => {
  it("finds the same names in a sentence however often it recurs, in prose, a table row and a chat line", () => {
    for (const text of ["Gavin said the parcel was late.", "| 2026-03-02 | Karen Walsh left on 30 November |", "[09:14] Fiona asked about the refund."]) {
      const first = ENGLISH_PERSON_TAGGER.find(text);
      expect(first.length).toBeGreaterThan(0);
      expect(ENGLISH_PERSON_TAGGER.find(text)).toEqual(first);
      // The same sentence after another in a text: its names at their offsets there.
      expect(ENGLISH_PERSON_TAGGER.find(`Thanks. ${text}`)).toEqual(first.map(({ start, end }) => ({ start: start + 8, end: end + 8 })));
    }
  });

  it("still skips a sentence whose first name a detector before it took, and keeps a product's name however often it recurs", () => {
    const text = "Gavin said the parcel was late.";
    expect(ENGLISH_PERSON_TAGGER.find(text).length).toBeGreaterThan(0);
    expect(ENGLISH_PERSON_TAGGER.find(text, new SpanIndex([{ start: 0, end: 5 }]))).toEqual([]);
    for (const lookAlike of ["Grace Premium Blend is back in stock.", "Hey Alexa, play the news."]) {
      expect(ENGLISH_PERSON_TAGGER.find(lookAlike)).toEqual([]);
      expect(ENGLISH_PERSON_TAGGER.find(lookAlike)).toEqual([]);
    }
  });

  it("reads a sentence anew once more sentences than it keeps were read", () => {
    const first = ENGLISH_PERSON_TAGGER.find("Fiona asked about parcel 0.");
    for (let parcel = 1; parcel <= 1100; parcel++) ENGLISH_PERSON_TAGGER.find(`Fiona asked about parcel ${parcel}.`);
    expect(ENGLISH_PERSON_TAGGER.find("Fiona asked about parcel 0.")).toEqual(first);
    expect(first).toEqual([{ start: 0, end: 5 }]);
  });
});
