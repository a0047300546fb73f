// `npm run build`, after tsc: the Japanese name lexicon read once from kuromoji's dictionary and saved beside its
// compiled module (dist/finetune/pii/lexicon/japanese-name-lexicon.json), so that each masking thread reads 4 MB of JSON
// instead of the 40 MB table (japanese-name-lexicon.ts, savedLexicon).
import { saveNameLexicon } from "../dist/finetune/pii/lexicon/japanese-name-lexicon.js";

saveNameLexicon();
