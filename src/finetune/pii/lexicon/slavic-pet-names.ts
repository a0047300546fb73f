/**
 * The pet forms Polish and Russian speakers go by among colleagues and friends (Gosia for Małgorzata, Bartek for
 * Bartłomiej, Katya for Yekaterina, Seryozha for Sergei): faker's locales list the full given names only, so a team's
 * Gosia was masked only where a cue stood beside her and a list allowed any word. Added to the world names' first
 * names (world-name-lexicon.ts).
 */
const POLISH = `
  Kasia Basia Gosia Zosia Marysia Jadzia Hania Tosia Ewunia Wojtek Bartek Franek Staszek Krzysiek Piotrek Tomek
  Jacek Maciek Michałek Antek Jędrek
`;
const RUSSIAN = `
  Masha Dasha Sveta Katya Olya Nastya Yulya Lyuba Zhenya Misha Grisha Kolya Petya Volodya Seryozha Alyosha
  Vitya Tolya Styopa Fedya
`;

export const SLAVIC_PET_NAMES: readonly string[] = [...POLISH.trim().split(/\s+/), ...RUSSIAN.trim().split(/\s+/)];
