/**
 * A head or branch office's word, then one word closing the clause (本部 相模原。, 支部 春日部、): the town the office stands
 * in, as a notice of a meeting names it. A person after it has an honorific or a post (本部 田中 課長), or a given name.
 */
const OFFICE_BEFORE = /[本支]部[ 　]$/u;
const CLAUSE_END_AFTER = /^(?:[。、,，）)」]|$)/u;

/** Whether the word from `start` to `end` is the place of the office named just before it. */
export const isOfficesPlace = (shadow: string, start: number, end: number): boolean =>
  OFFICE_BEFORE.test(shadow.slice(Math.max(0, start - 3), start)) && !/[ 　]/u.test(shadow.slice(start, end)) && CLAUSE_END_AFTER.test(shadow.slice(end, end + 1));
