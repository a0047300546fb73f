/**
 * What the built-in detectors mask, in the words a data-protection officer signs, and what they do not. The report
 * prints both lists; one list, read by the report and the README.
 */
export const BUILTIN_PII_KINDS = {
  PERSON: "personal names: Japanese names before an honorific (様/さん/氏/殿/君/先生) or after a role cue (担当, 氏名, 差出人 …), surname + given name (also with a space between) from the person names of kuromoji's IPADIC dictionary, with no cue or before a title such as 部長 or 選手 (a one-kanji given name that is also a noun, as in a sake rice named 〇〇錦, only with a cue); a name and its reading in brackets before an honorific (〇〇（カナ）様); a surname with any given name, or alone, before a title (〇〇監督, 〇〇課長, 〇〇担当); a surname alone before words that say a person (〇〇より。, 〇〇から連絡, 〇〇が対応, 〇〇に確認, 〇〇と申します); English names after a title (Mr./Ms./Dr. …), in a mail header (From: Name <address>), a salutation (Dear/Hi), a closing (Regards,), \"my name is\" or a form's お名前, before さん/様 (担当の 〇〇 さん), a sign-off closing a message (thanks. 〇〇), after a job title or \"contact\" (Support Manager + a full name), before what people do (X Y asked/called/wrote …), card holders in capitals after 名義; names laid out as names: a table or CSV column headed 氏名/名前/フリガナ/担当/Name, a list after 出席/参加者, a chat transcript's speaker ([09:15] 〇〇:, 【LINE】〇〇:, **〇〇** 09:30), a surname after 後任は/旧姓/申込者 or a family word (子どもの 〇〇 〇〇), a department's member closing a line (経理部 〇〇 〇〇), a name right before its phone number, e-mail or 内線, a romanised name in brackets after a Japanese one; half-width katakana too",
  ADDRESS: "postal addresses down to the block: 市区町村 (also a city in kana: さいたま市) + town + 丁目/番地/号 or 1-2-3 (after a prefecture when written, a line break allowed before the block), a building, wing, floor and room (〇〇タワー12階, ハイツ〇〇 203号, 〇〇 C棟 1203); a table column headed 住所/Address; English street addresses (Flat 2, 〇 … Road; 221B Baker Street, Suite 5; 〇 Queensway, 〇〇 Tower 1; 〇 … Place, #12-03), continental ones (〇〇gatan 1, 〇〇〇 〇〇 Stockholm; 〇 Rue de 〇〇, 75004 Paris), Japanese ones in romaji (1-2-3 〇〇, Chiyoda-ku, Tokyo, also after a building or flat: 〇〇 Tower 15F, …) and P.O. boxes",
  POSTAL_CODE: "postal codes after 〒 or a 郵便番号/住所 cue, or before a prefecture; UK postcodes (SW1A 1AA); US ZIP codes after a state (, CA 94105), Singapore's after the city, Australia's after the state (NSW 2000)",
  PHONE: "phone numbers: Japanese landline, mobile, toll-free and IP numbers (hyphens, spaces, dots, brackets or none), international +CC numbers, North American numbers ((415) 555-0199)",
  EMAIL: "e-mail addresses, also full-width and written as x[at]y, x (at) y, x at y dot com",
  CREDIT_CARD: "card numbers passing Luhn with a card issuer's prefix, and any 13–19-digit number after a card cue (カード番号, credit card) even with a wrong check digit",
  MY_NUMBER: "My Numbers (個人番号) with a valid check digit, and any 12-digit number after マイナンバー/個人番号",
  PERSONAL_ID: "employee, customer, member, account, patient and student numbers, bank account, passport, driving-licence and health-insurance numbers after their cue (社員番号 A12345, 顧客番号, 担当者コード, customer ID, account ACC-…, 口座番号, パスポート番号, 免許証番号, 保険証番号, 記号番号, passport number), also with an example bracket between (契約者番号（例：…）); login names after theirs (ログインID, アカウント, ユーザー名, username, ID: at the start of a field), ポイントカード番号; the cells of a table or CSV column headed by one (顧客番号, ID); a user or customer in a URL's query (?user=…)",
  DATE_OF_BIRTH: "dates of birth after their cue (生年月日, 誕生日, date of birth, DOB, born on)",
  SECRET: "passwords, passphrases, PINs, passcodes and card security codes written in prose after their cue (パスワードは abc123 です, Wi-Fi のキー：…, 暗証番号 4821, PIN: 7392, pw: …, PW abc123 で, pass: …, CVV 123, a passphrase in quotes, パスワード送ります → …), with what they are for between (the PIN for her badge is …), in brackets a few words on (the passcode you sent (…), パスワードは…（例：…）), after \"was\"/\"is\" a few words on (the old one was …), a PIN as the only long number of the next clause (暗証番号を忘れました。前は 〇〇〇〇 …); the cells of a table column headed パスワード/PIN",
  API_KEY: "API keys and tokens: OpenAI/Anthropic sk-, Stripe sk_live_/rk_/pk_/whsec_, GitHub, GitLab, npm, Slack (and its webhook URLs' secret path), Google AIza, SendGrid, Twilio, Hugging Face, Shopify, DigitalOcean, AWS access key ids and 40-character secret keys, JWTs, Bearer tokens, HTTP Basic credentials, 32-hex tokens; any value of at least 17 characters with letters and digits after a key, token or secret cue (APIキー, トークン, secret, license key, ライセンスキー)",
  URL_SECRET: "secret values in URLs (?token=, ?key=, ?sig=, X-Amz-Signature …)",
  URL_CREDENTIALS: "user:password in URLs",
  IP_ADDRESS: "IPv4 and IPv6 addresses (not subnet masks, not versions after バージョン/リリース/version/v/firmware or before で修正/にアップデート, not loopback 127.0.0.0/8 and ::1 nor 0.0.0.0/8, which reach no host)",
} as const;

/** Personal data the built-in detectors do not look for: the report says so, so nobody assumes it was masked. */
export const NOT_MASKED = [
  "a surname alone with no honorific, role cue, title or person cue after it (「〇〇の件」), a one-character surname alone (林, 森), a surname that is also the name of a prefecture or a large city (千葉, 福岡, 渋谷) without an honorific or role cue, a given name alone, names written only in hiragana or romaji without a cue",
  "English names without a title, salutation, closing, self-introduction, job title or verb of a person after them, and English given names alone with no cue at all (〇〇 from billing says …)",
  "dates of birth without their cue, ages, genders, nationalities, health, religion and other special-category data (要配慮個人情報) written in prose",
  "bank account, passport, driving-licence and health-insurance numbers without their cue (口座番号, パスポート番号, 免許証番号, 保険証番号 …)",
  "company and product names, URLs and host names other than those listed in pii: words",
  "file and folder names: they name the inputs (Inputs above), the documents an inquiry cites (eval.jsonl's sources) and each example's source (metadata.jsonl); the residual-risk pass lists one that looks like personal data",
  "personal data inside images, scanned PDFs, and files that could not be read (listed under Inputs)",
  "free-form descriptions that identify a person indirectly (the manager of the Osaka branch)",
];
