/**
 * The honorifics written after a Japanese name, one source for every pattern that reads them: each pattern joins the
 * groups it means, so that a word added to a group reaches every rule that reads that group.
 */

/** A child's or a friend's in kana (さくらちゃん, そうたくん). */
export const CHILD_HONORIFICS = ["ちゃん", "くん"] as const;
/** The same, and its kanji (翔太君). */
export const FAMILIAR_HONORIFICS = [...CHILD_HONORIFICS, "君"] as const;
/** A customer's or an addressee's (山田様, さくらさま). */
export const ADDRESSEE_HONORIFICS = ["様", "さま"] as const;
/** Anyone's (田中さん), and an addressee's. */
export const POLITE_HONORIFICS = ["さん", ...ADDRESSEE_HONORIFICS] as const;
/** Writing's and a letter's (田中氏, 山田殿). */
export const FORMAL_HONORIFICS = ["氏", "殿"] as const;

/** In romaji, after a hyphen (Tanaka-san, Mori-sensei, Ito-dono). */
export const ROMAJI_HONORIFICS = ["san", "sama", "kun", "chan", "sensei", "senpai", "dono"] as const;
/**
 * -shi after a person's word is an honorific too (Tanaka-shi), but after a town's a city (Sapporo-shi): only a rule that
 * has a name already in hand reads it as one.
 */
export const ROMAJI_HONORIFICS_WITH_SHI = [...ROMAJI_HONORIFICS, "shi"] as const;

/** The honorifics given as one regex alternative, no group captured; none is the start of another, so order is free. */
export const honorificAlternation = (...honorifics: readonly string[]): string => `(?:${honorifics.join("|")})`;
