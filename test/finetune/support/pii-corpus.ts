import fs from "node:fs";
import path from "node:path";
import { seededRandom } from "../../../src/seeded-random.js";
import { myNumberCheckDigit } from "../../../src/finetune/pii/ids/my-number.js";
import { minimalPdf, nonEmbeddedJapanesePdf } from "./minimal-pdf.js";
import { encodeShiftJis } from "./shift-jis.js";

/**
 * A company's fine-tuning sources with personal data planted in them, and the ground truth: Japanese and English
 * inquiry rows and document paragraphs built from templates whose slots are filled with personal data of every kind
 * a data-protection officer asks about (names, addresses, secrets in prose, employee and customer IDs, card and My
 * Numbers — also with wrong check digits in their context —, obfuscated e-mails, phones, keys, tokens, the company's
 * own codes) and with look-alikes that must stay (versions, subnet masks, JAN/ISBN codes, order and tracking
 * numbers, お客様/皆様, amounts, dates). Each planted value and decoy is located in the text it was written into.
 */
export type PlantedKind =
  | "PERSON"
  | "ADDRESS"
  | "SECRET"
  | "PERSONAL_ID"
  | "CREDIT_CARD"
  | "MY_NUMBER"
  | "EMAIL"
  | "PHONE"
  | "API_KEY"
  | "URL_SECRET"
  | "IP_ADDRESS"
  | "POSTAL_CODE"
  | "EMPLOYEE_CODE"
  | "INTERNAL_HOST";

export type DecoyKind =
  | "version"
  | "subnet-mask"
  | "jan"
  | "isbn"
  | "order-number"
  | "tracking-number"
  | "honorific-noun"
  | "prose"
  | "amount"
  | "date"
  | "place-name"
  | "product-name"
  | "branch";

export interface Planted {
  kind: PlantedKind;
  value: string;
  /** Offset of the value in its text. */
  start: number;
}

export interface Decoy {
  kind: DecoyKind;
  value: string;
  start: number;
}

/** One piece of text with what is planted in it. */
export interface CorpusText {
  text: string;
  planted: Planted[];
  decoys: Decoy[];
}

/** The `pii:` section the company patterns of this corpus need (as kurabe.yaml would hold it). */
export const COMPANY_PII_YAML = `pii:
  patterns:
    - name: EMPLOYEE_CODE
      regex: "EMP-\\\\d{6}"
  words:
    - name: INTERNAL_HOST
      values: [db-prod-01.corp.internal, build.kurabe-intra.local, ファイルサーバ北館]
`;

type Slot = () => { value: string } & ({ kind: PlantedKind } | { decoy: DecoyKind });

const SURNAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山口", "松本", "井上", "木村", "清水", "斎藤", "森田", "池田", "橋本", "石川", "前田", "藤田", "岡田", "長谷川", "村上", "近藤", "坂本", "遠藤", "青木", "西村", "福田", "太田", "三浦", "藤原", "岡本", "松田", "中川", "中野"];
const GIVEN = ["太郎", "花子", "一郎", "健一", "美咲", "大輔", "陽子", "直樹", "由美", "翔太", "愛", "誠", "恵子", "拓也", "真由美", "浩二", "さくら", "裕子", "隆", "明美"];
/**
 * Surnames written alone before a person cue (佐藤より, 佐藤から折り返し): those of SURNAMES that are no prefecture or
 * city (山口, 石川, 中野 are also places, and 「山口から連絡」 may be the Yamaguchi office: the detector masks those alone
 * only with an honorific or a role cue, and the corpus plants what the policy promises).
 */
