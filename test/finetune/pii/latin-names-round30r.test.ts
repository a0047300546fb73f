import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the thirtieth set leaked (issue 13, round 30r), each class in other layouts, with the look-alikes
 * it must leave alone (expected === input). Values are made up here.
 */
describeMaskingClasses("Latin names of round 30r", {
  "a chat's speaker alone on the line after the turn's bracketed stamp, a role's word before or none": [
    ["[09:12] Support Olivia\nI can check that for you.", "[09:12] Support [PERSON]\nI can check that for you."],
    ["[2026-10-01 10:00] Rahul Verma\nHello, my order is late.", "[2026-10-01 10:00] [PERSON]\nHello, my order is late."],
    ["[2026-10-02 18:40] Oliveira dos Reis\nCan you deliver on Friday?", "[2026-10-02 18:40] [PERSON]\nCan you deliver on Friday?"],
    ["[11:05] サポート Chloe\n確認します。", "[11:05] サポート [PERSON]\n確認します。"],
    ["[15:20] Yuki Tanabe\nThanks, that works.", "[15:20] [PERSON]\nThanks, that works."],
    ["[10:00] Deploy Started\nlogs follow", "[10:00] Deploy Started\nlogs follow"],
    ["[12:00] Support Team\nWe will reply within a day.", "[12:00] Support Team\nWe will reply within a day."],
    ["[12:00] Lunch\nback at one", "[12:00] Lunch\nback at one"],
    ["[09:00] Shinjuku Station\nmeet at the south exit", "[09:00] Shinjuku Station\nmeet at the south exit"],
    ["[10:30] Coffee Break\nsnacks in room B", "[10:30] Coffee Break\nsnacks in room B"],
    ["[2026-11-30 10:00] Osaka Namba\n店舗の売上", "[2026-11-30 10:00] Osaka Namba\n店舗の売上"],
  ],
  "a family name of two parts joined by a particle after a title, whole": [
    ["Thank you, Mr. Nakamura dos Santos. Your order is placed.", "Thank you, Mr. [PERSON]. Your order is placed."],
    ["Dr. Oliveira da Costa will call you back.", "Dr. [PERSON] will call you back."],
    ["Ms. Tanaka de Souza signed the form.", "Ms. [PERSON] signed the form."],
    ["Mr. Porter de Luxe Store opens at ten", "Mr. Porter de Luxe Store opens at ten"],
    ["Dr. Oetker da Casa Pizza, 350 g", "Dr. Oetker da Casa Pizza, 350 g"],
  ],
  "two given names joined as a couple's, by a couple's sign or by &": [
    ["| 刻印 | SOFIA & HARUTO | ¥120,000 |", "| 刻印 | [PERSON] & [PERSON] | ¥120,000 |"],
    ["| Mai ∞ Daisuke | ¥98,000 |", "| [PERSON] ∞ [PERSON] | ¥98,000 |"],
    ["Engraving: Emma ♡ Kenji 2026.5.3", "Engraving: [PERSON] ♡ [PERSON] 2026.5.3"],
    ["Cake plate: Maria & Kenta", "Cake plate: [PERSON] & [PERSON]"],
    ["Engraving: K to A ♡", "Engraving: K to A ♡"],
    ["Gift card from Marks & Spencer", "Gift card from Marks & Spencer"],
    ["JOHNSON & JOHNSON plasters", "JOHNSON & JOHNSON plasters"],
    ["Counsel: WILSON & TAYLOR LLP", "Counsel: WILSON & TAYLOR LLP"],
    ["Agent at Chen & Partners Talent", "Agent at Chen & Partners Talent"],
    ["Ben & Jerry's ice cream", "Ben & Jerry's ice cream"],
    ["Love ∞ Forever pendant", "Love ∞ Forever pendant"],
    ["PT950 & K18 combination band", "PT950 & K18 combination band"],
    ["Barnes & Noble gift card", "Barnes & Noble gift card"],
  ],
  "a register's family name of two parts joined by a particle, a comma and the given names": [
    ["| T1-004 | Ferreira da Silva, João Pedro | Brazil |", "| T1-004 | [PERSON] | Brazil |"],
    ["| 0061304 | Costa dos Reis, Ana Beatriz | 承認 |", "| 0061304 | [PERSON] | 承認 |"],
    ["参加者は Almeida da Cruz, Mariana さん", "参加者は [PERSON] さん"],
    ["| Rio de Janeiro, Brazil |", "| Rio de Janeiro, Brazil |"],
    ["| Cabo da Roca, Portugal |", "| Cabo da Roca, Portugal |"],
  ],
  "a name before its job in small letters after a comma, closing a bracket": [
    ["Owner: Community team (Haruka Nishizono, community manager)", "Owner: Community team ([PERSON], community manager)"],
    ["QA (Mateus Okafor, backend lead) joined late", "QA ([PERSON], backend lead) joined late"],
    ["(Visual Studio, project manager)", "(Visual Studio, project manager)"],
    ["(Tokyo Station, station manager)", "(Tokyo Station, station manager)"],
  ],
  "a name after a sign-off's label, a Japanese name in romaji too": [
    ["Sign-off: Kaito Ishiwata, Chief Engineer", "Sign-off: [PERSON], Chief Engineer"],
    ["Signed off by Yuki Horibe.", "Signed off by [PERSON]."],
    ["Sign-off: Emily Watson", "Sign-off: [PERSON]"],
    ["Sign-off: Head Office", "Sign-off: Head Office"],
    ["Sign-off: Deploy Team", "Sign-off: Deploy Team"],
    ["Greetings from Osaka Kita", "Greetings from Osaka Kita"],
    ["Ask Honda Motor about the recall", "Ask Honda Motor about the recall"],
  ],
});
