import type { Span } from "../detector.js";
import { FAMILIAR_HONORIFICS, FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";

/*
 * A song credited to its singer in a request, a set list or a programme's notes (リクエスト「中島みゆき／糸」, BGM：山下達郎
 * 『クリスマス・イブ』), and a record or a book credited to its artist or author (村上春樹の新刊): the name is a public
 * figure's, named for the work, not a person whose data the text holds, and the name rules, which read 中島みゆき as a
 * surname and a given name, must leave the credit as written.
 */

/** A word that says a song follows, or two (リクエスト曲): a listener's request, a programme's music, a set list. */
const SONG_CUE = "(?:リクエスト|リク|曲|歌|BGM|主題歌|挿入歌|エンディング|オープニング|カラオケ|セトリ|プレイリスト)";
/**
 * The credit after its cue (perhaps は, で or a colon between): in brackets, the singer, a slash and the title
 * (「中島みゆき/糸」), or the singer before the title in brackets (山下達郎『クリスマス・イブ』). Read on the width-folded
 * shadow, where ／ and ： are / and :.
 */
const SONG_CREDIT = new RegExp(
  `${SONG_CUE}+(?:は|で|:)?[ 　]?(?:「(?<inBrackets>[^「」/\\n]{1,20})[ 　]?/[^」\\n]{1,40}」|(?<beforeTitle>[^\\s「『:、。()（）]{1,20})[ 　]?[「『][^」』\\n]{1,40}[」』])`,
  "gu",
);
/** What ends a person's name who is addressed or sends the request, not a credit's singer (佐藤さんから「糸」). */
const ADDRESSED_END = new RegExp(
  `(?:${honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS, ...FAMILIAR_HONORIFICS)}|から|より|の|が|は|を|に)$`,
  "u",
);

/** The singers' names of the song credits in a width-folded text, as spans. */
export function songCreditSingers(shadow: string): Span[] {
  if (!shadow.includes("「") && !shadow.includes("『")) return [];
  const singers: Span[] = [];
  for (const match of shadow.matchAll(SONG_CREDIT)) {
    const singer = match.groups!.inBrackets ?? match.groups!.beforeTitle!;
    if (ADDRESSED_END.test(singer.trimEnd())) continue;
    const start = match.index + match[0].indexOf(singer);
    singers.push({ start, end: start + singer.trimEnd().length });
  }
  return singers;
}

/**
 * A published record's or book's word after の: the name before it is the artist's or the author's (竹内まりやの新曲,
 * 村上春樹の新刊). Not 曲, ライブ or コンサート alone: a pupil's piece and recital are theirs too (美咲の曲, 発表会).
 */
const WORK_AFTER = /^の(?:新曲|名曲|ヒット曲|アルバム|シングル|新譜|新刊|著書|エッセイ|小説)/u;
const HONORIFIC = new RegExp(`^${honorificAlternation(...POLITE_HONORIFICS, ...FAMILIAR_HONORIFICS)}`, "u");

/**
 * Whether a name found ending at `end` is credited with a work after it (竹内まりやの新曲, 村上春樹の新刊): a public
 * figure named for the work. A hiragana given name the rules cut short (竹内まり|やの新曲) is read on to its end; not a
 * person addressed (はなこさんの小説: a child's, whose name stays masked).
 */
export function creditedWithWork(shadow: string, end: number): boolean {
  let at = end;
  if (/\p{Script=Hiragana}/u.test(shadow.charAt(end - 1))) {
    if (HONORIFIC.test(shadow.slice(end, end + 2))) return false;
    while (at < end + 2 && shadow.charAt(at) !== "の" && /\p{Script=Hiragana}/u.test(shadow.charAt(at))) at++;
  }
  return WORK_AFTER.test(shadow.slice(at, at + 8));
}

