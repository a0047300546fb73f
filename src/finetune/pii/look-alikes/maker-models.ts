import type { Span } from "../detector.js";
import { personCued } from "./person-cues.js";
import { spansOf } from "./shop-names.js";

/**
 * Makers named like a person, by a given name or a surname (Roland, Kawai, Yamaha, Dyson): before a model's code of
 * capitals and digits (Roland HP-704, Kawai CA-49, Dyson V12) they name the instrument or the appliance, no one. So do
 * Japanese makers of farm and power tools written in katakana after their founders' surnames (クボタ KX-55, イセキ HJ-6).
 */
const MAKERS = ["Roland", "Kawai", "Yamaha", "Casio", "Korg", "Fender", "Gibson", "Marshall", "Dyson", "Miele", "Bose", "Philips", "Ford", "ヤンマー", "クボタ", "イセキ", "マキタ", "ホンダ", "スズキ", "ヤマハ"];

/** A model's code: capitals, perhaps a hyphen, then digits and capitals (HP-704, V12, LP-80HN, KX-155-3). */
const MODEL_CODE = "[A-Z]{1,4}-?[A-Z]{0,3}\\d[A-Z0-9]*(?:-[A-Z0-9]+)*(?![\\p{L}\\d])";
const MAKER_MODEL = new RegExp(`(?<![\\p{L}])(?:${MAKERS.join("|")})[ \\t]+${MODEL_CODE}`, "gu");
/**
 * A model's year before the maker, then the model's capitalised words (1994 Gibson Les Paul Custom, 1965 Fender
 * Jazzmaster, 2019 Yamaha Clavinova): an instrument or a machine as a dealer lists it, its words no one's name. Not a
 * date's year before a person (In 2019 Gibson Smith moved …): no preposition before the year, no person's verb after.
 */
const YEAR_MAKER_MODEL = new RegExp(
  `(?<![\\p{L}\\d])(?<!(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Oo]f)[ \\t]+)(?:19|20)\\d{2}[ \\t]+(?:${MAKERS.join("|")})(?:[ \\t]+[\\p{Lu}\\d][\\p{L}\\d'’-]*){0,4}`,
  "gu",
);

/**
 * Makers of instrument strings named like a person (Ernie Ball, Dean Markley, D'Addario, Savarez, Augustine, La Bella):
 * before a set's catalogue number, digits alone or after a few capitals (Ernie Ball 2836, D'Addario EJ16), they name the
 * strings, no one.
 */
const STRING_MAKERS = ["Ernie Ball", "Dean Markley", "D'Addario", "Savarez", "Augustine", "La Bella"];
const STRING_SET = new RegExp(`(?<![\\p{L}])(?:${STRING_MAKERS.join("|")})[ \\t]+[A-Z]{0,4}\\d{2,5}[A-Z]?(?![\\p{L}\\d])`, "gu");

/**
 * A machine's or an appliance's word, then a word of kanji or katakana and a model's code (ブロワー 寺岡 MX-60, 給湯器 ノーリツ
 * GT-2460): the word between is the maker's name, however like a surname it reads.
 */
const MACHINES = "ブロワー|ブロアー?|ポンプ|給湯器|ボイラー|エアコン|室外機|コンプレッサー|発電機|刈払機|草刈機|耕運機|チェーンソー|ミシン|冷蔵庫|洗濯機|換気扇|浄水器|除湿機";
const MACHINE_MAKER_MODEL = new RegExp(`(?:${MACHINES})[ 　]*[:：]?[ 　]*(?<maker>\\p{Script=Han}{1,4}|[\\p{Script=Katakana}ー]{2,8})[ 　]+${MODEL_CODE}`, "dgu");
const MACHINE_GATE = new RegExp(MACHINES, "u");

/** The spans of makers' names with their models' codes or after their models' years, and of string makers' sets. */
export function makerModelSpans(shadow: string): Span[] {
  const spans = MAKERS.some((maker) => shadow.includes(maker))
    ? [
        ...spansOf(shadow, MAKER_MODEL),
        ...spansOf(shadow, YEAR_MAKER_MODEL).filter((span) => !personCued(shadow, span)),
      ]
    : [];
  if (STRING_MAKERS.some((maker) => shadow.includes(maker))) spans.push(...spansOf(shadow, STRING_SET));
  if (MACHINE_GATE.test(shadow)) for (const match of shadow.matchAll(MACHINE_MAKER_MODEL)) spans.push({ start: match.indices!.groups!.maker![0], end: match.index + match[0].length });
  return spans;
}
