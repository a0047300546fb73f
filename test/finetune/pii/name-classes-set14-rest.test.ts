import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * The name and address classes the fourteenth held-out set still missed after its first round (issue 13), each with
 * the look-alikes beside it that must stay: firms, places, products, job titles, phrases that look like a name written
 * family first. Values are made up here, not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a mail header's display name in quotes": [
    ['From: "Oliver Grant" <o.grant@example.com>', 'From: "[PERSON]" <[EMAIL]>'],
    ['To: "Ng Kok Beng" <kb.ng@example.sg>', 'To: "[PERSON]" <[EMAIL]>'],
  ],
  "a greeting that introduces the writer by a full name": [
    ["Hi it's Oksana Melnyk from room C-210. My parcel came?", "Hi it's [PERSON] from room C-210. My parcel came?"],
    ["Hello, this is Tomasz Kowal, my order is late.", "Hello, this is [PERSON], my order is late."],
    ["Hi, it's Sam, my customer number is on file.", "Hi, it's [PERSON], my customer number is on file."],
  ],
  "a Chinese name written family first the southern way (Singapore, Malaysia)": [
    ["my cousin Tan Mei Ling joining, and Goh Boon Hock too.", "my cousin [PERSON] joining, and [PERSON] too."],
    ["Lim Jun Hao\n…\nThanks, Jun Hao", "[PERSON]\n…\nThanks, [PERSON]"],
    ["Take the MRT to Ang Mo Kio, near Tan Tock Seng Hospital; Lee Kum Kee sauce.", "Take the MRT to Ang Mo Kio, near Tan Tock Seng Hospital; Lee Kum Kee sauce."],
    ["Lee Has Been waiting", "Lee Has Been waiting"],
  ],
  "a Vietnamese name after a title, its middle name any syllable": [
    ["Our contact: Mr. Đỗ Quang Huy, and Ms. Vũ Hải Yến.", "Our contact: Mr. [PERSON], and Ms. [PERSON]."],
    ["Dr. Lê Anh Tuấn will call.", "Dr. [PERSON] will call."],
  ],
  "a name written family first and a comma, in a field of its own": [
    ["患者ID：P-0091／Lindqvist, Ingrid／連絡先：03-0000-0000", "患者ID：[PERSONAL_ID]／[PERSON]／連絡先：[PHONE]"],
    ["| Ferreira, Joana Beatriz | 1988 |", "| [PERSON] | 1988 |"],
    ["Hello Ms. Kallunki,\n  Kallunki, Kaisa Marja — passport pending", "Hello Ms. [PERSON],\n  [PERSON], [PERSON] — passport pending"],
    ["Dear Mr. Okafor, Thanks for the call.\nMs. Brandt, Tokyo office", "Dear Mr. [PERSON], Thanks for the call.\nMs. [PERSON], Tokyo office"],
    ["Member, Board\nParis, France\nSorry, Team", "Member, Board\nParis, France\nSorry, Team"],
    ["| Berlin, Germany | Apple, Orange |", "| Berlin, Germany | Apple, Orange |"],
  ],
  "the holder's name as a card or an account writes it": [
    ["Card: VISA, name on card PRIYA NAIR, exp 08/28.", "Card: VISA, name on card [PERSON], exp 08/28."],
    ["Cardholder: Ana Lima; account holder name JOHN A SMITH", "Cardholder: [PERSON]; account holder name [PERSON]"],
    ["The account name field is required. Cardholder support line.", "The account name field is required. Cardholder support line."],
  ],
  "a ZIP code or a postcode after the word that asks for it": [
    ["zip 02139, billing ZIP code: 10001-4321, postcode 2000", "zip [POSTAL_CODE], billing ZIP code: [POSTAL_CODE], postcode [POSTAL_CODE]"],
    ["the zip 2024 archive, a ZIP of 12000 MB, zip file v1.2", "the zip 2024 archive, a ZIP of 12000 MB, zip file v1.2"],
  ],
};

describeMaskingClasses("the fourteenth set's remaining name and address classes", classes);
