/**
 * A district in a romanised East Asian address, between the commas of an address line and before its city or country
 * (…, 8 Harbour Road, Wan Chai, Hong Kong; …, Da An, Taipei; …, Tanjong Pagar, Singapore): two capitalised words there
 * are a place, not a person, whether the address rules took the street before it or not.
 */
const COMMA_BEFORE = /,[ \t]*$/;
const CITY_AFTER = /^,[ \t]*(?:Hong Kong|Kowloon|New Territories|N\.T\.|Macau|Taiwan|Taipei|Kaohsiung|Taichung|Tainan|Seoul|Busan|Incheon|Korea|Singapore|China|Beijing|Shanghai|Shenzhen|Guangzhou)(?![A-Za-z])/;

/** Whether the words from `start` to `end` stand as a district before an East Asian city or country in an address line. */
export const isDistrictBeforeCity = (shadow: string, start: number, end: number): boolean =>
  COMMA_BEFORE.test(shadow.slice(Math.max(0, start - 3), start)) && CITY_AFTER.test(shadow.slice(end, end + 20));
