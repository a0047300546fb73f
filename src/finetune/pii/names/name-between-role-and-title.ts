import { gated, type PiiDetector, type Span } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A kanji surname written between a staff member's role or section and their title, each set off by a space
 * (担当医 榊原 医師, 医事課 仲宗根 係長, 主治医 真栄田 医師, a police officer's: 担当刑事 新田 巡査部長): a person,
 * whether or not the dictionary lists the surname (Okinawan names often are not), and a listed one also where it is a
 * place's word too (榊原, 新田). And a listed surname written straight before a manager's title with no word before it,
 * whatever follows the title (鷲尾支配人, 鷲尾支配人確認のうえ, 岡崎事務長): 総支配人 and 副事務長 are titles alone.
 */
const TITLE = "医師|歯科医|看護師|薬剤師|師長|係長|課長|部長|主任|事務長|支配人|院長|室長|所長|店長|教授|講師|巡査部長|巡査長|巡査|警部補|警部";
const BETWEEN = new RegExp(`(?<=(?:医|師|長|課|部|室|係|人|員|科|刑事)[ 　])(?<name>\\p{Script=Han}{2,3})[ 　](?=(?:${TITLE})(?!\\p{Script=Han}))`, "gu");
const BEFORE_TITLE = new RegExp(`(?<![\\p{Script=Han}々])(?<name>\\p{Script=Han}{2,3})(?=支配人|事務長)`, "gu");

function findBetween(shadow: string): Span[] {
  return [...shadow.matchAll(BETWEEN)].flatMap((match) => {
    const name = match.groups!.name!;
    return commonNouns().has(name) && !nameLexicon().surnames.has(name) ? [] : [{ start: match.index, end: match.index + name.length }];
  });
}

function findBeforeTitle(shadow: string): Span[] {
  return [...shadow.matchAll(BEFORE_TITLE)].flatMap((match) => {
    const name = match.groups!.name!;
    return nameLexicon().surnames.has(name) && !commonNouns().has(name) ? [{ start: match.index, end: match.index + name.length }] : [];
  });
}

export const NAME_BETWEEN_ROLE_AND_TITLE: readonly PiiDetector[] = [
  gated(new RegExp(`\\p{Script=Han}[ 　](?:${TITLE})`, "u"), { type: "PERSON", find: findBetween }),
  gated(/支配人|事務長/, { type: "PERSON", find: findBeforeTitle }),
];
