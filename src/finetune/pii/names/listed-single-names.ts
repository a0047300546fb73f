import { familyName } from "../lexicon/lexicon-latin-names.js";
import { AI_MODEL_NAMES } from "../look-alikes/ai-model-names.js";
import { isVoiceAssistant } from "../lexicon/firm-words.js";
import { VIETNAMESE_GIVEN_NAMES } from "../lexicon/vietnamese-given-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isPlaceName } from "./english-person-tagger.js";

/**
 * Tools, bots and AI models a team's chat writes like a colleague (Jenkins fixed it, <Claude> …): some are names too,
 * so the single-name rules leave them. Gemma is left out: alone, it names a woman more often than the model.
 */
const MODELS = AI_MODEL_NAMES.filter((model) => model !== "Gemma");
const TOOL_OR_MODEL = new RegExp(`^(?:Jenkins|Hudson|Jira|Sentry|Renovate|Dependabot|Travis|Bamboo|Kafka|Nginx|Unity|Sprint|Bot|Robot|${MODELS.join("|")})$`);

/**
 * Letters English never writes (ł, ø, ğ, ő, ę, ř, ė, ð, Latvian ē and ņ, Vietnamese ư and ơ and tone marks), or an Icelandic or Nordic
 * patronymic's ending: a capitalised word holding one is a Polish, Nordic, Baltic, Turkish, Hungarian, Czech or
 * Vietnamese word, and alone in a name's slot a name.
 */
const FOREIGN_LETTER = /[łøğőűęąśźżńřňůěėēņļķģųįūčšžđðþışțșăơư\u1EA0-\u1EF9]|(?:dóttir|sson)$/u;

/**
 * One word alone where a person's name stands (a chat's speaker slot, a clause's subject): a name of the lists (world
 * given and family names, Vietnamese given names) or a word with a letter English never writes, and no dictionary
 * word, thing, place, tool or AI model. A word no list holds is as often a product's (Tooltip, Hotfix, Datadog).
 */
export function isListedSingleName(word: string): boolean {
  if (TOOL_OR_MODEL.test(word) || isVoiceAssistant(word) || !familyName(word) || isPlaceName(word)) return false;
  const { latinGiven, latinFamily } = worldNames();
  return latinGiven.has(word) || latinFamily.has(word) || VIETNAMESE_GIVEN_NAMES.has(word) || FOREIGN_LETTER.test(word);
}

/** One word alone in a name's slot that only a timestamp's chat line puts there: any word a name may be, no tool. */
export const isUnlistedSingleName = (word: string): boolean => !TOOL_OR_MODEL.test(word) && !isVoiceAssistant(word) && familyName(word) && !isPlaceName(word);
