/**
 * A chome joined to another one after it (南三条西一丁目・二丁目, 本町1丁目〜3丁目, 緑町二丁目及び三丁目): a range of chome, a
 * district a worker covers or a notice is about, names hundreds of homes and no one's. A home's address gives one
 * chome and its block.
 */
const ANOTHER_CHOME_AFTER = /^[ 　]?(?:・|、|,|〜|～|~|から|及び|および|と)[ 　]?[0-9一二三四五六七八九十]{1,3}丁目/u;

/** Whether the chome ending at `end` goes on to another one (ANOTHER_CHOME_AFTER). */
export const chomeRangeGoesOn = (shadow: string, end: number): boolean => shadow.startsWith("丁目", end - 2) && ANOTHER_CHOME_AFTER.test(shadow.slice(end, end + 10));
