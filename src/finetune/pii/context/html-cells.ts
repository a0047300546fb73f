/**
 * An HTML table's label cell closed and its value's cell opened (`</th><td>`, `</td> <td class="v">`): a value read
 * after its label's cell, as after the label and a colon in prose.
 */
export const HTML_NEXT_CELL = String.raw`[ \t]*<\/t[hd]>[ \t]*<td(?:\s[^>]*)?>`;
