import { gated, matchesOf, type PiiDetector } from "../detector.js";

/**
 * A Korean name in Hangul standing alone in Japanese or English text (Lee Ha-eun（이하은）の母 이수진 です, 조민서 on the
 * KakaoTalk group): two or three syllables, a family name's first (김, 이, 박, 조) and given names' after it (하은, 수진,
 * 민서). Not inside Korean prose, where every word has Hangul beside it across a space, and not a common word built
 * of the same syllables (서울, 주소, 지원, 사진): a place, a form's label, an office's word.
 */
const FAMILY = "김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|배|백|허|남|심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|길|연|위|표|명|기|반|라|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부";
const GIVEN_SYLLABLE =
  "[가건경계광규근기나남다도동란래린리명무문미민범병보빈상서석선성세소수숙순슬승시식아안애양연열영예옥온완용우욱운원유윤율은을의이인일자재정제종주준중지진찬창채철춘충태택하한해현형혜호홍화환회효훈휘희]";
/** A family name written apart from a given name of two syllables too (최 지우), as a manifest or a form spaces them. */
const HANGUL_NAME = new RegExp(`(?<![가-힣][ \\t]?)(?:${FAMILY})(?:${GIVEN_SYLLABLE}{1,2}|[ \\t]${GIVEN_SYLLABLE}{2})(?![ \\t]?[가-힣])`, "dgu");
const NOT_A_NAME = new Set([
  "서울", "조선", "이상", "정도", "유지", "주소", "성명", "지원", "공지", "변경", "채용", "기준", "사용", "사진", "제주", "이용",
  "신청", "안내", "문의", "연락", "진행", "전화", "정보", "고객", "확인", "부서", "이하", "이내", "이후", "이전", "정상", "주의",
  "주문", "성공", "성인", "신규", "안전", "우리", "우선", "지금", "지난", "오늘", "내일", "감사", "한국", "기간", "기타", "소개",
  "여기", "사이", "시간", "선택", "경우", "부분", "전체", "주민", "주인", "문제", "원래", "현재", "현금", "현장", "도착", "도시",
  "방문", "공식", "공유", "석유", "반장", "편의", "예정", "예시", "부재", "인원", "인사", "연수", "연구", "수정", "정리", "정산",
]);

/**
 * The same name inside Korean prose, before the honorific a Korean writer addresses or names a person with (네, 하지우 님.
 * 상품을…, 김민서씨가): the honorific, not the spacing, sets it apart from the words around it. Not the words honoured so
 * that their syllables read as a name (하나님, 공주님, 왕자님).
 */
const HANGUL_NAME_BEFORE_HONORIFIC = new RegExp(`(?<![가-힣])(?!(?:하나|공주|왕자)님)(?:${FAMILY})${GIVEN_SYLLABLE}{1,2}(?=[ \\t]?(?:님|씨))`, "dgu");
const WHOLE_HANGUL_NAME = new RegExp(`^(?:${FAMILY})${GIVEN_SYLLABLE}{1,2}$`, "u");

/** Whether a word of Hangul alone is a Korean name: a family name's syllable, given names' after it, and no common word. */
export const isHangulName = (word: string): boolean => WHOLE_HANGUL_NAME.test(word) && !NOT_A_NAME.has(word);

const hangulNameSpans = (pattern: RegExp, shadow: string) =>
  matchesOf(pattern, shadow).flatMap((match) => (isCommonWord(match[0]) ? [] : [{ start: match.index, end: match.index + match[0].length }]));
/** A common word, or one after a spaced syllable, which says "this" as often as it names a family (이 정도, 이 주소). */
const isCommonWord = (words: string): boolean => {
  const parts = words.split(/[ \t]/);
  return NOT_A_NAME.has(parts.join("")) || (parts.length === 2 && NOT_A_NAME.has(parts[1]!));
};

export const HANGUL_NAME_DETECTOR: PiiDetector = gated(/[가-힣]/u, {
  type: "PERSON",
  find: (shadow) => [...hangulNameSpans(HANGUL_NAME, shadow), ...(/[님씨]/u.test(shadow) ? hangulNameSpans(HANGUL_NAME_BEFORE_HONORIFIC, shadow) : [])],
});
