// The masking's parts, by folder: names/ (people's names), ids/ (a person's numbers and accounts: IDs, cards, My
// Number, bank accounts, logins), secrets/ (passwords, PINs, keys, door codes), contacts/ (phones, e-mails, IP addresses,
// numbers read out), addresses/, look-alikes/ (what holds a name or a number and names no one), context/ (where a value
// stands decides what it is, for every kind) and lexicon/ (the name and word lists the rules read). Here: the pass
// (mask-pii.ts) and its threads (mask-pool.ts, mask-worker.ts), the gates (gate-cues.ts), a company's own kinds
// (pii-config.ts, company-detectors.ts), the report's wording and excerpts (pii-kinds.ts, source-masker.ts), the residual
// pass (residual-check.ts, residual-pass.ts), and this list, in the order the detectors run.
import { ADDRESS_DETECTORS } from "./addresses/address-detectors.js";
import { CHAT_AND_FAMILY_DETECTORS } from "./names/chat-and-family-names.js";
import { companyDetectors } from "./company-detectors.js";
import { EMAIL_DETECTORS, IP_DETECTORS, PHONE_AND_POSTAL_DETECTORS } from "./contacts/contact-detectors.js";
import { deskAddresseeSurname } from "./names/desk-addressee-surnames.js";
import { CREW_JOB_SURNAMES } from "./names/crew-job-surnames.js";
import { UNLISTED_SURNAME_AFTER_TITLE, UNLISTED_SURNAME_DESK_LABEL } from "./names/unlisted-surnames-after-titles.js";
import { KATAKANA_SURNAME_AFTER_DESK } from "./names/katakana-surnames-after-desks.js";
import { PARTY_FULL_NAME_DETECTOR } from "./names/party-full-names.js";
import { QUOTED_SIGNATURE } from "./names/quoted-signatures.js";
import { KANA_WRITTEN_SURNAME } from "./names/kana-written-surnames.js";
import { HIRAGANA_NAME_AFTER_READING_TALK } from "./names/hiragana-names-after-reading-talk.js";
import { ROMAJI_GIVEN_AFTER_KANJI_NAME, ROMAJI_NAME_WITH_KANJI_WRITING } from "./names/romaji-names-with-kanji-writings.js";
import { FAMILY_HOUSE_NAME } from "./names/family-house-names.js";
import { DOCUMENT_NUMBER_COLUMN } from "./ids/document-number-columns.js";
import { eastAsianKanjiName } from "./names/east-asian-kanji-names.js";
import { ENGLISH_PERSON_TAGGER } from "./names/english-person-tagger.js";
import { SURNAME_AFTER_IMPERATIVE_VERB } from "./names/surnames-after-imperative-verbs.js";
import { GIVEN_NAMES_AFTER_KIN } from "./names/given-names-after-kin-words.js";
import { GIVEN_NAMES_IN_LIST } from "./names/given-names-in-lists.js";
import { CHILD_GIVEN_NAME } from "./names/child-given-names.js";
import { KANA_CHILDREN_AFTER_COUNT } from "./names/kana-children-after-counts.js";
import { SURNAME_WITH_KE_OR_NO } from "./names/small-kana-surname-names.js";
import { KANJI_NAME_COLUMN } from "./names/kanji-name-columns.js";
import { SIGNED_INITIALS_NAME } from "./names/signed-initials.js";
import { ENGRAVED_INITIAL_NAME_DETECTOR } from "./names/engraved-initial-names.js";
import { ENGRAVED_LATIN_NAME_DETECTOR } from "./names/engraved-latin-names.js";
import { GIVEN_NAMES_BY_AGE_OR_CLASS } from "./names/given-names-by-age-or-class.js";
import { LATIN_CHILD_BEFORE_AGE } from "./names/latin-children-by-age.js";
import { GIVEN_NAME_BEFORE_MOBILE } from "./names/given-names-before-mobiles.js";
import { CHILD_HONORIFIC_KANA_NAMES } from "./names/child-honorific-kana-names.js";
import { KANA_CHILD_BEFORE_NOTE } from "./names/kana-children-before-notes.js";
import { HALF_WIDTH_ACCOUNT_HOLDER } from "./names/half-width-account-holders.js";
import { KANJI_SURNAME_KANA_GIVEN_AFTER_KIN, KANJI_SURNAME_KANA_GIVEN_BEFORE_HONORIFIC, KANJI_SURNAME_KANA_SIBLINGS, KANJI_SURNAME_KATAKANA_GIVEN_CARE_OF, WORD_SURNAME_KANJI_GIVEN_BEFORE_HONORIFIC } from "./names/kanji-surname-kana-given-pairs.js";
import { HIRAGANA_FULL_NAME, HIRAGANA_DIMINUTIVE, HIRAGANA_GIVEN_NAME, KANJI_SURNAME_HIRAGANA_GIVEN_NAME } from "./names/hiragana-given-names.js";
import { ID_AFTER_NAME_DETECTORS } from "./ids/id-after-name.js";
import type { PiiDetector } from "./detector.js";
import { LATIN_NAME_DETECTORS } from "./names/latin-name-cues.js";
import { KANA_NAME_AFTER_CUE_DETECTORS } from "./names/kana-names-after-cue.js";
import { KANJI_GIVEN_NAME_AFTER_KIN } from "./names/kanji-given-names-after-kin.js";
import { POSTHUMOUS_BUDDHIST_NAME } from "./names/posthumous-buddhist-names.js";
import { KANA_NAME_BEFORE_CUE_DETECTORS } from "./names/kana-names-before-cue.js";
import { DECEASED_NAME_DETECTORS } from "./names/deceased-names.js";
import { LINE_WRITER_DETECTORS } from "./names/line-writer-names.js";
import { KANJI_KATAKANA_KANJI_NAME, MIXED_SCRIPT_NAME_DETECTORS } from "./names/mixed-script-names.js";
import { NAME_BETWEEN_ROLE_AND_TITLE } from "./names/name-between-role-and-title.js";
import { LATIN_FIELD_SURNAME_FIRST, LEXICON_LATIN_NAME_DETECTORS } from "./lexicon/lexicon-latin-names.js";
import { LATIN_NAME_BEFORE_JOB } from "./names/latin-name-before-job.js";
import { HONORIFIC_LONG_NAME } from "./names/honorific-long-names.js";
import { MIDDLE_INITIAL_NAME } from "./names/middle-initial-names.js";
import { INITIAL_SURNAME_DETECTOR, PATRONYMIC_INITIAL_NAME_DETECTOR } from "./names/initial-surnames.js";
import { MATCH_RESULT_PLAYERS } from "./names/match-result-players.js";
import { NAME_AFTER_PART_LABEL } from "./names/name-part-labels.js";
import { SPELT_NAME } from "./names/spelt-names.js";
import { ASKED_GIVEN_NAME } from "./names/asked-given-names.js";
import { CLOSING_LINE_NAME, DELIVERY_RECIPIENT_NAME, FOREIGN_CLOSING_LINE_NAME } from "./names/closing-line-names.js";
import { BY_WRITER_WITH_DESK_NAME, DASH_SIGNED_NAME, KANJI_DASH_SIGNED_NAME } from "./names/dash-signed-names.js";
import { WEEKDAY_ROTA_NAME } from "./names/weekday-rota-names.js";
import { TUTOR_GIVEN_NAME } from "./names/tutor-given-names.js";
import { THREE_WORD_KATAKANA_NAME } from "./names/three-word-katakana-names.js";
import { KATAKANA_NAME_WITH_LATIN_WRITING } from "./names/katakana-names-with-latin-writings.js";
import { LATIN_NAME_BEFORE_KATAKANA_WRITING, LATIN_WRITING_AFTER_KATAKANA_NAME } from "./names/latin-writings-after-katakana-names.js";
import { QUOTED_NAME_WRITING } from "./names/quoted-name-writings.js";
import { SEAL_FACE_NAME } from "./names/seal-face-names.js";
import { SELF_INTRODUCED_KANJI_NAME, SELF_INTRODUCED_KATAKANA_GIVEN_NAME, SELF_STATED_NAME } from "./names/self-introduced-kanji-names.js";
import { LATIN_SELF_INTRODUCED_NAME } from "./names/latin-self-introductions.js";
import { LATIN_NAME_SO_CALLED } from "./names/latin-names-so-called.js";
import { HIRAGANA_STAFF_NAME } from "./names/hiragana-staff-names.js";
import { latinNameWithWordSurname } from "./names/latin-names-with-word-surnames.js";
import { macronRomajiNames } from "./names/macron-romaji-names.js";
import { LATIN_NAME_BEFORE_WHO_NOTE } from "./names/latin-names-before-who-notes.js";
import { SHORT_NAME_BEFORE_FULL_NAME } from "./names/short-names-before-full-names.js";
import { GIVEN_NAME_FROM_TEAM } from "./names/given-names-from-teams.js";
import { LATIN_GIVEN_AFTER_JOB_DETECTORS } from "./names/latin-given-after-job.js";
import { NICKNAME_IN_NAME_DETECTOR } from "./names/quoted-nickname-names.js";
import { CARD_HOLDER_AFTER_NUMBER, EMBOSSED_CARD_HOLDER } from "./names/card-holder-capitals.js";
import { NAME_DETECTORS } from "./names/name-detectors.js";
import { CLERGY_TITLE_NAME_DETECTORS } from "./names/clergy-title-names.js";
import { NAME_A_FORM_GIVES } from "./names/names-a-form-gives.js";
import { capitalsNameColumn } from "./names/capitals-name-columns.js";
import {
  CAPITALS_FAMILY_CAPITALISED_GIVEN,
  CAPITALS_NAME_AFTER_JAPANESE_LABEL,
  CAPITALS_COMMA_NAME_AFTER_LABEL,
  CAPITALS_NAME_FAMILY_FIRST,
  EAST_ASIAN_CAPITALS_BEFORE_PASSPORT_NUMBER,
  EAST_ASIAN_CAPITALS_BESIDE_NATIVE_WRITING,
  EAST_ASIAN_CAPITALS_FAMILY,
  TWO_CAPITALS_FAMILIES_COMMA_GIVEN,
} from "./names/capitals-family-first-names.js";
import { SURNAME_FIRST_TABLE_CELL } from "./names/surname-first-table-cells.js";
import { CAPITALS_ROMAJI_NAME_IN_JAPANESE } from "./names/capitals-romaji-names-in-japanese.js";
import { HANGUL_NAME_DETECTOR } from "./names/hangul-names.js";
import { CYRILLIC_NAME_DETECTOR } from "./names/cyrillic-names.js";
import { THAI_NAME_DETECTOR } from "./names/thai-names.js";
import { FAMILY_COMMA_GIVEN_NAME } from "./names/family-comma-given-names.js";
import { CHAT_SPEAKER_NAME } from "./names/chat-speaker-names.js";
import { NAME_LOGIN_DETECTORS } from "./ids/name-logins.js";
import { NAME_LAYOUT_DETECTORS } from "./names/name-layout-detectors.js";
import { NUMBER_DETECTORS } from "./ids/number-detectors.js";
import { PARTICLE_FULL_NAME } from "./names/particle-names.js";
import { PASSENGER_NAME_RECORD } from "./names/passenger-name-records.js";
import { PASSPORT_MRZ_DETECTORS } from "./ids/passport-mrz.js";
import { EMPTY_PII_CONFIG, type PiiConfig } from "./pii-config.js";
import { rankedName } from "./names/rank-names.js";
import { ROMAJI_NAMES_BY_HAND } from "./names/romaji-names-by-hand.js";
import { SAME_FORM_ID_DETECTORS } from "./ids/same-form-ids.js";
import { IDS_LISTED_AFTER_IDS } from "./ids/ids-listed-after-ids.js";
import { REISSUED_IDS } from "./ids/reissued-ids.js";
import { SECRET_DETECTORS, URL_DETECTORS } from "./secrets/secret-detectors.js";
import { SEPARATED_DIGIT_PIN, SPACED_DIGIT_PIN, SPACED_KEYPAD_CODE_PIN } from "./secrets/separated-digit-pins.js";
import { JAPANESE_MENTION } from "./names/japanese-mentions.js";
import { NAME_READING_CELLS, NAME_READING_IN_BRACKETS } from "./names/name-reading-cells.js";
import { SPACED_NAME_IN_CELL } from "./names/spaced-names-in-cells.js";
import { NAME_AFTER_FIRM_DETECTOR } from "./names/names-after-firms.js";
import { NAME_BEFORE_POSTAL_LINE_DETECTOR } from "./names/names-before-postal-lines.js";
import { NAME_BEFORE_BRACKETED_ADDRESS } from "./names/names-before-bracketed-addresses.js";
import { NAME_WITH_WHOLE_READING } from "./names/names-with-whole-readings.js";
import { SPOKEN_ANSWER_DETECTORS } from "./contacts/spoken-detectors.js";
import { TABLE_DETECTORS } from "./context/table-detectors.js";
import { UNLISTED_NAME_BEFORE_SPEECH } from "./names/unlisted-names-before-speech.js";
import { GIVEN_NAME_BEFORE_ACT } from "./names/given-names-before-acts.js";
import { FAMILY_BY_SURNAME_NAME } from "./names/family-by-surname.js";
import { LATIN_NAME_ADDRESSED_IN_JAPANESE } from "./names/latin-names-addressed-in-japanese.js";
import { POSSESSIVE_GIVEN_NAME } from "./names/possessive-given-names.js";
import { ROMAJI_SURNAME_COMMA_GIVEN } from "./names/romaji-surname-comma-given.js";
import { CHAT_SLOT_SPEAKER } from "./names/chat-slot-speakers.js";
import { CHAT_LINE_SPEAKER } from "./names/chat-line-speakers.js";
import { PAIRED_GIVEN_NAMES } from "./names/paired-given-names.js";
import { STAMP_LINE_SPEAKER_NAME } from "./names/stamp-line-speakers.js";
import { STAMP_COLON_KANA_SPEAKER, STAMP_DESU_SPEAKER } from "./names/stamp-colon-kana-speakers.js";
import { HIRAGANA_NAME_IN_LATIN_TEXT } from "./names/hiragana-names-in-latin-text.js";
import { KANJI_NAME_IN_LATIN_TEXT } from "./names/kanji-names-in-latin-text.js";
import { NAME_AFTER_ACT_CUE_DETECTOR } from "./names/names-after-act-cues.js";

