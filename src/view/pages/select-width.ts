import stringWidth from "string-width";
import { html, type SafeHtml } from "../../report/html/html-template.js";

/**
 * The most columns an option may take to show whole in half a phone's form row: the filter forms lay their controls
 * out in two columns below 640 px, ~160 px each at 390 px, of which the select's padding and arrow take ~30 — about 16
 * Latin characters; a Japanese character (East Asian wide, UAX #11) takes two columns.
 */
const HALF_ROW_COLUMNS = 16;

/**
 * A select's label's class attribute: class="wide" (the whole row on a phone) when one of its options is too long for
 * half a row, as a run id is ("20261203-090000-f" was shown cut), else nothing.
 */
export function selectLabelClass(options: readonly string[]): SafeHtml {
  return options.some((text) => stringWidth(text) > HALF_ROW_COLUMNS) ? html` class="wide"` : html``;
}
