/**
 * The check digit of a Japanese My Number (個人番号, 12 digits), as defined by 総務省令第八十五号 (平成26年) 第五条
 * under 番号法施行令第八条: check = 11 − (Σ_{n=1..11} Pn × Qn mod 11), or 0 when that remainder is ≤ 1, where Pn is
 * the n-th digit of the first eleven counted from the right and Qn = n + 1 for 1 ≤ n ≤ 6, n − 5 for 7 ≤ n ≤ 11.
 * Worked example: 12345678901 → Σ = 212, 212 mod 11 = 3, check = 8, so 123456789018 is well-formed.
 */
export function myNumberCheckDigit(first11: string): number {
  if (!/^\d{11}$/.test(first11)) throw new RangeError("expected the first 11 digits of a My Number");
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = first11.charCodeAt(11 - n) - 48;
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

export function isValidMyNumber(digits: string): boolean {
  return /^\d{12}$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === digits.charCodeAt(11) - 48;
}
