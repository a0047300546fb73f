import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A login and a password after their labels in the languages a company's foreign staff and customers write them in
 * (Benutzername: k.mueller, mot de passe : Soleil#2026, contraseña: …, 用户名：…, 비밀번호: …, tên đăng nhập: …): the label,
 * a colon or =, then the value, as `ユーザー名：` and `パスワード：` are read.
 */
const LOGIN_LABELS =
  "Benutzername|Benutzerkennung|Anmeldename|[Ii]dentifiant|[Nn]om d'utilisateur|[Nn]ombre de usuario|[Nn]ome (?:de )?usu[aá]rio|[Nn]ome utente|用户名|用戶名|账号|帳號|登录名|登入名|아이디|사용자 ?(?:이름|ID)|[Tt]ên đăng nhập";
/** A user's or an account's word alone, which also names a chat's speaker (Usuario: hola): only before a login's shape. */
const USER_WORDS = "Benutzer|[Uu]tilisateur|[Uu]su[aá]rio|[Uu]tente|[Tt]ài khoản";
const PASSWORD_LABELS = "Passwort|Kennwort|[Mm]ot de passe|[Cc]ontraseña|[Ss]enha|密码|密碼|口令|비밀번호|암호|[Mm]ật khẩu";

const FOREIGN_LOGIN = new RegExp(
  String.raw`(?<![\p{L}])(?:${LOGIN_LABELS}|(?<user>${USER_WORDS}))[ \t]*[:：=][ \t]*(?<secret>[A-Za-z0-9][A-Za-z0-9._-]{1,62}[A-Za-z0-9])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])`,
  "dgu",
);
const FOREIGN_PASSWORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${PASSWORD_LABELS})[ \t]*[:：=][ \t]*(?<secret>[!-~]{4,64}?)(?=\s|$|[、。，,;）)」](?:\s|$)?)`,
  "dgu",
);
/** A password's shape: a digit or a symbol (a word after the label is prose: mot de passe : oublié). */
const passwordShaped = (match: RegExpExecArray): boolean => /[\d!-/:-@[-`{-~]/.test(match.groups!.secret!) && !/:\/\/|^\[[A-Z_]+\]$/.test(match.groups!.secret!);

export const FOREIGN_CREDENTIAL_DETECTORS: readonly PiiDetector[] = [
  gated(new RegExp(PASSWORD_LABELS), patternDetector("SECRET", FOREIGN_PASSWORD, passwordShaped)),
  gated(
    new RegExp(`${LOGIN_LABELS}|${USER_WORDS}`),
    patternDetector("PERSONAL_ID", FOREIGN_LOGIN, (match) => match.groups!.user === undefined || /[\d_.-]/.test(match.groups!.secret!)),
  ),
];
