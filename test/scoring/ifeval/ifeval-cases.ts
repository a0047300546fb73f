/**
 * Responses to IFEval's dev items (test/fixtures/datasets/ifeval), one group per instruction type, with the
 * per-instruction results the reference gives them: `strict`/`loose` are aligned with the item's
 * instruction_id_list. The expectations were checked against google-research's checkers run in Python (nltk 3.8
 * Punkt with the English parameters of punkt-english.ts, langdetect 1.0.9).
 */
export interface ResponseCase {
  /** The instruction type the case is about. */
  type: string;
  key: number;
  name: string;
  response: string;
  strict: boolean[];
  loose: boolean[];
}

const coffeePoem = [
  "Two strangers in a coffee shop,",
  "a spilled latte, a sudden stop.",
  "She laughed, he blushed, the milk foam spread,",
  "and half a story went unsaid.",
].join("\n");

const promptingSong = [
  "Verse 1",
  "We need a slide that reaches the sky!",
  "Our swings are old and the kids ask why.",
  "Chorus",
  "Build it, build it, a playground for all!",
  "The principal nodded. The PTA said yes.",
].join("\n");

const longSong = [
  "We need a slide.",
  "We need a swing.",
  "We need a fort.",
  "We need a ring.",
  "The sandbox is sad.",
  "The seesaw is bad.",
  "The teachers agree.",
  "The parents are glad.",
  "So sign the plan.",
  "Bring a shovel.",
  "Bring a friend.",
  "Let the fun never end!",
].join(" ");

const lowercaseLetter = [
  "dear hiring team,",
  "",
  "i am writing to apply for the tour guide position in beijing. i have led walking tours through the hutongs for three years and speak english and mandarin. i love sharing the history of the forbidden city with curious travellers.",
  "",
  "warm regards, lin",
].join("\n");

const capitalSong = [
  "VERSE 1",
  "I LEFT YOUR LETTERS IN THE RAIN, NOW EVERY WORD IS WASHED AWAY",
  "I SAID I'D NEVER LOOK BACK, BUT I'M LOOKING BACK TODAY",
  "",
  "EXPLANATION: THE FIRST VERSE SHOWS THE SINGER REGRETTING A CARELESS GOODBYE, LIKE MANY OF TAYLOR SWIFT'S EARLY SONGS.",
].join("\n");

const poemTips =
  "A good Chinese poem starts with a clear image, follows a tonal pattern, and ends with a feeling that lingers.";

const weirdText =
  "The *shiny new app* will soon crawl into the App Store on tiny legs. It brings *a brand new face* and learns to talk to devices that do not exist yet.";

const airpods =
  "the airpods max are over-ear headphones for people who want *quiet on demand*.\n\n*spatial audio* makes every song feel like a live show.";

const trainAnswer =
  "I cannot see live timetables. Trains from London St. Pancras leave often. The next one may leave at 10 a.m. You can check the National Rail website.";

const tonicRequest =
  'Suggest two names for a new type of tonic. Include the keyword "brand" each time, followed by suggested name in double angular brackets, such as <<American Tonic>>.';

const resumeRequest =
  "Create a resume for a military officer who served in Iraq and was later hired by a private military contractor. Make sure to include a title that is wrapped in double angular brackets, i.e. <<resume of xyz>>. Refrain from using any commas in your response.";

