import { describe, expect, it } from "vitest";
import { maskInquiryRows } from "../../../src/finetune/pii/mask-pii.js";

/** Names with no cue of their own (issue 13, sets 10 and 11's misses by class). Values made up here. */

const masked = (records: string[][]) => maskInquiryRows(records).map((record) => record.map((result) => result.text));

describe("a full name found in one row of a file, repeated bare in another", () => {
  it("spreads when its letters go beyond Latin-1 (Ł, ś), as the cue detectors read them", () => {
    expect(masked([["Signed by: Łukasz Wiśniewski"], ["Łukasz Wiśniewski will call back"]])).toEqual([["Signed by: [PERSON]"], ["[PERSON] will call back"]]);
  });
});
