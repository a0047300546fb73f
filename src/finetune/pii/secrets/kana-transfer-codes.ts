import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An app's or a game's transfer code written in kana and digits (ｶﾞﾐｶﾞﾐ2731, ひまわり0815, ネコジャラシ-4410), after its
 * word and perhaps a clause saying where it was written (LINE の引き継ぎコードを紙に書いて持ってきた：…, 機種変更コード（控え）:
 * …): the code moves a person's account to a new phone. The clause stops at a sentence's end. A code of Latin
 * letters is secret-detectors' ONE_TIME_CODE; a count after the word (コードは12ケタ) starts with a digit and is no code.
 */
const KANA = "[\\p{Script=Katakana}\\p{Script=Hiragana}ーｰﾞﾟ]";
const KANA_TRANSFER_CODE = new RegExp(
  `(?:引き?継ぎ?|データ移行|機種変更|アカウント移行)(?:用の?)?コード[^\\n。.!?]{0,20}?(?:[:：=＝]|は)[ \\t]*[「『"]?(?<secret>${KANA}{2,12}-?\\d{2,8})(?![\\p{L}\\d])`,
  "dgu",
);

export const KANA_TRANSFER_CODES: readonly PiiDetector[] = [gated(/コード/, patternDetector("SECRET", KANA_TRANSFER_CODE))];
