/**
 * Māori given and family names as they are written in Latin letters: faker's locales hold none of them, so a New
 * Zealand guest or crew member (with Aroha Ngata, Wiremu Parata) was masked only where a title stood before the name.
 * Added to the world names' lists (world-name-lexicon.ts). Left out: names that are English or shop words too (Tui, Kai,
 * Moana, Kiri) and places (Manaia), which the rules read as things.
 */
const GIVEN_NAMES = `
  Aroha Anahera Ataahua Awhina Hemi Heremaia Hine Hinemoa Hohepa Huia Ihaia Kahurangi Marama Mere Mereana
  Ngaio Nikau Pania Rangi Rawiri Rewi Tamati Tane Tipene Whetu Wiremu
`;
const FAMILY_NAMES = `
  Ngata Parata Horomona Rangihau Tawhai Whaanga Ruatapu Tamihana Waititi Pomare Ngapo Kereama Haami Paewai Tuhiwai
  Hetaraka Potae Rewiti Tipene Karaka Ngarimu Takerei Wihongi Tawhiri
`;

export const MAORI_GIVEN_NAMES: readonly string[] = GIVEN_NAMES.trim().split(/\s+/);
export const MAORI_FAMILY_NAMES: readonly string[] = FAMILY_NAMES.trim().split(/\s+/);
