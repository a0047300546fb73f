import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Ordinary prose this session's rules over-reached on (issue 13: READMEs and exam questions, measured against d7c330a),
 * by class. Sentences made up here; a name beside each keeps the rule's reach.
 */
describeMaskingClasses("ordinary prose the world-name and spoken-digit rules leave alone", {
  "a listed name the text also writes in small letters is a common word": [
    ["Never pay the ransom. Ransom Trojan strains lock files.", "Never pay the ransom. Ransom Trojan strains lock files."],
    ["Mateus Carvalho <mateus.carvalho@example.com> paid no ransom.", "[PERSON] <[EMAIL]> paid no ransom."],
  ],
  "a word with a derived noun's ending after a listed first name": [
    ["Check Dev Dependency status before a release.", "Check Dev Dependency status before a release."],
    ["Hamid Rostami signed the Data Portability form.", "[PERSON] signed the Data Portability form."],
  ],
  "digits' words one a line are a list's choices, not a number read out": [
    ["How many legs does a spider have?\nfour\nsix\nnine\nseven", "How many legs does a spider have?\nfour\nsix\nnine\nseven"],
    ["My member number is four seven two nine one.", "My member number is [PERSONAL_ID]."],
  ],
});

describeMaskingClasses("counts and prose after a password's cue", {
  "a count read out from any digit on, not from 0 or 1 only": [
    ["体操はシまで数えたら、次はゴー、ロク、ナナ、ハチです。", "体操はシまで数えたら、次はゴー、ロク、ナナ、ハチです。"],
    ["Then count five six seven eight and turn.", "Then count five six seven eight and turn."],
    ["会員番号はヨン、ナナ、ニ、キュウです。", "会員番号は[PERSONAL_ID]です。"],
  ],
  "a verb or a word of courtesy after password:, the sentence going on": [
    ["New password: please pick one of twelve letters.", "New password: please pick one of twelve letters."],
    ["Your password: always keep it to yourself.", "Your password: always keep it to yourself."],
    ["The wifi password: bluebird", "The wifi password: [SECRET]"],
  ],
});
