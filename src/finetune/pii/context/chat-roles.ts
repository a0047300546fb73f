/**
 * A chat's role words: what a transcript writes as, or before, a turn's speaker when it names a role and not a person
 * (`ドライバー DRV-30418:`, `サポート 宮腰:`, `Agent:`). One list, so that the rules reading a speaker agree on what
 * a role is.
 */

/** A person's role in Japanese: staff of any trade, and the customers they talk to. */
const ROLES_JA = [
  "ドライバー", "乗務員", "運転手", "配達員", "配送員", "スタッフ", "オペレーター", "オペレータ", "サポート", "担当者", "担当",
  "係員", "係", "受付", "窓口", "管理者", "社員", "店員", "職員", "看護師", "警備員", "作業員", "講師", "司会",
  "会員", "ユーザー", "お客様", "客", "乗客", "ゲスト",
];

/** The same in English, capitalised as a speaker label writes them. */
const ROLES_EN = [
  "Driver", "Courier", "Rider", "Agent", "Operator", "Support", "Staff", "Employee", "Crew", "Nurse", "Guard",
  "Technician", "Tech", "Tutor", "Admin", "Member", "User", "Customer", "Guest", "Rep",
];

/** Words alternated for a regex, longest first so that a shorter word never cuts a longer one (担当 in 担当者). */
function alternation(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;
}

/** A role in either language; an English one also in lower case (`08:03 agent AG-2231:`). */
export const CHAT_ROLE = alternation([...ROLES_JA, ...ROLES_EN.flatMap((word) => [word, word.toLowerCase()])]);

/** A role in either language, capitalised as a speaker label alone writes it (`Agent:`). */
export const CHAT_ROLE_LABEL = alternation([...ROLES_JA, ...ROLES_EN]);

/** A role in Japanese, as a speaker label writes it before the speaker's surname (`サポート 宮腰:`). */
export const CHAT_ROLE_JA = alternation(ROLES_JA);
