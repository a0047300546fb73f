/**
 * A venue's word after a surname-like word and a space (山ノ内 ホール, 若宮 会館, 大森 アリーナ): the hall is named after
 * its district or its founder, and the words name the place an event is held, no one.
 */
const VENUE_WORD_AFTER = /^[ 　](?:ホール|会館|公民館|文化会館|市民会館|体育館|アリーナ|ドーム|スタジアム|プラザ|コミュニティセンター)(?![\p{Script=Katakana}ー\p{Script=Han}])/u;

/** Whether a venue's word follows the word ending at `end`. */
export const venueWordAfter = (shadow: string, end: number): boolean => VENUE_WORD_AFTER.test(shadow.slice(end, end + 12));
