/**
 * A value its text marks as an example right after it, in brackets (ユーザー名 sample_user01（例）, パスワード Abc12345
 * (記入例), login demo_user (e.g.), PIN 0000 (sample)): a form's or a guide's illustration, no one's.
 */
const EXAMPLE_AFTER = /^[ \t　]?[(（](?:例|記入例|入力例|サンプル|見本|e\.g\.?|[Ee]xample|[Ss]ample)[)）]/u;

export const isMarkedExample = (shadow: string, end: number): boolean => EXAMPLE_AFTER.test(shadow.slice(end, end + 12));