export const ifevalCases: ResponseCase[] = [
  // startend:end_checker
  { type: "startend:end_checker", key: 1220, name: "ends with the exact phrase", response: `${coffeePoem}\n\nIs there anything else I can help with?`, strict: [true], loose: [true] },
  { type: "startend:end_checker", key: 1220, name: "compares case-insensitively and ignores wrapping quotes", response: `"${coffeePoem}\n\nis there anything else I can HELP with?"`, strict: [true], loose: [true] },
  { type: "startend:end_checker", key: 1220, name: "a different closing phrase fails", response: `${coffeePoem}\n\nIs there anything else I can help you with?`, strict: [false], loose: [false] },
  { type: "startend:end_checker", key: 1220, name: "a sign-off after the phrase passes only loosely (last line removed)", response: `${coffeePoem}\n\nIs there anything else I can help with?\nEnjoy your coffee!`, strict: [false], loose: [true] },

  // length_constraints:number_sentences
  { type: "length_constraints:number_sentences", key: 1381, name: "lyrics lines without full stops are one Punkt sentence", response: promptingSong, strict: [true], loose: [true] },
  { type: "length_constraints:number_sentences", key: 1381, name: "twelve sentences are not fewer than 10", response: longSong, strict: [false], loose: [false] },
  { type: "length_constraints:number_sentences", key: 2780, name: "an abbreviation (St., a.m.) does not end a sentence before a lowercase or unknown word", response: trainAnswer, strict: [true], loose: [true] },
  { type: "length_constraints:number_sentences", key: 2780, name: "six sentences are not fewer than 6", response: "I cannot check live trains. Timetables change daily. Try the National Rail site. Trains to London run often. Most leave on the hour. Have a safe trip!", strict: [false], loose: [false] },

  // change_case:english_lowercase (with number_sentences < 5 on item 1535)
  { type: "change_case:english_lowercase", key: 1535, name: "an all-lowercase english letter of four sentences", response: lowercaseLetter, strict: [true, true], loose: [true, true] },
  { type: "change_case:english_lowercase", key: 1535, name: "one capital letter fails", response: lowercaseLetter.replace("beijing", "Beijing"), strict: [false, true], loose: [false, true] },
  { type: "change_case:english_lowercase", key: 1535, name: "a capitalised preamble line passes only loosely", response: `Here is your cover letter:\n${lowercaseLetter}`, strict: [false, true], loose: [true, true] },
  { type: "change_case:english_lowercase", key: 1535, name: "lowercase text in another language is not english", response: "estimado equipo, quiero trabajar como guía turístico en pekín. conozco la ciudad prohibida y hablo chino.", strict: [false, true], loose: [false, true] },

  // detectable_format:title
  { type: "detectable_format:title", key: 1551, name: "titles in double angular brackets", response: "<<Concise Cover Letter>>\nDear Google team, ...\n\n<<Detailed Cover Letter>>\nDear hiring manager, ...", strict: [true], loose: [true] },
  { type: "detectable_format:title", key: 1551, name: "a markdown heading is not a title", response: "## Concise Cover Letter\nDear Google team, ...", strict: [false], loose: [false] },
  { type: "detectable_format:title", key: 1802, name: "an empty << >> is not a title", response: "Let me think. Gandalf also guided the hobbits.\n<< >>", strict: [false], loose: [false] },
  { type: "detectable_format:title", key: 1802, name: "the answer wrapped as a title", response: "Gandalf fought, but he also guided people.\n<<Mostly yes, with a little more detail>>", strict: [true], loose: [true] },

  // change_case:english_capital
  { type: "change_case:english_capital", key: 1566, name: "an all-caps english song with explanations", response: capitalSong, strict: [true], loose: [true] },
  { type: "change_case:english_capital", key: 1566, name: "a lowercase word fails", response: capitalSong.replace("RAIN", "rain"), strict: [false], loose: [false] },
  { type: "change_case:english_capital", key: 1566, name: "a mixed-case first line passes only loosely", response: `Here is your song:\n${capitalSong}`, strict: [false], loose: [true] },

  // detectable_content:postscript
  { type: "detectable_content:postscript", key: 1759, name: "a P.S. note", response: `${poemTips}\n\nP.S. Read Li Bai aloud to hear the rhythm.`, strict: [true], loose: [true] },
  { type: "detectable_content:postscript", key: 1759, name: "matches case-insensitively, with a space inside", response: `${poemTips}\n\np. s. read li bai aloud.`, strict: [true], loose: [true] },
  { type: "detectable_content:postscript", key: 1759, name: "PS without periods is not P.S.", response: `${poemTips}\n\nPS: read Li Bai aloud.`, strict: [false], loose: [false] },
  { type: "detectable_content:postscript", key: 2396, name: "a P.P.S note", response: "The war went on for years\nand no one counted tears.\n\nP.P.S. Peace came too late.", strict: [true], loose: [true] },
  { type: "detectable_content:postscript", key: 2396, name: "a P.S. is not a P.P.S", response: "The war went on for years\nand no one counted tears.\n\nP.S. Peace came too late.", strict: [false], loose: [false] },

  // detectable_format:number_highlighted_sections
  { type: "detectable_format:number_highlighted_sections", key: 1773, name: "the song's name in *…*", response: "*Little Me in the Fields*\n\nBarefoot in the barley, chasing summer light.", strict: [true], loose: [true] },
  { type: "detectable_format:number_highlighted_sections", key: 1773, name: "**bold** counts as a highlight", response: "**Little Me in the Fields**\n\nBarefoot in the barley.", strict: [true], loose: [true] },
  { type: "detectable_format:number_highlighted_sections", key: 1773, name: "no highlight fails, and removing stars cannot help", response: "Little Me in the Fields\n\nBarefoot in the barley.", strict: [false], loose: [false] },
  { type: "detectable_format:number_highlighted_sections", key: 1773, name: "an empty * * is not a highlight", response: "* *\nLittle Me in the Fields", strict: [false], loose: [false] },

  // punctuation:no_comma (with 2 highlights on item 2230)
  { type: "punctuation:no_comma", key: 2230, name: "weird text without commas and two highlights", response: weirdText, strict: [true, true], loose: [true, true] },
  { type: "punctuation:no_comma", key: 2230, name: "one comma fails", response: weirdText.replace("legs.", "legs, slowly."), strict: [false, true], loose: [false, true] },
  { type: "punctuation:no_comma", key: 3505, name: "a comma on the last line fails strictly, not loosely (last line removed)", response: "Write a pros and cons list of apple products in the style of a 19th century novelist and do not use any commas.\nPros: the iPhone, dear reader, is handsome.", strict: [false, true], loose: [true, true] },
  { type: "punctuation:no_comma", key: 3505, name: "repeat, then a list without commas", response: "Write a pros and cons list of apple products in the style of a 19th century novelist and do not use any commas.\nPros: the telephone is handsome and swift.\nCons: its price would ruin a country squire.", strict: [true, true], loose: [true, true] },

  // two highlights + lowercase on item 2372
  { type: "detectable_format:number_highlighted_sections", key: 2372, name: "two highlights in lowercase text", response: airpods, strict: [true, true], loose: [true, true] },
  { type: "detectable_format:number_highlighted_sections", key: 2372, name: "one highlight is not at least two", response: airpods.replace("*spatial audio*", "spatial audio"), strict: [false, true], loose: [false, true] },
  { type: "change_case:english_lowercase", key: 2372, name: "a 'Sure!' first line fails lowercase only strictly", response: `Sure! Here is a description.\n${airpods}`, strict: [true, false], loose: [true, true] },

  // startend:quotation (with a highlight on item 2497)
  { type: "startend:quotation", key: 2497, name: "the whole answer in double quotes", response: '"If you *conquer* every chat, who is left to talk to?"', strict: [true, true], loose: [true, true] },
  { type: "startend:quotation", key: 2497, name: "curly quotes are not double quotation marks", response: "“If you *conquer* every chat, who is left to talk to?”", strict: [true, false], loose: [true, false] },
  { type: "startend:quotation", key: 2497, name: "a preamble line passes only loosely", response: 'Here you go:\n"If you *conquer* every chat, who is left to talk to?"', strict: [true, false], loose: [true, true] },
  { type: "startend:quotation", key: 3536, name: "a quoted song", response: '"Verse 1\nWe build the future with our hands\nChorus\nNew ideas, new lands"', strict: [true], loose: [true] },
  { type: "startend:quotation", key: 3536, name: "a lone quote mark is not a wrapped response", response: '"', strict: [false], loose: [false] },

  // keywords:frequency (with a highlight on item 2616)
  { type: "keywords:frequency", key: 2616, name: "the word twice, case-insensitively", response: "A lonely *Hue* walks by the river.\nSingles in the city, singles by the sea.", strict: [true, true], loose: [true, true] },
  { type: "keywords:frequency", key: 2616, name: "once is not at least twice", response: "A lonely *Hue* walks by the river.\nSingles in the city, alone by the sea.", strict: [true, false], loose: [true, false] },
  { type: "keywords:frequency", key: 2616, name: "matches inside longer words, as re.findall does", response: "A lonely *Hue* hums singlesong after singlestep.", strict: [true, true], loose: [true, true] },

  // keywords:existence
  { type: "keywords:existence", key: 2662, name: "both keywords", response: "Our nation engages the world lightly but firmly. #Diplomacy", strict: [true], loose: [true] },
  { type: "keywords:existence", key: 2662, name: "'engage' is not 'engages'", response: "We engage the world lightly.", strict: [false], loose: [false] },
  { type: "keywords:existence", key: 2662, name: "a substring counts, as re.search finds it", response: "Nobody disengages lightly.", strict: [true], loose: [true] },

  // combination:repeat_prompt
  { type: "combination:repeat_prompt", key: 288, name: "repeats the request first", response: "Is ballistics (the study of the motion of projectiles) an actual science?\n\nYes. Ballistics is a branch of physics.", strict: [true], loose: [true] },
  { type: "combination:repeat_prompt", key: 288, name: "case does not matter", response: "is ballistics (the study of the motion of projectiles) an actual science? yes.", strict: [true], loose: [true] },
  { type: "combination:repeat_prompt", key: 288, name: "a word before the repeat passes only loosely (first line removed)", response: "Sure!\nIs ballistics (the study of the motion of projectiles) an actual science?\nYes, it is.", strict: [false], loose: [true] },
  { type: "combination:repeat_prompt", key: 2904, name: "a paraphrase is not a repeat", response: "Write a 500-word poem-story about a girl obsessed with her Nintendo DS.\n\nShe pressed start...", strict: [false], loose: [false] },

  // detectable_format:number_bullet_lists (with lowercase and P.S. on item 3069)
  { type: "detectable_format:number_bullet_lists", key: 3069, name: "exactly three * bullets", response: "* day 1-2: zurich and the old town\n* day 3: lucerne and mount pilatus\n* day 4-5: interlaken\n\np.s. buy a swiss travel pass.", strict: [true, true, true], loose: [true, true, true] },
  { type: "detectable_format:number_bullet_lists", key: 3069, name: "- bullets count too", response: "- day 1: zurich\n- day 2: lucerne\n* day 3: bern\n\np.s. pack layers.", strict: [true, true, true], loose: [true, true, true] },
  { type: "detectable_format:number_bullet_lists", key: 3069, name: "**bold** lines are not bullets", response: "**day 1**: zurich\n* day 2: lucerne\n* day 3: bern\n\np.s. pack layers.", strict: [false, true, true], loose: [false, true, true] },
  { type: "detectable_format:number_bullet_lists", key: 3069, name: "four bullets fail strictly; without the first line three remain (loose)", response: "* zurich: the old town and the lake\n* lucerne: the chapel bridge\n* bern: the bear park\n* geneva: the jet d'eau\n\np.s. pack warm layers for the mountains.", strict: [false, true, true], loose: [true, true, true] },
  { type: "detectable_format:number_bullet_lists", key: 3069, name: "a closing list line passes only loosely (last line removed)", response: "* zurich\n* lucerne\n* bern\np.s. pack layers.\n- have fun", strict: [false, true, true], loose: [true, true, true] },

  // language:response_language
  { type: "language:response_language", key: 3191, name: "an answer in Telugu", response: "1. మేము సృష్టికర్తల బృందం. ఈ వాక్యం మా జట్టు గురించి చెబుతుంది.\n2. మేము కలిసి కొత్త ఆలోచనలను నిర్మిస్తాము.\n3. సృజనాత్మకత మా బలం.", strict: [true], loose: [true] },
  { type: "language:response_language", key: 3191, name: "an answer in English", response: "1. We are a group of makers.\n2. Together we build new ideas.\n3. Creativity is our strength.", strict: [false], loose: [false] },
  { type: "language:response_language", key: 3191, name: "a text without letters cannot be placed and counts as followed", response: "1. 2. 3.", strict: [true], loose: [true] },

  // repeat + title + frequency on item 3272: the repeated request already holds a title and one "brand"
  { type: "keywords:frequency", key: 3272, name: "the repeat holds one 'brand' and a title; one more 'brand' is needed", response: `${tonicRequest}\n\nBrand one: <<Quinine Spark>>.`, strict: [true, true, true], loose: [true, true, true] },
  { type: "keywords:frequency", key: 3272, name: "without another 'brand' only the title passes", response: `${tonicRequest}\n\n<<Quinine Spark>> and <<Bitter Bloom>>.`, strict: [true, true, false], loose: [true, true, false] },

  // detectable_format:multiple_sections
  { type: "detectable_format:multiple_sections", key: 357, name: "three SECTION markers", response: "SECTION 1\nHarry buys a dog.\nSECTION 2\nThe dog buys Harry a hat.\nSECTION 3\nThey both wear it.", strict: [true], loose: [true] },
  { type: "detectable_format:multiple_sections", key: 357, name: "'Section' does not match 'SECTION' (case-sensitive)", response: "Section 1\nHarry buys a dog.\nSection 2\nThe dog buys a hat.\nSection 3\nThey wear it.", strict: [false], loose: [false] },
  { type: "detectable_format:multiple_sections", key: 357, name: "two sections are not three", response: "SECTION 1\nHarry buys a dog.\nSECTION 2\nThe end.", strict: [false], loose: [false] },

  // title on 3690; title + repeat + no comma on 3718 (the request itself has a comma)
  { type: "detectable_format:title", key: 3690, name: "a critique with a title", response: "<<Swipe Left on This Copy>>\nThe ad is upbeat but vague.", strict: [true], loose: [true] },
  { type: "combination:repeat_prompt", key: 3718, name: "repeating the request verbatim brings its comma: no_comma fails strictly, passes without the first line", response: `${resumeRequest}\n\n<<Resume of John Carter>>\nCaptain US Army 2004-2012`, strict: [true, true, false], loose: [true, true, true] },
];
