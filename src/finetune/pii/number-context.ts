import { before } from "./detector.js";

/**
 * Where a long number sits decides what it is. A card or My Number context makes a number personal data even when
 * its check digit is wrong (a typo still identifies the card holder); an order, tracking, JAN or ISBN context makes a
 * number that happens to pass Luhn or the My Number check what it says it is.
 */
const CARD_CONTEXT = /(?:カード|クレジット|card|visa|master|jcb|amex|american express|diners|決済|credit)[^\n]{0,16}$/i;
const MY_NUMBER_CONTEXT = /(?:マイナンバー|個人番号|my ?number|通知カード)[^\n]{0,12}$/i;
const NOT_PERSONAL_CONTEXT =
  /(?:注文|受注|発注|伝票|追跡|配送|送り状|問い?合わせ番号|受付番号|請求書番号|品番|商品コード|型番|JAN|ISBN|EAN|UPC|order|tracking|shipment|invoice|parcel|sku|item)[^\n]{0,16}$/i;

export const inCardContext = (shadow: string, index: number): boolean => CARD_CONTEXT.test(before(shadow, index, 28));
export const inMyNumberContext = (shadow: string, index: number): boolean => MY_NUMBER_CONTEXT.test(before(shadow, index, 24));
/** `within`: how far back to look; a short look wins over a card or My Number cue further back. */
export const inNotPersonalContext = (shadow: string, index: number, within = 24): boolean => NOT_PERSONAL_CONTEXT.test(before(shadow, index, within));

/** JAN/EAN-13 codes of Japanese products start 45 or 49; book ISBN-13s 978 or 979 (GS1 General Specifications). */
export const isProductCode = (digits: string): boolean => digits.length === 13 && /^(?:45|49|978|979)/.test(digits);
