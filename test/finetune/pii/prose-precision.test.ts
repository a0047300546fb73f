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
