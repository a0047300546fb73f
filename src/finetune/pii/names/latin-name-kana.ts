/**
 * Whether katakana words can write a Latin name: the first starts with a kana of a sound some word of the name starts
 * with (Mateo Ferreira（マテオ フェレイラ）, Chloe Martin（クロエ）, Jorge（ホルヘ）, Vladimir（ウラジーミル）, Lee Min-ho（イ・ミンホ）),
 * so that an order's or a note's words in brackets after a name (Mateo Ferreira（ｿﾌﾄ ｸﾘｰﾑ）) are not taken for its
 * writing. Half-width kana, a legacy form's, is read as full-width; a word opening with a letter the table lacks
 * (Łukasz, Øyvind) may be written any way.
 */
export function kanaCanWriteLatinName(kana: string, name: string): boolean {
  const first = kana.normalize("NFKC").charAt(0);
  const row = KANA_ROWS.find(([, kanas]) => kanas.includes(first))?.[0];
  if (row === undefined) return false;
  return name
    .split(/[\s,・-]+/u)
    .filter((word) => /^\p{L}/u.test(word))
    .some((word) => {
      const initial = word.normalize("NFD").charAt(0).toLowerCase().replace("đ", "d");
      const rows = ROWS_OF_INITIAL[initial];
      return rows === undefined || rows.includes(row);
    });
}

/** Katakana by the sound its row starts with (a: the vowels). */
const KANA_ROWS: readonly (readonly [string, string])[] = [
  ["a", "アイウエオァィゥェォ"],
  ["k", "カキクケコ"],
  ["g", "ガギグゲゴ"],
  ["s", "サシスセソ"],
  ["z", "ザジズゼゾ"],
  ["t", "タチツテト"],
  ["d", "ダヂヅデド"],
  ["n", "ナニヌネノ"],
  ["h", "ハヒフヘホ"],
  ["b", "バビブベボ"],
  ["p", "パピプペポ"],
  ["m", "マミムメモ"],
  ["y", "ヤユヨャュョ"],
  ["r", "ラリルレロ"],
  ["w", "ワヲ"],
  ["v", "ヴ"],
];

/**
 * The kana rows a Latin name's first letter is written with, across the languages names come from: C as カ, サ or チ
 * (Carlos, Cecilia, Charles), G as ガ or ジ (George), J as ジ, ホ, ヤ or ユ (James, Jorge, Jan, Jürgen), H as ハ or silent
 * (Hugues ユーグ, Hélène エレーヌ), L and R as ラ or silent (Korean Lee イ), R as ハ too, as Brazilian Portuguese sounds it
 * (Rodrigo ホドリゴ, Rafael ハファエル), N as グ (Nguyen), V and W as ウ too (Vladimir, William), X as ザ, グ or シ (Xavier, Xu).
 */
const ROWS_OF_INITIAL: Readonly<Record<string, string>> = {
  a: "ay", e: "ay", i: "ay", o: "aw", u: "ay",
  b: "bv", c: "kst", d: "dz", f: "h", g: "gz", h: "hay", j: "zhyd", k: "kh", l: "ra", m: "m", n: "ng", p: "ph",
  q: "kt", r: "rah", s: "sz", t: "tsd", v: "vbwa", w: "wav", x: "szkgh", y: "ya", z: "zts",
};

/** A consonant then l or r opening a Latin word. */
const OPENING_CLUSTER = /^[bcdfgkpt][lr]/iu;

/** Katakana by the vowel it ends in. */
const KANA_BY_VOWEL: Readonly<Record<string, string>> = {
  a: "アカガサザタダナハバパマヤラワァャ", i: "イキギシジチヂニヒビピミリィ", u: "ウクグスズツヅヌフブプムユルゥュヴ",
  e: "エケゲセゼテデネヘベペメレェ", o: "オコゴソゾトドノホボポモヨロヲォョ",
};

/**
 * Whether a katakana word can write a Latin word: it starts with a kana of the word's first sound, and that sound's vowel
 * (a small ャ, ュ or ョ after it, its own) is the word's first (グスタボ Gustavo, マリア Maria; not センター for Taro).
 */
export function writesLatinWord(kana: string, word: string): boolean {
  if (!kanaCanWriteLatinName(kana, word)) return false;
  // A word opening on a consonant and l or r (Pradeep プラディープ, Grace グレース) takes a vowelless kana for the first.
  const sounded = OPENING_CLUSTER.test(word) ? kana.slice(1) : kana;
  const sound = /^.[ャュョァィゥェォ]/u.test(sounded) ? sounded.charAt(1) : sounded.charAt(0);
  const vowel = /[aeiou]/u.exec(word.normalize("NFD").toLowerCase())?.[0];
  return vowel === undefined || KANA_BY_VOWEL[vowel]!.includes(sound);
}
