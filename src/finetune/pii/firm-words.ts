/**
 * Words of a firm's name that stand after a founder's name (Sato Coffee Roasters, Okafor Dental): a capitalised run
 * holding one is no person, though it starts with a surname. Not words that are common surnames too (Hall, Court).
 */
const FIRM_WORDS =
  "Coffee|Roasters?|Health|Healthcare|Medical|Bakery|Cafe|Café|Kitchen|Dental|Clinic|Pharmacy|Salon|Studio|Farms?|Brewery|Motors|Trading|Holdings|Partners|Foods?|Consulting|Solutions|Industries|Logistics|Realty|Travel|Tours|Insurance|Capital|Ventures|Labs?|Media|Apparel|Electric|Works|Supply|Academy|Institute|Foundation|Association|Agency|Mobile|Estate|Securities|Telecom|Communications|Networks|Energy|Pharma|Pharmaceuticals?|Electronics|Airways|Railways?|Restaurant|Bistro|Diner|Grill|Pizzeria|Trattoria|Eatery|Catering|" +
  // A Japanese firm's word in romaji (Kanemori Seiki, Ueda Kogyo): not Shoji, Koki, Seiko, given names too.
  "Seiki|Kogyo|Sangyo|Shoten|Seisakusho|Denki|Denko|Kensetsu|Seiyaku|Shokai|Bussan|Tsusho|Unyu|Kikai|Jidosha";
export const FIRM_WORD = new RegExp(`^(?:${FIRM_WORDS})$`);

/** A premises' word that ends a firm's name after another word (Sharma Curry House, Okoro Noodle Bar); right after a name it is a surname too (Gregory House). */
const PREMISES_END = /^(?:House|Inn|Bar|Shop|Store|Lodge|Hut)$/;

/** A firm's word among the two capitalised words after a name (Sato| Coffee Roasters, Sharma| Curry House): the name is the firm's. */
export function firmWordAfter(rest: string): boolean {
  const words = /^(?:[ \t]+[A-Z][a-zé]+){1,2}/.exec(rest)?.[0].trim().split(/[ \t]+/) ?? [];
  return words.some((word) => FIRM_WORD.test(word)) || (words.length === 2 && PREMISES_END.test(words[1]!));
}

/**
 * Words of a thing's or a firm's name that stand where a person's name does after a cue (Applicant Tracking System,
 * Patient Portal Login, Sato Coffee Roasters (merchant ID …)).
 */
export const FIRM_OR_THING_WORD = new RegExp(
  `^(?:${FIRM_WORDS}|System|Systems|Portal|Tracking|Experience|Survey|Management|Care|Record|Records|Form|Forms|Number|Information|Details|Data|Plan|Pool|Status|Journey|Relations|Guide|Handbook|Agreement|Review|Profile|Login|Account|Policy|Program|Programme|Date|Format|Field|Type|Name|Names|Address|Email|Phone|Birth|Gender|Nationality|Title|Summary|Safety|Allowance|Success|Satisfaction|Screening|Onboarding|Interviews?|Feedback|Rights|Privacy|Consent|Intake|Referral|Education|Transport|School|College|Society|Council|Committee|Bureau|Ministry|Plaza|Mall|Market)$`,
);

/** A word of a noun's form that no name has (Improvement, Registration, Wellness, Membership). */
export const NOUN_FORM = /^[A-Z][a-z]{3,}(?:ment|tion|sion|ness|ship)$/;

/** Job titles beside a name in a signature or a list, never a name's part (Patient Safety Officer). */
export const TITLE_WORD =
  /^(?:Lead|Manager|Director|Engineer|Analyst|Specialist|Representative|Coordinator|Consultant|Officer|Agent|Executive|Associate|Counsel|Architect|Advisor|Adviser|Accountant|Secretary|Assistant|Supervisor|Administrator|Head|Chief|Senior|Junior|Clerk|Nurse|Physician|Surgeon|Therapist|Technician)$/;
