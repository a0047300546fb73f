/**
 * How an assistant says the documents do not hold the answer, in Japanese and English. Phrases, not a model: a
 * refusal worded otherwise is missed (use a judge scorer for that); listed from the refusals our default RAG
 * template asks for and common assistant wording.
 */
const REFUSALS: readonly RegExp[] = [
  /(?:分かり|わかり|存じ)(?:ません|かねます)/u,
  /(?:お答え|回答|お応え)(?:でき|いたしかね)(?:ません|かねます)/u,
  /(?:記載|情報|該当する(?:情報|記述)?)(?:が|は)(?:見当たり|見つかり|あり|ござい)ません/u,
  /(?:資料|文書|ドキュメント|提供された(?:情報|資料|文書))(?:に|の中に|から)は?.{0,20}(?:ありません|見つかりません|記載がありません|わかりません|分かりません)/u,
  /\b(?:i (?:do not|don't) know|cannot answer|can't answer|unable to answer|not able to answer)\b/iu,
  /\b(?:the (?:documents?|passages?|context) (?:do(?:es)? not|don't|doesn't) (?:contain|say|mention|include|cover))\b/iu,
  /\bno information (?:about|on|in)\b/iu,
];

/** Whether an answer declines for lack of information. */
export function isRefusal(answer: string): boolean {
  const text = answer.normalize("NFKC");
  return REFUSALS.some((pattern) => pattern.test(text));
}
