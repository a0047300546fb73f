/**
 * The middle dot between the parts of a line ("Browse the items · Download this view"), with a no-break space before
 * it: a line that wraps there ends in "·" and the next begins with a word, never with the dot.
 */
export const SEPARATOR = "\u00a0· ";