const CUE_SURNAMES = SURNAMES.filter((surname) => !["山口", "石川", "中野"].includes(surname));
/** Given names IPADIC does not list (高橋由伸監督): found by the title after them. */
const UNLISTED_GIVEN = ["由伸", "辰徳", "将大", "翔平", "一朗", "慎吾", "誠也", "尚輝"];
/** Look-alikes holding a surname: places (山田町), products (山田錦, a sake rice; 佐藤錦, a cherry), offices (福岡支店). */
const PLACE_NAMES = ["山田町", "佐藤町", "田中町", "高橋町", "吉田町", "松本市", "渡辺通", "中村区"];
const PRODUCT_NAMES = ["山田錦", "佐藤錦", "中村屋", "越乃寒梅", "雄町"];
const BRANCHES = ["福岡支店", "千葉営業所", "大阪本社", "名古屋工場", "山口支店"];
const RARE_SURNAMES = ["勅使河原", "小鳥遊", "四月一日", "東海林"];
const KATAKANA_NAMES = ["ヤマダ タロウ", "サトウ ハナコ", "スズキ イチロウ", "タナカ ミサキ"];
const EN_FIRST = ["John", "Emily", "Michael", "Sarah", "David", "Jessica", "James", "Laura", "Robert", "Olivia", "Daniel", "Sophie"];
const EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Clark", "Patel", "Nguyen", "Garcia", "Miller", "Wilson", "Taylor", "Anderson"];
const PLACES: [string, string, string][] = [
  ["東京都", "千代田区", "丸の内"],
  ["東京都", "港区", "六本木"],
  ["大阪府", "大阪市北区", "梅田"],
  ["神奈川県", "横浜市西区", "みなとみらい"],
  ["愛知県", "名古屋市中村区", "名駅"],
  ["福岡県", "福岡市博多区", "博多駅前"],
  ["北海道", "札幌市中央区", "大通西"],
  ["京都府", "京都市下京区", "烏丸通"],
];
const EN_STREETS = ["Baker Street", "Market Street", "Fifth Avenue", "Maple Road", "Sunset Boulevard", "Elm Drive", "Oak Lane"];

