import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { worldNames } from "./world-name-lexicon.js";

/**
 * Common English words that a text capitalises in a product's, a screen's or a shop's name (Teacher Mode, Crew
 * Outlet) or a program's line (Deploy: done), where the word stands where a given name could: compromise's lexicon
 * (isEnglishWord) lacks many of them. One list: faker's English words (its word lists, about 3,200 adjectives,
 * adverbs, nouns and verbs), read as text like world-name-lexicon's names, and the words of screens, premises and
 * programs below. Words that are listed names too (Frank, Joy, Summer) are left out: the cue rules read those.
 */
const SCREEN_AND_PREMISES_WORDS =
  "mode|outlet|crew|memo|note|notes|bot|done|menu|screen|panel|page|view|tab|button|setting|settings|option|options|feature|tool|tools|widget|" +
  "dashboard|console|terminal|editor|viewer|player|reader|builder|scanner|monitor|timer|alarm|reminder|calendar|inbox|outbox|draft|drafts|" +
  "lounge|mart|market|kitchen|diner|bistro|deli|pantry|bakery|boutique|gallery|studio|workshop|garage|depot|warehouse|factory|" +
  "build|deploy|release|merge|commit|backup|restore|sync|upload|download|import|export|update|upgrade|install|cleanup|job|task|queue|worker|" +
  "server|client|agent|daemon|service|scheduler|cron|runner|pipeline|webhook|gateway|proxy|cache|database|storage|network|firewall|" +
  "node|host|system|cluster|router|kernel|watchdog|sentinel|relay|controller|balancer|dispatcher|crawler|indexer|mailer|notifier|logger|" +
  "heartbeat|healthcheck|listener|handler|" +
  "test|tests|check|checks|scan|lint|start|stop|restart|ready|pending|running|failed|passed|success|error|warning|notice|alert|status";

/** faker's English word lists, one block of template literals (word:{adjective:[`…`],adverb:…,verb:[`…`]}). */
const FAKER_WORDS = /word:\{adjective:[^{}]*\}/;

let loaded: ReadonlySet<string> | undefined;

function commonEnglishWords(): ReadonlySet<string> {
  if (loaded) return loaded;
  const words = new Set(SCREEN_AND_PREMISES_WORDS.split("|"));
  const dist = join(dirname(createRequire(import.meta.url).resolve("@faker-js/faker/package.json")), "dist");
  const english = englishLocaleSource(dist);
  const { latinGiven, latinFamily } = worldNames();
  for (const [, literal] of (FAKER_WORDS.exec(english)?.[0] ?? "").matchAll(/`([^`]*)`/g)) {
    for (const word of literal!.split(/[.\s]+/)) {
      const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
      if (/^[a-z]{3,}$/i.test(word) && !latinGiven.has(capitalised) && !latinFamily.has(capitalised)) words.add(word.toLowerCase());
    }
  }
  return (loaded = words);
}

/** faker's English locale's data module, named by its entry (locale/en.js imports ../en-….js). */
function englishLocaleSource(dist: string): string {
  const entry = readFileSync(join(dist, "locale", "en.js"), "utf8");
  const module = [...entry.matchAll(/from\s*"\.\.\/(en-[^"]+\.js)"/g)][0]?.[1];
  return module === undefined ? "" : readFileSync(join(dist, module), "utf8");
}

/** Whether a capitalised word is a common English word of the list (Mode, Outlet, Deploy; not Sarah, Frank). */
export const isCommonEnglishWord = (word: string): boolean => commonEnglishWords().has(word.toLowerCase());
