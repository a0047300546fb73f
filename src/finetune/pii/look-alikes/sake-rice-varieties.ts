/**
 * A sake rice's variety named like a person (山田 錦, 美山 錦, 八反 錦: a surname and the given name 錦), where the text
 * speaks of rice or sake: a word of brewing, or another variety beside it (| 山田 錦 | 五百万石 | 雄町 |). A brewer's
 * table lists the rice, no one.
 */
const RICE_CUE = /酒米|原料米|精米|麹米|掛米|使用米|酒造|蔵元|酒蔵|日本酒|吟醸|純米|本醸造|五百万石|雄町|愛山|亀の尾|出羽燦々|吟風|彗星|ひとごこち|秋田酒こまち|美郷錦|美山錦|八反錦|山田錦/;
const ENDS_IN_BROCADE = /^\p{Script=Han}{1,3}[ 　]?錦$/u;

/** Whether the words from `start` to `end` are a sake rice's variety: …錦 in a text of rice or sake. */
export const isSakeRiceVariety = (shadow: string, start: number, end: number): boolean =>
  ENDS_IN_BROCADE.test(shadow.slice(start, end)) && RICE_CUE.test(shadow);