export function generatePiiCorpus(seed = 13): { inquiries: CorpusText[][]; documents: { name: string; paragraphs: CorpusText[] }[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const digits = (count: number) => Array.from({ length: count }, (_, index) => (index === 0 ? int(1, 9) : int(0, 9))).join("");
  const group = (text: string, sizes: number[], sep: string) => {
    const parts: string[] = [];
    let at = 0;
    for (const size of sizes) parts.push(text.slice(at, (at += size)));
    return parts.join(sep);
  };
  const luhnDigit = (body: string) => {
    let sum = 0;
    for (let index = 0; index < body.length; index++) {
      let digit = Number(body[body.length - 1 - index]);
      if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    return String((10 - (sum % 10)) % 10);
  };
  const janDigit = (body: string) => {
    const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
    return String((10 - (sum % 10)) % 10);
  };
  const card = (valid: boolean) => {
    const prefix = pick(["4", "5", "35"]);
    const body = prefix + digits(15 - prefix.length);
    const full = body + luhnDigit(body);
    const number = valid ? full : full.slice(0, 15) + String((Number(full[15]) + int(1, 9)) % 10);
    return group(number, [4, 4, 4, 4], pick([" ", "-", ""]));
  };
  const myNumber = (valid: boolean) => {
    const first = digits(11);
    const check = myNumberCheckDigit(first);
    return group(first + String(valid ? check : (check + int(1, 9)) % 10), [4, 4, 4], pick([" ", "-", ""]));
  };
  const hex = (count: number) => Array.from({ length: count }, () => "0123456789abcdef"[int(0, 15)]).join("");
  const base64ish = (count: number) =>
    Array.from({ length: count }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"[int(0, 63)]).join("");
  const alnum = (count: number) => Array.from({ length: count }, () => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"[int(0, 55)]).join("");
  const jaName = () => (random() < 0.6 ? pick(SURNAMES) + pick(GIVEN) : pick(SURNAMES));
  const phoneJa = () => `0${int(3, 6)}-${digits(4)}-${digits(4)}`;

  const slots: Record<string, Slot> = {
    jaFull: () => ({ kind: "PERSON", value: pick(SURNAMES) + pick(GIVEN) }),
    jaSpaced: () => ({ kind: "PERSON", value: `${pick(SURNAMES)} ${pick(GIVEN)}` }),
    jaSurname: () => ({ kind: "PERSON", value: pick(SURNAMES) }),
    jaName: () => ({ kind: "PERSON", value: jaName() }),
    jaRare: () => ({ kind: "PERSON", value: pick(RARE_SURNAMES) }),
    jaSurnameCue: () => ({ kind: "PERSON", value: pick(CUE_SURNAMES) }),
    jaUnlisted: () => ({ kind: "PERSON", value: pick(CUE_SURNAMES) + pick(UNLISTED_GIVEN) }),
    kana: () => ({ kind: "PERSON", value: pick(KATAKANA_NAMES) }),
    enTitled: () => ({ kind: "PERSON", value: random() < 0.5 ? pick(EN_LAST) : `${pick(EN_FIRST)} ${pick(EN_LAST)}` }),
    enFull: () => ({ kind: "PERSON", value: `${pick(EN_FIRST)} ${pick(EN_LAST)}` }),
    enFirst: () => ({ kind: "PERSON", value: pick(EN_FIRST) }),
    addressJa: () => {
      const [prefecture, city, town] = pick(PLACES);
      const number = pick([`${int(1, 9)}-${int(1, 20)}-${int(1, 30)}`, `${int(1, 5)}丁目${int(1, 20)}番${int(1, 30)}号`, `${int(1, 9)}丁目${int(1, 20)}-${int(1, 9)}`]);
      return { kind: "ADDRESS", value: `${random() < 0.8 ? prefecture : ""}${city}${town}${number}` };
    },
    addressEn: () => ({
      kind: "ADDRESS",
      value: `${int(10, 9999)} ${pick(EN_STREETS)}${random() < 0.5 ? `, ${pick(["Apt", "Suite"])} ${int(1, 999)}` : ""}`,
    }),
    passwordJa: () => ({ kind: "SECRET", value: `${alnum(int(4, 6))}${digits(int(2, 3))}` }),
    passwordEn: () => ({ kind: "SECRET", value: `${alnum(int(5, 8))}${pick(["!", "#", "$", "&", "9", "7"])}${digits(2)}` }),
    pin: () => ({ kind: "SECRET", value: digits(4) }),
    employeeId: () => ({ kind: "PERSONAL_ID", value: `${pick(["A", "E", "S", "K"])}${digits(5)}` }),
    customerId: () => ({ kind: "PERSONAL_ID", value: pick([`C-${digits(7)}`, digits(8), `CU${digits(6)}`]) }),
    cardValid: () => ({ kind: "CREDIT_CARD", value: card(true) }),
    cardNearMiss: () => ({ kind: "CREDIT_CARD", value: card(false) }),
    myNumberValid: () => ({ kind: "MY_NUMBER", value: myNumber(true) }),
    myNumberNearMiss: () => ({ kind: "MY_NUMBER", value: myNumber(false) }),
    email: () => ({ kind: "EMAIL", value: `${pick(["taro.yamada", "h.sato", "support", "k-suzuki", "emily.clark"])}${int(1, 99)}@example.co.jp` }),
    emailAt: () => ({ kind: "EMAIL", value: `${pick(["taro.yamada", "info", "m.tanaka"])}${int(1, 99)}${pick(["[at]", " [at] ", "(at)", " at "])}example.com` }),
    emailWide: () => ({ kind: "EMAIL", value: `ｓａｔｏ${int(1, 9)}＠ｅｘａｍｐｌｅ．ｊｐ` }),
    phone: () => ({ kind: "PHONE", value: phoneJa() }),
    phoneMobile: () => ({ kind: "PHONE", value: `0${pick(["70", "80", "90"])}-${digits(4)}-${digits(4)}` }),
    phoneDotted: () => ({ kind: "PHONE", value: `0${int(3, 6)}.${digits(4)}.${digits(4)}` }),
    phoneBare: () => ({ kind: "PHONE", value: `0${int(3, 6)}${digits(8)}` }),
    phoneIntl: () => ({ kind: "PHONE", value: `+81 ${int(3, 6)} ${digits(4)} ${digits(4)}` }),
    awsSecret: () => ({ kind: "API_KEY", value: `${alnum(8)}${base64ish(24)}${alnum(8)}` }),
    stripe: () => ({ kind: "API_KEY", value: `sk_live_${alnum(24)}` }),
    hexToken: () => ({ kind: "API_KEY", value: hex(32) }),
    openaiKey: () => ({ kind: "API_KEY", value: `sk-proj-${alnum(32)}` }),
    urlToken: () => ({ kind: "URL_SECRET", value: alnum(20) }),
    ip: () => ({ kind: "IP_ADDRESS", value: `${int(10, 192)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}` }),
    postal: () => ({ kind: "POSTAL_CODE", value: `${digits(3)}-${digits(4)}` }),
    employeeCode: () => ({ kind: "EMPLOYEE_CODE", value: `EMP-${digits(6)}` }),
    host: () => ({ kind: "INTERNAL_HOST", value: pick(["db-prod-01.corp.internal", "build.kurabe-intra.local", "ファイルサーバ北館"]) }),
    // Look-alikes.
    version4: () => ({ decoy: "version", value: `${int(1, 20)}.${int(0, 9)}.${int(0, 30)}.${int(0, 255)}` }),
    subnet: () => ({ decoy: "subnet-mask", value: pick(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.240.0"]) }),
    jan: () => {
      const body = pick(["45", "49"]) + digits(10);
      return { decoy: "jan", value: body + janDigit(body) };
    },
    isbn: () => {
      const body = pick(["978", "979"]) + "4" + digits(8);
      const number = body + janDigit(body);
      return { decoy: "isbn", value: random() < 0.5 ? number : `${number.slice(0, 3)}-${number.slice(3, 4)}-${number.slice(4, 6)}-${number.slice(6, 12)}-${number.slice(12)}` };
    },
    orderLuhn: () => {
      const body = pick(["4", "5"]) + digits(14);
      return { decoy: "order-number", value: body + luhnDigit(body) };
    },
    tracking: () => {
      const first = digits(11);
      return { decoy: "tracking-number", value: first + String(myNumberCheckDigit(first)) };
    },
    honorificNoun: () => ({ decoy: "honorific-noun", value: pick(["お客様", "皆様", "ご担当者様", "お客さん", "皆さん", "関係者各位"]) }),
    placeName: () => ({ decoy: "place-name", value: pick(PLACE_NAMES) }),
    productName: () => ({ decoy: "product-name", value: pick(PRODUCT_NAMES) }),
    branch: () => ({ decoy: "branch", value: pick(BRANCHES) }),
    amount: () => ({ decoy: "amount", value: pick([`${int(1, 99)},${digits(3)}円`, `￥${int(1, 99)},${digits(3)}`, `$${int(10, 999)}.${digits(2)}`]) }),
    date: () => ({ decoy: "date", value: `2024-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}` }),
  };

  const JA_TEMPLATES = [
    "{jaFull}様、お問い合わせありがとうございます。",
    "{jaSurname}さんから連絡がありました。",
    "担当の{jaSurname}が折り返しご連絡いたします。",
    "担当：{jaSpaced}",
    "{jaName}様より返品のご依頼がありました。",
    "{jaSurname}氏の承認を得て手続きを進めます。",
    "{jaFull}殿",
    "ご依頼主は{jaRare}様です。",
    "{kana}様のお届け先を変更しました。",
    "{jaFull}がご案内いたします。",
    "以上、{jaSurnameCue}より。",
    "{jaSurnameCue}から折り返しご連絡いたします。",
    "本件は{jaSurnameCue}が対応いたします。",
    "詳細は{jaSurnameCue}に確認してください。",
    "{jaSurnameCue}課長にも共有済みです。",
    "{jaUnlisted}監督が来場されました。",
    "営業部の{jaUnlisted}部長から承認を得ました。",
    "{placeName}の役場に書類を届け出ました。",
    "{productName}を使った限定品をお届けします。",
    "{branch}から連絡がありました。",
    "お届け先は{addressJa}です。",
    "住所：〒{postal} {addressJa}",
    "新住所 {addressJa} へ転居されたとのことです。",
    "パスワードは {passwordJa} です。",
    "仮パスワード「{passwordJa}」でログインしてください。",
    "暗証番号は{pin}とのことでした。",
    "社員番号 {employeeId} の方からの申請です。",
    "顧客番号：{customerId}",
    "会員ID {customerId} でご登録があります。",
    "カード番号 {cardNearMiss} が決済エラーになりました。",
    "ご登録のクレジットカード {cardValid} は有効期限切れです。",
    "マイナンバー {myNumberNearMiss} の記載に誤りがあるかもしれません。",
    "個人番号は{myNumberValid}で登録されています。",
    "連絡先は {email} です。",
    "メールは {emailAt} までお願いします。",
    "返信先：{emailWide}",
    "お電話は{phone}まで。",
    "携帯（{phoneMobile}）にご連絡ください。",
    "代表 {phoneDotted} で受け付けています。",
    "先ほど{phoneBare}から着信がありました。",
    "接続元 src={ip} からのアクセスを確認しました。",
    "社員コード{employeeCode}で申請してください。",
    "ログは{host}に保存されています。",
    "バージョン{version4}で修正済みです。",
    "リリース {version4} の変更点をご確認ください。",
    "サブネットマスクは{subnet}に設定してください。",
    "JANコード {jan} の商品です。",
    "ISBN {isbn} の書籍を同梱しました。",
    "注文番号 {orderLuhn} を承りました。",
    "お問い合わせ伝票番号は{tracking}です。",
    "{honorificNoun}にはご迷惑をおかけしております。",
    "合計 {amount} をご請求いたします。",
    "{date}に発送いたしました。",
    "パスワードは8文字以上で設定してください。",
  ];
  const EN_TEMPLATES = [
    "Dear {enTitled}, thank you for your message.",
    "Mr. {enTitled} called about the refund.",
    "Ms. {enTitled} asked for an invoice.",
    "Dr. {enTitled} will review the claim.",
    "Best regards, {enFull}",
    "My name is {enFull} and I ordered a kettle.",
    "Hi {enFirst}, your parcel has shipped.",
    "Please ship it to {addressEn}.",
    "The password is {passwordEn} for now.",
    "Your PIN: {pin}",
    "passcode {passwordEn}",
    "Employee ID {employeeId} filed the request.",
    "Customer number {customerId} is on hold.",
    "Card number {cardNearMiss} was declined.",
    "Write to {email} or {emailAt}.",
    "Call us on {phoneIntl}.",
    "aws_secret_access_key = {awsSecret}",
    "The Stripe key {stripe} leaked in a log.",
    "Use the token {hexToken} to call the API.",
    "The key {openaiKey} was revoked.",
    "Open https://portal.example.com/reset?token={urlToken}.",
    "Connect to {ip} from the office.",
    "Upgrade to version {version4} first.",
    "Use v{version4} or later.",
    "Set the netmask to {subnet}.",
    "Order number {orderLuhn} was shipped.",
    "Tracking number {tracking} shows it in transit.",
    "The total is {amount}.",
    "Dear customer, the password must be at least 8 characters.",
    "We shipped it on {date}.",
  ];

  const fill = (template: string): CorpusText => {
    const planted: Planted[] = [];
    const decoys: Decoy[] = [];
    let text = "";
    let cursor = 0;
    for (const match of template.matchAll(/\{(\w+)\}/g)) {
      text += template.slice(cursor, match.index);
      const made = slots[match[1]!]!();
      if ("kind" in made) planted.push({ kind: made.kind, value: made.value, start: text.length });
      else decoys.push({ kind: made.decoy, value: made.value, start: text.length });
      text += made.value;
      cursor = match.index + match[0].length;
    }
    return { text: text + template.slice(cursor), planted, decoys };
  };
  const join = (parts: CorpusText[], separator: string): CorpusText => {
    const out: CorpusText = { text: "", planted: [], decoys: [] };
    for (const part of parts) {
      // A line that does not end a sentence (担当：佐藤 太郎) ends the line, as in a real message.
      if (out.text) out.text += /[。.!?！？]$/u.test(out.text) ? separator : "\n";
      const offset = out.text.length;
      out.planted.push(...part.planted.map((item) => ({ ...item, start: item.start + offset })));
      out.decoys.push(...part.decoys.map((item) => ({ ...item, start: item.start + offset })));
      out.text += part.text;
    }
    return out;
  };
  // Every template at least a few times, in a shuffled order; plain sentences around them.
  const sequence = (templates: readonly string[], rounds: number) => {
    const out: string[] = [];
    for (let round = 0; round < rounds; round++) out.push(...templates);
    for (let index = out.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [out[index], out[other]] = [out[other]!, out[index]!];
    }
    return out;
  };
  const FILLER_JA = ["ご確認のほどよろしくお願いいたします。", "引き続きよろしくお願いいたします。", "ご不便をおかけして申し訳ございません。"];
  const FILLER_EN = ["Thanks for your patience.", "Let us know if anything else comes up.", "Sorry for the trouble."];

  const inquiries: CorpusText[][] = [];
  const jaQueue = sequence(JA_TEMPLATES, 12);
  const enQueue = sequence(EN_TEMPLATES, 12);
  let row = 0;
  while (jaQueue.length > 0 || enQueue.length > 0) {
    const japanese = jaQueue.length > 0 && (enQueue.length === 0 || random() < 0.6);
    const queue = japanese ? jaQueue : enQueue;
    const question = fill(japanese ? `問い合わせ${row + 1}件目です。${queue.pop()!}` : `Ticket ${row + 1}: ${queue.pop()!}`);
    const answerParts = [fill(pick(japanese ? FILLER_JA : FILLER_EN))];
    if (queue.length > 0) answerParts.push(fill(queue.pop()!));
    answerParts.push(fill(pick(japanese ? FILLER_JA : FILLER_EN)));
    inquiries.push([question, join(answerParts, japanese ? "" : " ")]);
    row++;
  }

  const documents: { name: string; paragraphs: CorpusText[] }[] = [];
  const docJa = sequence(JA_TEMPLATES, 3);
  const docEn = sequence(EN_TEMPLATES, 3);
  for (let index = 0; docJa.length > 0 || docEn.length > 0; index++) {
    const japanese = index % 3 !== 2 ? docJa.length > 0 : docEn.length === 0;
    const queue = japanese ? docJa : docEn;
    const paragraphs = Array.from({ length: 3 }, () =>
      join(
        Array.from({ length: 3 }, () => fill(queue.pop() ?? pick(japanese ? FILLER_JA : FILLER_EN))),
        japanese ? "" : " ",
      ),
    );
    documents.push({ name: `${japanese ? "ja" : "en"}-${String(index + 1).padStart(2, "0")}`, paragraphs });
  }
  return { inquiries, documents };
}

/**
 * Writes the corpus as a company would hand it over: a Shift_JIS CSV inquiry log, a JSONL chat export, and a folder
 * of Markdown, HTML, text and PDF documents (headings holding names and contacts too), beside a .docx and an .rtf
 * that cannot be read. Returns every planted value (to be absent from every output), every decoy (to stay) and the paths.
 */
export function writePiiCorpus(dir: string): { planted: Planted[]; decoys: Decoy[]; inquiries: string[]; docsDir: string } {
  const { inquiries, documents } = generatePiiCorpus();
  const planted: Planted[] = [];
  const decoys: Decoy[] = [];
  const csvRows: string[] = ["question,answer,category"];
  const jsonl: string[] = [];
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  inquiries.forEach(([question, answer], index) => {
    planted.push(...question!.planted, ...answer!.planted);
    decoys.push(...question!.decoys, ...answer!.decoys);
    if (index % 5 === 4) jsonl.push(JSON.stringify({ question: question!.text, answer: answer!.text, category: "chat" }));
    else csvRows.push([quote(question!.text), quote(answer!.text), index % 2 ? "support" : "billing"].join(","));
  });
  fs.mkdirSync(path.join(dir, "docs"), { recursive: true });
  fs.writeFileSync(path.join(dir, "inquiries.csv"), encodeShiftJis(`${csvRows.join("\r\n")}\r\n`));
  fs.writeFileSync(path.join(dir, "chat.jsonl"), `${jsonl.join("\n")}\n`);
  documents.forEach(({ name, paragraphs }, index) => {
    for (const paragraph of paragraphs) {
      planted.push(...paragraph.planted);
      decoys.push(...paragraph.decoys);
    }
    const japanese = name.startsWith("ja");
    // A heading with a name and contacts in it: headings reach metadata.jsonl and the question of every chunk.
    const heading = japanese ? `山田太郎様（taro.yamada@example.co.jp／090-1234-5678）の件 ${index + 1}` : `Case ${index + 1} for Mr. Smith`;
    planted.push(...(japanese ? ["山田太郎", "taro.yamada@example.co.jp", "090-1234-5678"] : ["Smith"]).map((value) => ({ kind: "PERSON" as const, value, start: 0 })));
    const texts = paragraphs.map((paragraph) => paragraph.text);
    const kind = index % 5;
    if (kind === 4) {
      // Every second Japanese PDF without an embedded font, as office tools often write them.
      const write = japanese && index % 2 === 0 ? nonEmbeddedJapanesePdf : minimalPdf;
      // A sentence a line: PDF.js leaves out what runs past the page's edge (about 45 Japanese characters here).
      const lines = texts.flatMap((text) => text.split(/\n|(?<=[。.!?])\s*/u)).filter(Boolean);
      fs.writeFileSync(path.join(dir, "docs", `${name}.pdf`), write([heading, ...lines]));
    }
    else if (kind === 3) {
      const html = `<html><head><title>${name}</title></head><body><h1>${name}</h1><h2>${heading}</h2>${texts.map((text) => `<p>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</p>`).join("")}</body></html>`;
      fs.writeFileSync(path.join(dir, "docs", `${name}.html`), html);
    } else if (kind === 2) fs.writeFileSync(path.join(dir, "docs", `${name}.txt`), `${heading}\n\n${texts.join("\n\n")}\n`);
    else fs.writeFileSync(path.join(dir, "docs", `${name}.md`), `# ${name}\n\n## ${heading}\n\n${texts.join("\n\n")}\n`);
  });
  fs.writeFileSync(path.join(dir, "docs", "old-contract.docx"), Buffer.from("PK\u0003\u0004word/document.xml", "latin1"));
  fs.writeFileSync(path.join(dir, "docs", "memo.rtf"), "{\\rtf1\\ansi 山田太郎 memo}");
  return { planted, decoys, inquiries: [path.join(dir, "inquiries.csv"), path.join(dir, "chat.jsonl")], docsDir: path.join(dir, "docs") };
}
