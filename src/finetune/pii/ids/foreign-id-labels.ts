import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { HTML_NEXT_CELL } from "../context/html-cells.js";

/**
 * A person's number after its label in the languages a company's foreign customers and staff write it in, or in the
 * short forms a form or a ledger prints (Kundennr. 4471203, N° client : 88213409, número de socio 7741203, 客户编号
 * 30418827, 회원번호 2291034, Cust# 20931887, Mbr No. 88120, Pol. no. 2109-448731): the label, perhaps a colon or `#`,
 * or its HTML cell, then the value, as 会員番号 and customer number are read.
 */
const LABELS = [
  // German: customer, member, insured, personnel, student, patient, passport and ID card numbers.
  String.raw`(?:Kunden|Mitglieds|Versicherungs|Versicherten|Personal|Matrikel|Patienten|Reisepass|Ausweis)(?:nummer|-?[Nn]r\.?)`,
  // French, Spanish, Portuguese and Italian: a number of a client, a member, a policy or a passport.
  String.raw`(?:[Nn]°|[Nn]º|[Nn]uméro|[Nn]úmero|[Nn]umero|[Nn]o\.)[ \t]*(?:de |d'|do |da |di )?(?:client|cliente|adhérent|membre|socio|sócio|afiliado|abonné|assuré|tessera|póliza|apólice|polizza|passeport|pasaporte|passaporte|passaporto)`,
  // Chinese and Korean.
  String.raw`会员(?:编号|号码|号|卡号)|客户(?:编号|号码|号)|护照(?:号码|号)|회원 ?번호|고객 ?번호|여권 ?번호`,
  // English short forms: a customer's, a member's, an account's, an employee's or a policy's number.
  String.raw`(?<![A-Za-z])(?:[Cc]ust|CUST|[Mm]br|MBR|[Mm]em|MEM|[Aa]cct|ACCT|[Ee]mp|EMP|[Pp]ol|POL)\.?[ \t]?(?:[Nn]o\.?|NO\.?|#|[Nn]um\.?|[Nn]br\.?)`,
].join("|");

const FOREIGN_ID = new RegExp(
  String.raw`(?:${LABELS})[ \t]*(?:[:：#=])?(?:${HTML_NEXT_CELL})?[ \t]*(?<secret>[A-Za-z]{0,4}-?\d[A-Za-z0-9-]{2,18}\d|\d{3,4}(?: \d{3,4}){1,4})(?![A-Za-z0-9]|-\d)`,
  "dgu",
);

/** Four digits at least, and no date (Emp. No. 2024-05 is a month's list). */
const personsNumber = (match: RegExpExecArray): boolean => {
  const value = match.groups!.secret!;
  return (value.match(/\d/g)?.length ?? 0) >= 4 && !/^(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?$/.test(value);
};

export const FOREIGN_ID_LABELS: readonly PiiDetector[] = [
  // The labels alone are the gate: their words' grams (Kun, cli, 会员, Cus) skip most texts without the pattern's scan.
  gated(
    new RegExp(LABELS, "u"),
    patternDetector("PERSONAL_ID", FOREIGN_ID, personsNumber),
  ),
];
