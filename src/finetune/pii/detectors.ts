import { ADDRESS_DETECTORS } from "./address-detectors.js";
import { CHAT_AND_FAMILY_DETECTORS } from "./chat-and-family-names.js";
import { companyDetectors } from "./company-detectors.js";
import { EMAIL_DETECTORS, IP_DETECTORS, PHONE_AND_POSTAL_DETECTORS } from "./contact-detectors.js";
import { deskAddresseeSurname } from "./desk-addressee-surnames.js";
import { DOCUMENT_NUMBER_COLUMN } from "./document-number-columns.js";
import { eastAsianKanjiName } from "./east-asian-kanji-names.js";
import { ENGLISH_PERSON_TAGGER } from "./english-person-tagger.js";
import { GIVEN_NAMES_AFTER_KIN } from "./given-names-after-kin-words.js";
import { HIRAGANA_FULL_NAME, HIRAGANA_DIMINUTIVE, HIRAGANA_GIVEN_NAME, KANJI_SURNAME_HIRAGANA_GIVEN_NAME } from "./hiragana-given-names.js";
import { ID_AFTER_NAME_DETECTORS } from "./id-after-name.js";
import type { PiiDetector } from "./detector.js";
import { LATIN_NAME_DETECTORS } from "./latin-name-cues.js";
import { KANA_NAME_AFTER_CUE_DETECTORS } from "./kana-names-after-cue.js";
import { KANA_NAME_BEFORE_CUE_DETECTORS } from "./kana-names-before-cue.js";
import { LINE_WRITER_DETECTORS } from "./line-writer-names.js";
import { KANJI_KATAKANA_KANJI_NAME, MIXED_SCRIPT_NAME_DETECTORS } from "./mixed-script-names.js";
import { NAME_BETWEEN_ROLE_AND_TITLE } from "./name-between-role-and-title.js";
import { LATIN_FIELD_SURNAME_FIRST, LEXICON_LATIN_NAME_DETECTORS } from "./lexicon-latin-names.js";
import { LATIN_NAME_BEFORE_JOB } from "./latin-name-before-job.js";
import { HONORIFIC_LONG_NAME } from "./honorific-long-names.js";
import { INITIAL_SURNAME_DETECTOR } from "./initial-surnames.js";
import { NAME_AFTER_PART_LABEL } from "./name-part-labels.js";
import { SPELT_NAME } from "./spelt-names.js";
import { ASKED_GIVEN_NAME } from "./asked-given-names.js";
import { CLOSING_LINE_NAME, DELIVERY_RECIPIENT_NAME } from "./closing-line-names.js";
import { DASH_SIGNED_NAME, KANJI_DASH_SIGNED_NAME } from "./dash-signed-names.js";
import { WEEKDAY_ROTA_NAME } from "./weekday-rota-names.js";
import { TUTOR_GIVEN_NAME } from "./tutor-given-names.js";
import { latinNameWithWordSurname } from "./latin-names-with-word-surnames.js";
import { LATIN_GIVEN_AFTER_JOB_DETECTORS } from "./latin-given-after-job.js";
import { NAME_DETECTORS } from "./name-detectors.js";
import { CLERGY_TITLE_NAME_DETECTORS } from "./clergy-title-names.js";
import { capitalsNameColumn } from "./capitals-name-columns.js";
import { CAPITALS_FAMILY_CAPITALISED_GIVEN, CAPITALS_NAME_FAMILY_FIRST } from "./capitals-family-first-names.js";
import { SURNAME_FIRST_TABLE_CELL } from "./surname-first-table-cells.js";
import { HANGUL_NAME_DETECTOR } from "./hangul-names.js";
import { CHAT_SPEAKER_NAME } from "./chat-speaker-names.js";
import { NAME_LOGIN_DETECTORS } from "./name-logins.js";
import { NAME_LAYOUT_DETECTORS } from "./name-layout-detectors.js";
import { NUMBER_DETECTORS } from "./number-detectors.js";
import { PARTICLE_FULL_NAME } from "./particle-names.js";
import { PASSENGER_NAME_RECORD } from "./passenger-name-records.js";
import { PASSPORT_MRZ_DETECTORS } from "./passport-mrz.js";
import { EMPTY_PII_CONFIG, type PiiConfig } from "./pii-config.js";
import { rankedName } from "./rank-names.js";
import { ROMAJI_NAMES_BY_HAND } from "./romaji-names-by-hand.js";
import { SAME_FORM_ID_DETECTORS } from "./same-form-ids.js";
import { SECRET_DETECTORS, URL_DETECTORS } from "./secret-detectors.js";
import { SEPARATED_DIGIT_PIN } from "./separated-digit-pins.js";
import { JAPANESE_MENTION } from "./japanese-mentions.js";
import { NAME_READING_CELLS, NAME_READING_IN_BRACKETS } from "./name-reading-cells.js";
import { SPACED_NAME_IN_CELL } from "./spaced-names-in-cells.js";
import { SPOKEN_ANSWER_DETECTORS } from "./spoken-detectors.js";
import { TABLE_DETECTORS } from "./table-detectors.js";
import { UNLISTED_NAME_BEFORE_SPEECH } from "./unlisted-names-before-speech.js";

