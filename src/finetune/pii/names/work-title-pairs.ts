/*
 * Two names joined by "and" that open a clause before a verb of one subject are one work's title (Tom and Jerry was on
 * TV, Romeo and Juliet is on tonight): a cartoon's, a play's or a tale's, no two people. Two people take a verb of
 * several (Tom and Jerry were late) or one of either (Tom and Jerry asked).
 */

/** The verbs of one subject. */
const ONE_SUBJECT_VERBS = "was|is|has|gets|covers|takes|does|wants|says";
export const ONE_SUBJECT_VERB = new RegExp(`^(?:${ONE_SUBJECT_VERBS})$`);

const CLAUSE_START = "(?:^|[.!?;:>|][ \\t]*|^[ \\t]*[-*•][ \\t]+)";
const FIRST_OF_TITLE = new RegExp(`${CLAUSE_START}$`, "u");
const FIRST_THEN_REST = new RegExp(`^[ \\t]+(?:and|&)[ \\t]+\\p{Lu}\\p{Ll}+[ \\t]+(?:${ONE_SUBJECT_VERBS})(?![\\p{L}])`, "u");
const SECOND_OF_TITLE = new RegExp(`${CLAUSE_START}\\p{Lu}\\p{Ll}+[ \\t]+(?:and|&)[ \\t]+$`, "u");
const VERB_AFTER_SECOND = new RegExp(`^[ \\t]+(?:${ONE_SUBJECT_VERBS})(?![\\p{L}])`, "u");

/** Whether a one-word name, with the text before (its line) and after it, is a word of such a title. */
export const inWorkTitlePair = (before: string, after: string): boolean =>
  (FIRST_OF_TITLE.test(before) && FIRST_THEN_REST.test(after)) || (SECOND_OF_TITLE.test(before) && VERB_AFTER_SECOND.test(after));
