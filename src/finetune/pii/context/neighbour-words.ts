import { isEnglishWord, isPlaceName } from "../names/english-person-tagger.js";
import { ORGANISATION_WORD } from "../names/name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/*
 * Words that stand beside a found name and are no name, shared by the kinds of neighbour person-neighbours.ts reads:
 * each kind must refuse the same titles, greetings and firms' words, or one would mask what another leaves.
 */

/**
 * Capitalised words before or after a found name that are a title, a greeting, a role or a word starting a clause (an
 * imperative the English lexicon lacks too: Remind Feldmann, Notify Okafor).
 */
export const NOT_A_GIVEN_NAME =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Dear|Hi|Hello|Hey|Thanks|Thank|Regards|Cheers|Best|The|An?|And|Or|But|Nor|To|From|With|For|Of|In|On|At|By|As|If|So|Then|When|While|After|Before|This|That|These|Those|My|Our|Your|His|Her|Their|Its|Per|Via|Re|Fwd|Cc|Bcc|Attn|Contact|Call|Called|Email|Emailed|Ask|Asked|Tell|Told|Met|See|Saw|Spoke|Phoned|Rang|Remind|Reminded|Notify|Notified|Escalate|Escalated|Congratulate|Team|Customer|Client|Dept|Sales|Support|Saint|St|Mount|Lake|Port|Fort|New|North|South|East|West|Great|Little|Old|Upper|Lower|Please|Sorry|Yes|No|Ok|Okay|Morning|Evening|Welcome|Happy|Good|Bye|Today|Yesterday|Tomorrow|Tonight|January|February|March|April|May|June|July|August|September|October|November|December|Insured|Claimant|Tenant|Landlord|Broker|Adjuster|Surveyor|Agent|Manager|Officer|Director|Doctor|Nurse|Patient|Student|Teacher|Professor|President|Inspector|Uncle|Aunt|Cousin|Brother|Sister|Mother|Father|Mum|Mom|Dad|Grandma|Grandpa)$/u;
/**
 * Capitalised words that are no one (Slack, Zoom are not caught: they end no list with a particle of a person), and a
 * firm's legal form after its name and a comma (Smith, Inc.: one firm, not two people).
 */
export const NOT_A_NAME_WORD = /^(?:The|This|That|And|Or|But|Team|Support|Slack|Zoom|Teams|Google|Excel|Word|Mail|Email|Japan|Tokyo|Osaka|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|OK|Ok|Yes|No|Inc|Ltd|Corp|Co|Plc|Limited|Corporation|Company)$/;
/**
 * A Latin name, one word or two, of the lists' names: each word no English word nor a thing's, and one a listed family
 * name or given name (Rodrigues; Anh Tran, whose Tran is listed).
 */
export const isListedLatinName = (name: string): boolean => {
  const words = name.split(/[ \t]+/);
  const { latinFamily, latinGiven } = worldNames();
  return (
    words.every((word) => !isEnglishWord(word) && !isPlaceName(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) && !NOT_A_GIVEN_NAME.test(word)) &&
    words.some((word) => latinFamily.has(word) || latinGiven.has(word))
  );
};
/** What ends a shop's, a household's or an office's word after a surname (辻 酒店, 真田 様方, 辻 医院), no given name. */
export const PLACE_OR_TITLE_END = /[店方家宅組社会院所館園屋堂局署課部科係室殿様氏君邸]$/u;
