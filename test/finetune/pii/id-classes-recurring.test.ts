import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID classes that recur across the sets' first-run misses (issue 13): a person's number after its label in another
 * language or a short form, and after its label's HTML cell. Other values than any set's, in several layouts, with the
 * look-alikes each rule must leave alone (expected === input).
 */
describeMaskingClasses("id classes recurring across the sets", {
  "a person's number after its label in another language": [
    ["Bitte Kundennr. 4471203 angeben.", "Bitte Kundennr. [PERSONAL_ID] angeben."],
    ["Mitglieds-Nr.: AB-44120, Versicherungsnummer 12045518", "Mitglieds-Nr.: [PERSONAL_ID], Versicherungsnummer [PERSONAL_ID]"],
    ["N° client : 88213409 — numéro de passeport 18AV44120", "N° client : [PERSONAL_ID] — numéro de passeport [PERSONAL_ID]"],
    ["\"número de socio 7741203\",\"alta\"", "\"número de socio [PERSONAL_ID]\",\"alta\""],
    ["[14:20] 王: 客户编号：30418827，谢谢", "[14:20] 王: 客户编号：[PERSONAL_ID]，谢谢"],
    ["회원번호 2291034 확인 부탁드립니다", "회원번호 [PERSONAL_ID] 확인 부탁드립니다"],
    // A count of clients, a short number and a label with no value stay.
    ["número de clientes 4500; there is no client 1200 here; Kundennr. 12", "número de clientes 4500; there is no client 1200 here; Kundennr. 12"],
  ],
  "a person's number after its label written short": [
    ["Cust# 20931887 called twice", "Cust# [PERSONAL_ID] called twice"],
    ["Mbr No. 88120 renewed, Acct # 0044-1928-33", "Mbr No. [PERSONAL_ID] renewed, Acct # [PERSONAL_ID]"],
    ["row,note\n3,Pol. no. 2109-448731 lapsed", "row,note\n3,Pol. no. [PERSONAL_ID] lapsed"],
    // A month's list and a short count stay.
    ["Emp. No. 2024-05 list, Pol. No. 2", "Emp. No. 2024-05 list, Pol. No. 2"],
  ],
  "a person's number in the HTML cell after its label's": [
    ["<th>会員番号</th><td>00721945</td>", "<th>会員番号</th><td>[PERSONAL_ID]</td>"],
    ["<tr><td>会員番号:</td> <td class=\"v\">0088-1456-2210</td></tr>", "<tr><td>会員番号:</td> <td class=\"v\">[PERSONAL_ID]</td></tr>"],
    ["<td>Kundennummer</td><td>4471203</td>", "<td>Kundennummer</td><td>[PERSONAL_ID]</td>"],
    // A heading row and a one-digit count stay.
    ["<th>会員番号</th><th>氏名</th><td>社員番号</td><td>3</td>", "<th>会員番号</th><th>氏名</th><td>社員番号</td><td>3</td>"],
  ],
  "a column of numbers under a heading of a person's word and _no": [
    ["member_no,name\nM-00482713,note\nM-00482714,note", "member_no,name\n[PERSONAL_ID],note\n[PERSONAL_ID],note"],
    ["| cust_no | plan |\n|---|---|\n| 4471203 | A |", "| cust_no | plan |\n|---|---|\n| [PERSONAL_ID] | A |"],
    ["policy_no,plan\n2109-448731,gold", "policy_no,plan\n[PERSONAL_ID],gold"],
    // A page's and a run's numbers are things'.
    ["page_no,title\n12,intro\nrun_no,status\n2024-05,ok", "page_no,title\n12,intro\nrun_no,status\n2024-05,ok"],
  ],
});
