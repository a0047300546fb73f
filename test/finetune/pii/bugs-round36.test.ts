import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Leaks and over-masks on main (issue 13, round 36): two full names joined by an ampersand, a name alone in an inline
 * HTML element, a package's tag before a password's word, and a Vietnamese city that is a person's name too beside
 * another city. Each with the look-alikes its rule must leave alone.
 */
describeMaskingClasses("leaks and over-masks of round 36", {
  "two full names joined by an ampersand are two people; a firm named after partners keeps": [
    ["Priya Nair & Tom Reed went home", "[PERSON] & [PERSON] went home"],
    ["Mateus Carvalho & Hannah Okafor signed the lease.", "[PERSON] & [PERSON] signed the lease."],
    ["Guests: Kenji Watanabe & Sofia Lindqvist", "Guests: [PERSON] & [PERSON]"],
    ["Smith & Wesson", "Smith & Wesson"],
    ["Marks & Spencer opened a store.", "Marks & Spencer opened a store."],
    ["Priya Nair & Tom Reed Consulting", "Priya Nair & Tom Reed Consulting"],
    ["Raman & Iyer Consulting sent the invoice.", "Raman & Iyer Consulting sent the invoice."],
    ["Tom Reed & Priya Nair went home", "[PERSON] & [PERSON] went home"],
    ["Carter & Lowe countersign the deed.", "Carter & Lowe countersign the deed."],
  ],
  "a name alone in an inline HTML element is masked; a product's or a heading's words keep": [
    ["<span>Olivia Grace</span>", "<span>[PERSON]</span>"],
    ["<li>Olivia Grace</li>", "<li>[PERSON]</li>"],
    ['<span class="author">Emily Hart</span>', '<span class="author">[PERSON]</span>'],
    ["<b>Harold Finch</b> replied at noon.", "<b>[PERSON]</b> replied at noon."],
    ["<span>Grace Premium Blend</span>", "<span>Grace Premium Blend</span>"],
    ["<h2>Order Summary</h2>", "<h2>Order Summary</h2>"],
    ["<span>Santa Clara</span>", "<span>Santa Clara</span>"],
    ["<span>Lincoln Street</span>", "<span>Lincoln Street</span>"],
    ["<span>Olivia Dark Roast</span>", "<span>Olivia Dark Roast</span>"],
    ["Grace Premium Blend, 250 g", "Grace Premium Blend, 250 g"],
    ["<td>T-03 BusStop Buddy</td>", "<td>T-03 BusStop Buddy</td>"],
    ["<li>PayPal Buddy</li>", "<li>PayPal Buddy</li>"],
    ["<span>Mark VanHorn</span> replied.", "<span>[PERSON]</span> replied."],
  ],
  "a package's tag before a password's word is no login; an account at a tenant is": [
    ["react@next / password reset", "react@next / password reset"],
    ["npm i vue@latest / password manager plugin", "npm i vue@latest / password manager plugin"],
    ["eslint@canary / PASSWORD field lint", "eslint@canary / PASSWORD field lint"],
    ["sitter-admin@toyosu / パスワード Ab12cd34", "[PERSONAL_ID] / パスワード [SECRET]"],
    ["admin@acme / password reset", "[PERSONAL_ID] / password reset"],
    ["管理者アカウント: ops@beta", "管理者アカウント: [PERSONAL_ID]"],
  ],
  "a Vietnamese city named like a person beside another city is a place; a person alone keeps masked": [
    ["Hà Nội and Hồ Chí Minh", "Hà Nội and Hồ Chí Minh"],
    ["We flew from Đà Nẵng to Hồ Chí Minh last year.", "We flew from Đà Nẵng to Hồ Chí Minh last year."],
    ["Offices: Hải Phòng, Hồ Chí Minh, Cần Thơ", "Offices: Hải Phòng, Hồ Chí Minh, Cần Thơ"],
    ["Hồ Chí Minh và Hà Nội", "Hồ Chí Minh và Hà Nội"],
    ["Nguyễn Văn An and Hà Nội", "[PERSON] and Hà Nội"],
    ["Hà Nội, Nguyễn Thị Lan", "Hà Nội, [PERSON]"],
    ["Văn phòng tại TP. Hồ Chí Minh", "Văn phòng tại TP. Hồ Chí Minh"],
    ["Hồ Chí Minh said hello", "[PERSON] said hello"],
    ["Hồ Chí Minh and Nguyễn Văn An", "[PERSON] and [PERSON]"],
  ],
});