export type { PiiDetector, Span } from "./detector.js";

/**
 * Every detector, in priority order: where two findings overlap, the earlier wins (a URL's password is not an e-mail,
 * a company's code is reported under the company's name, a card number is not a phone number, a table's column of
 * names or addresses is masked cell by cell before a name or address detector takes a piece of a cell, an address in
 * a caller's answer is one before its digits are taken for the number asked for, a surname between a role and a title
 * is read whole before a role's rule takes the part of it the dictionary lists: 医事課 仲宗根 係長, not 仲宗; a passport's
 * machine-readable line whole before a passport's label takes the number at its end).
 */
export function piiDetectors(config: PiiConfig = EMPTY_PII_CONFIG): PiiDetector[] {
  return [
    ...URL_DETECTORS,
    ...PASSPORT_MRZ_DETECTORS,
    ...companyDetectors(config),
    SEPARATED_DIGIT_PIN,
    ...SECRET_DETECTORS,
    ...EMAIL_DETECTORS,
    ...NUMBER_DETECTORS,
    ...TABLE_DETECTORS,
    DOCUMENT_NUMBER_COLUMN,
    ...PHONE_AND_POSTAL_DETECTORS,
    ...ADDRESS_DETECTORS,
    ...SPOKEN_ANSWER_DETECTORS,
    ...IP_DETECTORS,
    HONORIFIC_LONG_NAME,
    rankedName,
    ...CLERGY_TITLE_NAME_DETECTORS,
    capitalsNameColumn,
    PASSENGER_NAME_RECORD,
    PARTICLE_FULL_NAME,
    CAPITALS_NAME_FAMILY_FIRST,
    CAPITALS_FAMILY_CAPITALISED_GIVEN,
    SURNAME_FIRST_TABLE_CELL,
    HANGUL_NAME_DETECTOR,
    CHAT_SPEAKER_NAME,
    LATIN_FIELD_SURNAME_FIRST,
    ...LATIN_NAME_DETECTORS,
    NAME_AFTER_PART_LABEL,
    INITIAL_SURNAME_DETECTOR,
    SPELT_NAME,
    TUTOR_GIVEN_NAME,
    DASH_SIGNED_NAME,
    KANJI_DASH_SIGNED_NAME,
    CLOSING_LINE_NAME,
    DELIVERY_RECIPIENT_NAME,
    WEEKDAY_ROTA_NAME,
    ASKED_GIVEN_NAME,
    ...NAME_BETWEEN_ROLE_AND_TITLE,
    KANJI_SURNAME_HIRAGANA_GIVEN_NAME,
    KANJI_KATAKANA_KANJI_NAME,
    eastAsianKanjiName,
    ...NAME_DETECTORS,
    SPACED_NAME_IN_CELL,
    NAME_READING_CELLS,
    NAME_READING_IN_BRACKETS,
    deskAddresseeSurname,
    ...NAME_LAYOUT_DETECTORS,
    ...CHAT_AND_FAMILY_DETECTORS,
    ...LINE_WRITER_DETECTORS,
    JAPANESE_MENTION,
    HIRAGANA_FULL_NAME,
    ...KANA_NAME_BEFORE_CUE_DETECTORS,
    ...KANA_NAME_AFTER_CUE_DETECTORS,
    ...MIXED_SCRIPT_NAME_DETECTORS,
    ...LEXICON_LATIN_NAME_DETECTORS,
    UNLISTED_NAME_BEFORE_SPEECH,
    LATIN_NAME_BEFORE_JOB,
    ...LATIN_GIVEN_AFTER_JOB_DETECTORS,
    ...ROMAJI_NAMES_BY_HAND,
    ...GIVEN_NAMES_AFTER_KIN,
    HIRAGANA_GIVEN_NAME,
    HIRAGANA_DIMINUTIVE,
    latinNameWithWordSurname,
    ENGLISH_PERSON_TAGGER,
    ...ID_AFTER_NAME_DETECTORS,
    ...NAME_LOGIN_DETECTORS,
    ...SAME_FORM_ID_DETECTORS,
  ];
}

export const PII_DETECTORS: readonly PiiDetector[] = piiDetectors();
