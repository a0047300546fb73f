import { describe, expect, it } from "vitest";
import { passesLuhn } from "../../../src/finetune/pii/ids/luhn.js";
import { isValidMyNumber, myNumberCheckDigit } from "../../../src/finetune/pii/ids/my-number.js";
import { isValidIban } from "../../../src/finetune/pii/ids/iban.js";

describe("Luhn check (ISO/IEC 7812-1)", () => {
  it.each([
    // 4111111111111111: from the right, every second digit doubled: seven 1s → 14, the 4 → 8; the other eight 1s → 8;
    // 14 + 8 + 8 = 30 ≡ 0 (mod 10).
    ["4111111111111111", true],
    ["4111111111111112", false],
    // 79927398713, the textbook example: kept 3+7+9+7+9+7 = 42; doubled 1→2, 8→16→7, 3→6, 2→4, 9→18→9 = 28; 70.
    ["79927398713", true],
    ["79927398710", false],
    ["378282246310005", true], // American Express test number, 15 digits
    ["5555555555554444", true], // Mastercard test number
    ["4012888888881881", true], // Visa test number
    ["1234567890123", false],
    ["0", true],
    ["", false],
    ["4111-1111-1111-1111", false], // separators are stripped by the caller, never here
  ])("%s → %s", (digits, expected) => {
    expect(passesLuhn(digits)).toBe(expected);
  });
});

describe("My Number check digit (総務省令第八十五号 第五条)", () => {
  it("works the official formula through 12345678901: Σ Pn×Qn = 212, 212 mod 11 = 3, check digit 11 − 3 = 8", () => {
    // Pn from the right: 1,0,9,8,7,6,5,4,3,2,1; Qn: 2,3,4,5,6,7,2,3,4,5,6.
    const sum = 1 * 2 + 0 * 3 + 9 * 4 + 8 * 5 + 7 * 6 + 6 * 7 + 5 * 2 + 4 * 3 + 3 * 4 + 2 * 5 + 1 * 6;
    expect(sum).toBe(212);
    expect(sum % 11).toBe(3);
    expect(myNumberCheckDigit("12345678901")).toBe(8);
  });

  it.each([
    ["98765432109", 3], // Σ = 228, 228 mod 11 = 8, 11 − 8 = 3
    ["00000000000", 0], // remainder 0 → 0
    ["00000000006", 0], // Σ = 6×2 = 12, remainder 1 → 0 (not 10)
    ["00000000001", 9], // Σ = 2 → 11 − 2 = 9
    ["31415926535", 2],
  ])("check digit of %s is %i", (first11, check) => {
    expect(myNumberCheckDigit(first11)).toBe(check);
  });

  it.each([
    ["123456789018", true],
    ["123456789012", false],
    ["987654321093", true],
    ["987654321094", false],
    ["12345678901", false],
    ["1234567890188", false],
    ["12345678901a", false],
  ])("%s is %s", (digits, valid) => {
    expect(isValidMyNumber(digits)).toBe(valid);
  });

  it("refuses anything but eleven digits", () => {
    expect(() => myNumberCheckDigit("1234")).toThrow(RangeError);
  });
});

describe("IBAN check (ISO 13616, mod 97)", () => {
  it.each([
    ["GB82WEST12345698765432", true], // the standard's example
    ["DE89370400440532013000", true],
    ["FR1420041010050500013M02606", true],
    ["NL91ABNA0417164300", true],
    ["GB82WEST12345698765433", false],
    ["DE89370400440532013001", false],
    ["GB82WEST", false],
    ["gb82WEST12345698765432", false],
    // passes mod 97 but is 15 characters: Mayotte's IBANs are France's, 27 long (a parcel's tracking code)
    ["YT2288140039126", false],
    ["GB82WEST1234569876543200", false], // two characters too many for Britain
  ])("%s is %s", (iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });
});
