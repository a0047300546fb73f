/** `[faq.md#2]`, `[faq.md#2, hr/leave.md#1]` or `[faq.md]`: the passage ids (or file names) a model cited. */
const CITATION = /\[([^\[\]\n]{1,300})\]/gu;
const ID = /^[^\s,;、]+?\.[\p{L}\p{N}]+(?:#\d+)?$/u;

/** The cited passage ids in order of first mention; bracketed text that is not a file-like id is not a citation. */
export function citedIds(answer: string): string[] {
  const ids: string[] = [];
  for (const match of answer.matchAll(CITATION)) {
    for (const part of match[1]!.split(/[,;、]\s*/u)) {
      const id = part.trim();
      if (ID.test(id) && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** The document a passage id belongs to: `faq.md#2` → `faq.md`. */
export const fileOf = (id: string): string => id.replace(/#\d+$/u, "");
