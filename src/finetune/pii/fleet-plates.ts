import { before } from "./detector.js";

/**
 * A fleet's word right before a plate (社用車 品川 …, 運搬車：相模 …): the plate is the firm's truck or van, which names
 * no person, so it is left as written.
 */
const FLEET_WORD_BEFORE = /(?:社用車|社有車|営業車|運搬車|配送車|作業車|公用車|業務用車両?)[ 　:：(（]*(?:は[ 　]*)?$/u;

/**
 * 車両 alone right before a plate is the firm's where its log lists the vehicle (・車両 品川 400 す 21-47 の ETC カードは総務へ
 * 返却); where the line addresses or names a person (井上様、…車両（品川 …）, 会員: 車両 …) it is the customer's car.
 */
const VEHICLE_BEFORE = /車両[ 　:：(（]*(?:は[ 　]*)?$/u;
const PERSON_ON_LINE = /様|さん|くん|ちゃん|氏|殿|お客|会員|利用者|契約者|私|自分|うちの|僕|俺|ご(?=[\p{Script=Han}])/u;

const lineOf = (shadow: string, index: number): string => {
  const end = shadow.indexOf("\n", index);
  return shadow.slice(shadow.lastIndexOf("\n", index - 1) + 1, end === -1 ? undefined : end);
};

/** Whether the plate starting at `index` is a company's own vehicle's, by the word written right before it. */
export function isFleetPlate(shadow: string, index: number): boolean {
  const lead = before(shadow, index, 12);
  if (FLEET_WORD_BEFORE.test(lead)) return true;
  return VEHICLE_BEFORE.test(lead) && !PERSON_ON_LINE.test(lineOf(shadow, index));
}
