/**
 * Irish given names, with their fadas (Aoife, Siobhán, Oisín, Fionnuala, Dervla), and Korean given names as they are
 * romanised (Seo-yeon, Hyunwoo, Ji-woo): faker's locales hold few of them, so a hostel's Irish staff or a Korean hire was
 * masked only where a cue stood beside each. A Korean name is written hyphened or joined (Seo-yeon, Seoyeon): listed
 * hyphened, its joined writing built from it. Added to the world names' first names (world-name-lexicon.ts), which
 * also read them without their accents (Oisin, Roisin).
 */
const IRISH = `
  Aoife Aoibhe Aoibheann Ailbhe Aisling Bláthnaid Bríd Caitríona Caoimhe Ciara Clodagh Dearbhla Dervla Deirbhile
  Éabha Eimear Fionnuala Gráinne Méabh Máire Muireann Niamh Nuala Orlaith Róisín Saoirse Siobhán Sinéad Sorcha
  Úna Cathal Cian Ciarán Colm Conall Cormac Darragh Diarmuid Dónal Donncha Eoghan Eoin Feargal Fiachra Fionn
  Lorcan Odhrán Oisín Pádraig Ruairí Rónán Seán Séamus Senan Tadhg Tomás
`;
/** Korean given names by their two syllables, as the Revised Romanisation and older spellings write them. */
const KOREAN = `
  Seo-yeon Seo-yun Seo-jun Seo-hyun Ji-woo Ji-won Ji-hoon Ji-ho Ji-yeon Ji-min Ji-soo Ji-hye Ji-eun Min-jun Min-seo
  Min-ji Min-ho Min-jae Hyun-woo Hyun-jin Hyun-soo Do-yun Do-hyun Ye-jin Ye-eun Ye-rin Ha-eun Ha-yoon Ha-jun Su-bin
  Soo-jin Soo-min Su-jin Eun-ji Eun-bi Eun-seo Hye-jin Hye-won Jae-won Jae-hyun Jae-min Joon-young Jun-ho Jun-seo
  Sung-min Seung-hyun Seung-woo Young-ho Young-mi Yeon-woo Yoo-jin Yu-na Chae-won Da-eun Na-yeon So-yeon Sang-woo
  Dong-hyun Tae-yang Tae-hyun Kyung-soo Woo-jin Si-woo Gun-woo Ju-won
`;

const koreanWritings = (name: string): string[] => {
  const [first, second] = name.split("-") as [string, string];
  return [name, first + second];
};

/** Korean given names written joined (Seoyeon, Doyun): a family name of Korea's before one is a full name (Kim Doyun). */
export const KOREAN_JOINED_GIVEN_NAMES: ReadonlySet<string> = new Set(KOREAN.trim().split(/\s+/).map((name) => koreanWritings(name)[1]!));

export const IRISH_AND_KOREAN_GIVEN_NAMES: readonly string[] = [
  ...IRISH.trim().split(/\s+/),
  ...KOREAN.trim().split(/\s+/).flatMap(koreanWritings),
];
