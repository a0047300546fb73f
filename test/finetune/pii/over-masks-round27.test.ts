import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks seen on main by class (issue 13, round 27): AI models listed or named with their version taken for people,
 * a listed surname and a katakana given name masked as two names, a place after a middle initial taken into the name,
 * a date in brackets after a PIN taken for the secret; and a listed name that is an English word heading a dated chat
 * turn, kept where other turns show it is a chat. Each with a person or a secret beside it still masked.
 */
describeMaskingClasses("over-masks of round 27", {
  "AI models in a list, or with their version, tier, kind or maker, are tools; a person of the same name is still masked": [
    ["Models compared: Claude, Gemini, Copilot, Llama and Mistral.", "Models compared: Claude, Gemini, Copilot, Llama and Mistral."],
    ["We tried Claude 3.5 Sonnet and GPT-4o; Gemini was slower.", "We tried Claude 3.5 Sonnet and GPT-4o; Gemini was slower."],
    ["社内で使う生成AI：Claude、Gemini、ChatGPT を比較した。担当 Priya Nair", "社内で使う生成AI：Claude、Gemini、ChatGPT を比較した。担当 [PERSON]"],
    ["Please ask Claude Dubois whether the Claude API key was rotated.", "Please ask [PERSON] whether the Claude API key was rotated."],
    ["Claude said he would compare Gemini and ChatGPT tomorrow.", "[PERSON] said he would compare Gemini and ChatGPT tomorrow."],
    ["Claude, Marie and Paul came to the meeting.", "[PERSON], [PERSON] and [PERSON] came to the meeting."],
    ["Claude Monet and Frida Kahlo", "[PERSON] and [PERSON]"],
    ["Anthropic's Claude drafted the reply for Priya Nair.", "Anthropic's Claude drafted the reply for [PERSON]."],
    ["Claude Opus wrote the summary; Priya Nair checked it.", "Claude Opus wrote the summary; [PERSON] checked it."],
    ["Dr. Claude Bernard and Claude, Gemini compared", "Dr. [PERSON] and Claude, Gemini compared"],
    ["Claude さんに確認しました。", "[PERSON] さんに確認しました。"],
  ],
  "a listed kanji surname, a space and a katakana given name before an honorific are one name": [
    ["昨日、佐藤 ハル さんから電話がありました。", "昨日、[PERSON] さんから電話がありました。"],
    ["石川 トミ 様のご依頼です。", "[PERSON] 様のご依頼です。"],
    ["高橋 エマ ちゃんのお迎え", "[PERSON] ちゃんのお迎え"],
    ["201号室　石川 トミ 様（要介護3）", "201号室　[PERSON] 様（要介護3）"],
    ["利用者：福島 トメ 様", "利用者：[PERSON] 様"],
    ["受付 マリア 様へ", "受付 [PERSON] 様へ"],
    ["会計 チャン さん", "会計 [PERSON] さん"],
  ],
  "a place after a name's middle initial is no family name: the name ends at the initial": [
    ["Contact: Maria S. Tokyo office", "Contact: [PERSON] Tokyo office"],
    ["Sent by Kevin D. Osaka Japan", "Sent by [PERSON] Osaka Japan"],
    ["Bryan K. Nakasone called.", "[PERSON] called."],
    ["Ana P. Reyes from Manila", "[PERSON] from Manila"],
  ],
  "a date or a time alone in brackets after a PIN or a password says when it changed; the value is still masked": [
    ["暗証番号を 4821 に変更（11/1）", "暗証番号を [SECRET] に変更（11/1）"],
    ["The PIN was reset to 7730 yesterday (12/03).", "The PIN was reset to [SECRET] yesterday (12/03)."],
    ["パスワードを Hana#2291 に変更しました（2026/11/1）", "パスワードを [SECRET] に変更しました（2026/11/1）"],
    ["PIN changed to 5512 (10:30)", "PIN changed to [SECRET] (10:30)"],
    ["the temporary passcode you sent (river-7734)", "the temporary passcode you sent ([SECRET])"],
    ["パスワードは社員番号の下4桁です（例：12340401）", "パスワードは社員番号の下4桁です（例：[SECRET]）"],
  ],
  "a listed name that is an English word heads a dated chat turn as a person where another turn's speaker is one": [
    ["[2026-11-03 10:02] Hunter: I'll send it tonight\n[2026-11-03 10:03] Priya: ok thanks", "[2026-11-03 10:02] [PERSON]: I'll send it tonight\n[2026-11-03 10:03] [PERSON]: ok thanks"],
    ["2026/11/03 21:14 Summer: 了解です\n2026/11/03 21:15 田中: よろしく", "2026/11/03 21:14 [PERSON]: 了解です\n2026/11/03 21:15 [PERSON]: よろしく"],
    ["[2026-11-03 10:02] Hunter: I'll send it tonight", "[2026-11-03 10:02] Hunter: I'll send it tonight"],
    ["[2026-11-03 10:02:03] Summer: schedule updated\n[2026-11-03 10:02:04] Deploy: done", "[2026-11-03 10:02:03] Summer: schedule updated\n[2026-11-03 10:02:04] Deploy: done"],
    ["[2026-11-03 10:02:03] Build: ok\n[2026-11-03 10:02:04] Deploy: done", "[2026-11-03 10:02:03] Build: ok\n[2026-11-03 10:02:04] Deploy: done"],
  ],
});
