/**
 * A chat export's stamp in brackets: a time, a date before it perhaps, its year too or its month and day alone
 * (`[13:52]`, `[2026-12-02 16:30]`, `[11-17 09:00]`). One pattern, so that the rules reading a turn's speaker after it
 * agree on what a stamp is.
 */
export const BRACKETED_STAMP = String.raw`\[(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]`;

/**
 * A chat turn's line up to its speaker: the stamp at the line's start, then a role's or a desk's word perhaps, in the
 * group `role` (`[13:52] Support Amelia`, `[2026-12-03 08:55] 社内 滝口`). `roles` is the alternation of the words the
 * caller takes for a role.
 */
export const stampLineHead = (roles: string): string => String.raw`^[ \t]*${BRACKETED_STAMP}[ \t]+(?:(?<role>${roles})[ \t]+)?`;
