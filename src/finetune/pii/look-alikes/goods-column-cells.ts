import { columnHeading } from "../context/number-context.js";

/**
 * A table's column of goods or of their finish (| 釉薬 |, | 品名 |, | 銘柄 |, | 色 |, | Item |): a cell there holding one word
 * that reads as a surname alone (a glaze, 志野 or 伊賀; a colour, a brand) names the thing, no one.
 */
const GOODS_HEADING = /^(?:釉薬?|品名|商品名?|品目|品種|品物|銘柄|製品名?|作品名?|色|カラー|柄|素材|材質|仕上げ|型番|機種|Glaze|Item|Product|Colou?r|Material|Finish)$/iu;
const CELL_OPENS = /\|[ \t]*$/;
const CELL_CLOSES = /^[ \t]*\|/;

/** Whether the word from `start` to `end` is a whole cell of a Markdown table's goods column (GOODS_HEADING). */
export function isGoodsCell(shadow: string, start: number, end: number): boolean {
  if (!CELL_OPENS.test(shadow.slice(Math.max(0, start - 4), start)) || !CELL_CLOSES.test(shadow.slice(end, end + 4))) return false;
  return GOODS_HEADING.test(columnHeading(shadow, start) ?? "");
}