export type { PiiDetector, Span } from "./detector.js";

/**
 * Every detector, in priority order: where two findings overlap, the earlier wins (a URL's password is not an e-mail,
 * a company's code is reported under the company's name, a card number is not a phone number, a table's column of
 * names or addresses is masked cell by cell before a name or address detector takes a piece of a cell, an address in
 * a caller's answer is one before its digits are taken for the number asked for, a surname between a role and a title
 * is read whole before a role's rule takes the part of it the dictionary lists: 医事課 仲宗根 係長, not 仲宗; a passport's
 * machine-readable line whole before a passport's label takes the number at its end; an account holder's half-width
 * kana whole before a role's rule takes its first two words: 名義 ｸﾞｴﾝ ﾃｲ ﾗﾝ, not ｸﾞｴﾝ ﾃｲ).
 */
export function piiDetectors(config: PiiConfig = EMPTY_PII_CONFIG): PiiDetector[] {
  const detectors: PiiDetector[] = [
    ...URL_DETECTORS,
    ...PASSPORT_MRZ_DETECTORS,
    ...companyDetectors(config),
    SEPARATED_DIGIT_PIN,
    SPACED_KEYPAD_CODE_PIN,
    SPACED_DIGIT_PIN,
    ...SECRET_DETECTORS,
    ...EMAIL_DETECTORS,
    ...NUMBER_DETECTORS,
    ...TABLE_DETECTORS,
    DOCUMENT_NUMBER_COLUMN,
    ...PHONE_AND_POSTAL_DETECTORS,
    ...ADDRESS_DETECTORS,
    ...SPOKEN_ANSWER_DETECTORS,
    ...IP_DETECTORS,
    HALF_WIDTH_ACCOUNT_HOLDER,
    KANA_WRITTEN_SURNAME,
    SURNAME_AFTER_IMPERATIVE_VERB,
    HONORIFIC_LONG_NAME,
    MIDDLE_INITIAL_NAME,
    NICKNAME_IN_NAME_DETECTOR,
    EMBOSSED_CARD_HOLDER,
    CARD_HOLDER_AFTER_NUMBER,
    rankedName,
    ...CLERGY_TITLE_NAME_DETECTORS,
    NAME_A_FORM_GIVES,
    capitalsNameColumn,
    TWO_CAPITALS_FAMILIES_COMMA_GIVEN,
    PASSENGER_NAME_RECORD,
    PARTICLE_FULL_NAME,
    CAPITALS_NAME_AFTER_JAPANESE_LABEL,
    CAPITALS_COMMA_NAME_AFTER_LABEL,
    CAPITALS_NAME_FAMILY_FIRST,
    ROMAJI_NAME_WITH_KANJI_WRITING,
    ROMAJI_GIVEN_AFTER_KANJI_NAME,
    CAPITALS_ROMAJI_NAME_IN_JAPANESE,
    CAPITALS_FAMILY_CAPITALISED_GIVEN,
    EAST_ASIAN_CAPITALS_FAMILY,
    EAST_ASIAN_CAPITALS_BESIDE_NATIVE_WRITING,
    EAST_ASIAN_CAPITALS_BEFORE_PASSPORT_NUMBER,
    SURNAME_FIRST_TABLE_CELL,
    FAMILY_COMMA_GIVEN_NAME,
    HANGUL_NAME_DETECTOR,
    CYRILLIC_NAME_DETECTOR,
    THAI_NAME_DETECTOR,
    CHAT_SPEAKER_NAME,
    CHAT_LINE_SPEAKER,
    LATIN_FIELD_SURNAME_FIRST,
    ...LATIN_NAME_DETECTORS,
    NAME_AFTER_PART_LABEL,
    INITIAL_SURNAME_DETECTOR,
    PATRONYMIC_INITIAL_NAME_DETECTOR,
    MATCH_RESULT_PLAYERS,
    SPELT_NAME,
    TUTOR_GIVEN_NAME,
    DASH_SIGNED_NAME,
    BY_WRITER_WITH_DESK_NAME,
    KANJI_DASH_SIGNED_NAME,
    CLOSING_LINE_NAME,
    FOREIGN_CLOSING_LINE_NAME,
    DELIVERY_RECIPIENT_NAME,
    WEEKDAY_ROTA_NAME,
    ASKED_GIVEN_NAME,
    ...NAME_BETWEEN_ROLE_AND_TITLE,
    KANJI_SURNAME_HIRAGANA_GIVEN_NAME,
    KANJI_SURNAME_KANA_GIVEN_BEFORE_HONORIFIC,
    KANJI_SURNAME_KANA_SIBLINGS,
    KANJI_SURNAME_KANA_GIVEN_AFTER_KIN,
    KANJI_SURNAME_KATAKANA_GIVEN_CARE_OF,
    WORD_SURNAME_KANJI_GIVEN_BEFORE_HONORIFIC,
    KANJI_KATAKANA_KANJI_NAME,
    eastAsianKanjiName,
    THREE_WORD_KATAKANA_NAME,
    KATAKANA_NAME_WITH_LATIN_WRITING,
    LATIN_WRITING_AFTER_KATAKANA_NAME,
    LATIN_NAME_BEFORE_KATAKANA_WRITING,
    ...NAME_DETECTORS,
    SPACED_NAME_IN_CELL,
    SURNAME_WITH_KE_OR_NO,
    KANJI_NAME_COLUMN,
    NAME_AFTER_FIRM_DETECTOR,
    NAME_BEFORE_POSTAL_LINE_DETECTOR,
    NAME_BEFORE_BRACKETED_ADDRESS,
    NAME_WITH_WHOLE_READING,
    NAME_READING_CELLS,
    NAME_READING_IN_BRACKETS,
    deskAddresseeSurname,
    ...CREW_JOB_SURNAMES,
    UNLISTED_SURNAME_AFTER_TITLE,
    UNLISTED_SURNAME_DESK_LABEL,
    KATAKANA_SURNAME_AFTER_DESK,
    PARTY_FULL_NAME_DETECTOR,
    FAMILY_HOUSE_NAME,
    ...NAME_LAYOUT_DETECTORS,
    QUOTED_NAME_WRITING,
    QUOTED_SIGNATURE,
    HIRAGANA_NAME_AFTER_READING_TALK,
    SEAL_FACE_NAME,
    SELF_INTRODUCED_KANJI_NAME,
    SELF_INTRODUCED_KATAKANA_GIVEN_NAME,
    LATIN_SELF_INTRODUCED_NAME,
    LATIN_NAME_SO_CALLED,
    SELF_STATED_NAME,
    HIRAGANA_STAFF_NAME,
    ...CHAT_AND_FAMILY_DETECTORS,
    ...LINE_WRITER_DETECTORS,
    JAPANESE_MENTION,
    HIRAGANA_FULL_NAME,
    ...KANA_NAME_BEFORE_CUE_DETECTORS,
    ...DECEASED_NAME_DETECTORS,
    ...KANA_NAME_AFTER_CUE_DETECTORS,
    KANJI_GIVEN_NAME_AFTER_KIN,
    POSTHUMOUS_BUDDHIST_NAME,
    ...MIXED_SCRIPT_NAME_DETECTORS,
    ...LEXICON_LATIN_NAME_DETECTORS,
    GIVEN_NAMES_IN_LIST,
    PAIRED_GIVEN_NAMES,
    UNLISTED_NAME_BEFORE_SPEECH,
    GIVEN_NAME_BEFORE_ACT,
    FAMILY_BY_SURNAME_NAME,
    LATIN_NAME_ADDRESSED_IN_JAPANESE,
    POSSESSIVE_GIVEN_NAME,
    ROMAJI_SURNAME_COMMA_GIVEN,
    CHAT_SLOT_SPEAKER,
    STAMP_LINE_SPEAKER_NAME,
    STAMP_COLON_KANA_SPEAKER,
    STAMP_DESU_SPEAKER,
    HIRAGANA_NAME_IN_LATIN_TEXT,
    KANJI_NAME_IN_LATIN_TEXT,
    NAME_AFTER_ACT_CUE_DETECTOR,
    LATIN_NAME_BEFORE_JOB,
    LATIN_NAME_BEFORE_WHO_NOTE,
    SHORT_NAME_BEFORE_FULL_NAME,
    GIVEN_NAME_FROM_TEAM,
    ...LATIN_GIVEN_AFTER_JOB_DETECTORS,
    ...ROMAJI_NAMES_BY_HAND,
    ...GIVEN_NAMES_AFTER_KIN,
    CHILD_GIVEN_NAME,
    KANA_CHILDREN_AFTER_COUNT,
    SIGNED_INITIALS_NAME,
    ENGRAVED_INITIAL_NAME_DETECTOR,
    ENGRAVED_LATIN_NAME_DETECTOR,
    HIRAGANA_GIVEN_NAME,
    HIRAGANA_DIMINUTIVE,
    // Before the kana rules that take a child's given name alone, so that its hiragana surname goes with it.
    KANA_CHILD_BEFORE_NOTE,
    ...CHILD_HONORIFIC_KANA_NAMES,
    ...GIVEN_NAMES_BY_AGE_OR_CLASS,
    LATIN_CHILD_BEFORE_AGE,
    GIVEN_NAME_BEFORE_MOBILE,
    latinNameWithWordSurname,
    ENGLISH_PERSON_TAGGER,
  ];
  // Every name rule once more over romaji's long vowels written plain, before the rules that read a found name's IDs.
  return [
    ...detectors,
    macronRomajiNames(detectors.filter((detector) => detector.type === "PERSON")),
    ...ID_AFTER_NAME_DETECTORS,
    ...NAME_LOGIN_DETECTORS,
    IDS_LISTED_AFTER_IDS,
    REISSUED_IDS,
    ...SAME_FORM_ID_DETECTORS,
  ];
}

export const PII_DETECTORS: readonly PiiDetector[] = piiDetectors();
