import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks by class (issue 13's precision): a word beside a name taken into its span or for a name (an honorific, a
 * day's word, a job, a team, a desk's place, a voice assistant), each with the person of the same shape still masked.
 */
describeMaskingClasses("words beside names that are no part of them", {
  "an honorific and a particle after a surname and a space is no hiragana given name": [
    ["業者の 海老沢 さんが設定した。", "業者の [PERSON] さんが設定した。"],
    ["担当の 森 さまの件で", "担当の [PERSON] さまの件で"],
    ["同級生の 小林 くんと話した。", "同級生の [PERSON] くんと話した。"],
    ["荒井 さゆり が来店", "[PERSON] が来店"],
  ],
  "a day's or a sentence's word in hiragana before a surname and an honorific is no surname": [
    ["きのう もりやまさんから電話がありました。", "きのう [PERSON]さんから電話がありました。"],
    ["あした すずきさんが来ます。", "あした [PERSON]さんが来ます。"],
    ["やまだ たろう様", "[PERSON]様"],
    ["くぼた ちえこ さん", "[PERSON] さん"],
  ],
  "an honorific after a one-kanji surname and a space is no given name": [
    ["営業 林 様からご連絡がありました。", "営業 [PERSON] 様からご連絡がありました。"],
    ["先方 営業 林 様、経理 森 様", "先方 営業 [PERSON] 様、経理 [PERSON] 様"],
    ["林 殿", "[PERSON] 殿"],
    ["林 美玲 様", "[PERSON] 様"],
  ],
  "the word for what a person is, before their name, is no given name": [
    ["- Rider Nomvula reported a flat tyre.", "- Rider [PERSON] reported a flat tyre."],
    ["Driver Kwame Mensah called at noon.", "Driver [PERSON] called at noon."],
    ["Gareth Holloway came.", "[PERSON] came."],
  ],
  "a team or a desk's place in a list of attendees is no one": [
    ["Attendees: Marketing, Sales (Tokyo), Priya Nair", "Attendees: Marketing, Sales (Tokyo), [PERSON]"],
    ["Attendees: Legal, Engineering, Tom Baker, Anna", "Attendees: Legal, Engineering, [PERSON], [PERSON]"],
    ["Please ask Sales (Tokyo) for the quote.", "Please ask Sales (Tokyo) for the quote."],
    ["HR (Tom) to sign.", "HR ([PERSON]) to sign."],
  ],
  "a voice assistant named as the device it is": [
    ["Ask the assistant Alexa to play the news.", "Ask the assistant Alexa to play the news."],
    ["Our smart speaker Alexa keeps waking up.", "Our smart speaker Alexa keeps waking up."],
    ["Install the Alexa app on the tablet.", "Install the Alexa app on the tablet."],
    ["Alexa Morgan called about the refund.", "[PERSON] called about the refund."],
    ["Thanks Alexa, see you Monday.", "Thanks [PERSON], see you Monday."],
  ],
});
