import { describe, expect, it } from "vitest";
import { detectLanguage, isInLanguage } from "../../../src/scoring/ifeval/language-detection.js";

// The texts are those on which Python's langdetect 1.0.9 (the reference) gives the language named.
describe("language detection for IFEval", () => {
  it.each([
    ["en", "The museum opens at nine in the morning and closes at five. Tickets can be bought online."],
    ["en", "THE CHORUS REPEATS THE MAIN IDEA: SHE WISHES SHE HAD STAYED, IN THE STYLE OF TAYLOR SWIFT."],
    ["te", "మ్యూజియం ఉదయం తొమ్మిది గంటలకు తెరుచుకుని సాయంత్రం ఐదు గంటలకు మూసివేయబడుతుంది."],
    ["hi", "संग्रहालय सुबह नौ बजे खुलता है और शाम पाँच बजे बंद होता है।"],
    ["ja", "博物館は朝九時に開館し、午後五時に閉館します。"],
    ["fi", "Museo avataan yhdeksältä aamulla ja suljetaan viideltä."],
  ])("detects %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
    expect(isInLanguage(text, language)).toBe(true);
  });

  it("counts a text with nothing to detect as in any language, like langdetect's exception handler", () => {
    expect(detectLanguage("12345 678")).toBeUndefined();
    expect(isInLanguage("12345 678", "te")).toBe(true);
  });

  it("judges Nepali and Swahili, which eld does not know, by the language it reports instead", () => {
    const nepali = "संग्रहालय बिहान नौ बजे खुल्छ र साँझ पाँच बजे बन्द हुन्छ। टिकटहरू अनलाइन वा प्रवेशद्वारमा किन्न सकिन्छ।";
    const swahili = "Jumba la makumbusho hufunguliwa saa tatu asubuhi na kufungwa saa kumi na moja jioni.";
    expect(isInLanguage(nepali, "ne")).toBe(true);
    expect(isInLanguage(swahili, "sw")).toBe(true);
    expect(isInLanguage("The museum opens at nine in the morning and closes at five.", "sw")).toBe(false);
    expect(isInLanguage("博物館は朝九時に開館します。", "ne")).toBe(false);
  });
});
