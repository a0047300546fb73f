/**
 * A Japanese word written in Hepburn romaji as katakana (Sato → サト, サトウ; Yuki → ユキ, ユウキ), to look it up among the
 * name dictionary's readings. Hepburn drops long vowels, so each o or u may stand for オウ, ウウ: every such reading is
 * given, up to a few.
 */
const SYLLABLES: Record<string, string> = {
  a: "ア", i: "イ", u: "ウ", e: "エ", o: "オ",
  ka: "カ", ki: "キ", ku: "ク", ke: "ケ", ko: "コ", kya: "キャ", kyu: "キュ", kyo: "キョ",
  sa: "サ", shi: "シ", su: "ス", se: "セ", so: "ソ", sha: "シャ", shu: "シュ", sho: "ショ",
  ta: "タ", chi: "チ", tsu: "ツ", te: "テ", to: "ト", cha: "チャ", chu: "チュ", cho: "チョ",
  na: "ナ", ni: "ニ", nu: "ヌ", ne: "ネ", no: "ノ", nya: "ニャ", nyu: "ニュ", nyo: "ニョ",
  ha: "ハ", hi: "ヒ", fu: "フ", he: "ヘ", ho: "ホ", hya: "ヒャ", hyu: "ヒュ", hyo: "ヒョ",
  ma: "マ", mi: "ミ", mu: "ム", me: "メ", mo: "モ", mya: "ミャ", myu: "ミュ", myo: "ミョ",
  ya: "ヤ", yu: "ユ", yo: "ヨ",
  ra: "ラ", ri: "リ", ru: "ル", re: "レ", ro: "ロ", rya: "リャ", ryu: "リュ", ryo: "リョ",
  wa: "ワ", wo: "ヲ",
  ga: "ガ", gi: "ギ", gu: "グ", ge: "ゲ", go: "ゴ", gya: "ギャ", gyu: "ギュ", gyo: "ギョ",
  za: "ザ", ji: "ジ", zu: "ズ", ze: "ゼ", zo: "ゾ", ja: "ジャ", ju: "ジュ", jo: "ジョ",
  da: "ダ", de: "デ", do: "ド",
  ba: "バ", bi: "ビ", bu: "ブ", be: "ベ", bo: "ボ", bya: "ビャ", byu: "ビュ", byo: "ビョ",
  pa: "パ", pi: "ピ", pu: "プ", pe: "ペ", po: "ポ", pya: "ピャ", pyu: "ピュ", pyo: "ピョ",
};
const MOST_READINGS = 16;

/** The katakana readings of a romaji word, or none when it is not one (Smith, Teams). */
export function romajiReadings(word: string): string[] {
  const text = word.toLowerCase();
  // Each syllable, and whether a long vowel may follow it unwritten.
  const parts: Array<{ kana: string; long: boolean }> = [];
  for (let at = 0; at < text.length; ) {
    const next = text[at + 1];
    // A doubled consonant (Hattori, Nakagawa's kk) is ッ; n before a consonant or at the end is ン (Kenta, Shun).
    if (next !== undefined && text[at] === next && !"aiueon".includes(next)) {
      parts.push({ kana: "ッ", long: false });
      at++;
      continue;
    }
    if (text[at] === "n" && (next === undefined || !"aiueoy".includes(next))) {
      parts.push({ kana: "ン", long: false });
      at++;
      continue;
    }
    const syllable = [3, 2, 1].map((length) => text.slice(at, at + length)).find((piece) => SYLLABLES[piece] !== undefined);
    if (syllable === undefined) return [];
    parts.push({ kana: SYLLABLES[syllable]!, long: /[ou]$/.test(syllable) });
    at += syllable.length;
  }
  let readings = [""];
  for (const { kana, long } of parts) {
    readings = readings.flatMap((reading) => (long && readings.length < MOST_READINGS ? [reading + kana, `${reading + kana}ウ`] : [reading + kana]));
  }
  return readings;
}
