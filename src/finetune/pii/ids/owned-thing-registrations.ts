import { gated, onItsLine, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A registration number of a thing a person owns, its owner named on the line (登録番号 BK-30417 の自転車（持ち主：小松さん）,
 * ペット登録番号 44-0981、飼い主 石井様, registration no. RB-22019, owner: Ms. Hale): the register finds the owner by it.
 * Letters and digits with four digits or more. Also one a desk says it issued to the person it writes to, named on the
 * line (古川さん … 登録番号 TU-55120 を発行しました: a tutor's or a member's registration). A firm's or a right's register
 * (事業者登録, 商標登録, an invoice's T and thirteen digits) is no person's, an owner named or not.
 */
const THING_REGISTRATION =
  /(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{0,6})(?:登録(?:番号|No\.?|ナンバー)|(?<![A-Za-z])[Rr]egistration (?:number|no\.?|#))[ \t]*(?:は|:|：|#)?[ \t]*(?<secret>[A-Za-z]{0,4}-?\d[A-Za-z0-9-]{2,15}\d)(?![A-Za-z0-9-])/dgu;
const OWNER_WORD = /持ち主|所有者|飼い主|名義人|(?<![A-Za-z])[Oo]wner(?![A-Za-z])/;
const ISSUED = /^[ \t]*を(?:発行|付与|発番)/;
const ADDRESSED = /\p{Script=Han}(?:さん|様)[、,。]/u;
const FIRM_REGISTER = /事業|法人|会社|業者|商標|特許|意匠|適格|発行/u;

const ownedThing = (match: RegExpExecArray, shadow: string): boolean => {
  const { word, secret } = match.groups!;
  return (
    !FIRM_REGISTER.test(word!) &&
    !/^T\d{13}$/.test(secret!) &&
    (secret!.match(/\d/g)?.length ?? 0) >= 4 &&
    (OWNER_WORD.test(onItsLine(shadow, match.index)) ||
      (ISSUED.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 6)) && ADDRESSED.test(onItsLine(shadow, match.index))))
  );
};

export const OWNED_THING_REGISTRATIONS: readonly PiiDetector[] = [
  gated(/持ち主|所有者|飼い主|名義人|[Oo]wner|を(?:発行|付与|発番)/, gated(/登録|[Rr]egistration/, patternDetector("PERSONAL_ID", THING_REGISTRATION, ownedThing))),
];
