/**
 * A trade party's number (出荷者番号, 販売者番号: a firm's most often, see TRADE_PARTY) heading an entry whose next line
 * gives a person's name (出荷者番号 07-131⏎氏名：廿日出 茂): a farmers' market's producer or a sole trader is a person,
 * and the register's entry names them. Only the name's field opening the next line or the same line after the value.
 */
const NAME_FIELD_NEXT = /^[^\n]{0,12}\n[ \t　]*(?:氏名|名前|お名前|代表者(?:氏名)?)[ \t　]*[:：]/u;

export const headsPersonEntry = (shadow: string, valueEnd: number): boolean => NAME_FIELD_NEXT.test(shadow.slice(valueEnd, valueEnd + 40));
