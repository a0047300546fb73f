/**
 * The Luhn (mod 10) check used by payment card numbers (ISO/IEC 7812-1, Annex B): from the rightmost digit, double
 * every second digit, subtract 9 from any result above 9, and the total must be a multiple of 10.
 * Worked example: 4111 1111 1111 1111 → doubled positions give 8+2×7 = 22, plain positions 1×8 = 8; 30 ≡ 0 (mod 10).
 */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
