import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

// Parameters of NLTK's pre-trained English Punkt model (nltk_data `tokenizers/punkt/PY3/english.pickle`, which
// `punkt_tab/english/` lists as tables): its abbreviation types, collocations, frequent sentence starters and the
// orthographic context of every word type it saw.

/** abbrev_types.txt: a period after one of these (lower-cased, without the period) marks an abbreviation. */
export const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "ct m.j t a.c n.h ms p.a.m dr pa p.m u.k st dec u.s.a lt g.k adm p h.m ga tenn yr sen n.c j.j d.h s.g inc vs " +
    "s.p.a a.t n feb sr jan s.a.y n.y col g.f c.o.m.b d ft va r.k e.f chg r.i a.g minn a.h k n.j m l.f f.j gen " +
    "i.m.s s.a aug j.p okla m.d.c ltd oct s vt r.a j.c ariz w.w b.v ore h w.r e.h mrs cie corp w n.v a.d r.j ok " +
    "e.m w.c ill nov u.s prof conn u.s.s.r mg f.g ph.d g calif messrs h.f wash tues sw bros u.n l wis mr sep d.c " +
    "ave e.l co s.s reps c r.t h.c r wed a.s v fla jr r.h c.v m.b.a rep a.a e c.i.t l.a b.f j.b d.w j.k ala f " +
    "w.va sept mich n.m j.r l.p s.c colo fri a.m g.d kan maj ky a.m.e n.d t.j cos nev"
  )
    .split(" ")
    // The file also lists ". . " (an artefact of training), which no token can match.
    .concat([". . "]),
);

/** collocations.tab: a period between these two types is not a sentence break. */
export const ENGLISH_COLLOCATIONS: ReadonlySet<string> = new Set(
  [
    ["##number##", "international"],
    ["##number##", "rj"],
    ["##number##", "commodities"],
    ["##number##", "cooper"],
    ["b", "stewart"],
    ["##number##", "genentech"],
    ["##number##", "wedgestone"],
    ["i", "toussie"],
    ["##number##", "pepper"],
    ["j", "fialka"],
    ["o", "ludcke"],
    ["##number##", "insider"],
    ["##number##", "aes"],
    ["i", "magnin"],
    ["##number##", "credit"],
    ["##number##", "corrections"],
    ["##number##", "financing"],
    ["##number##", "henley"],
    ["##number##", "business"],
    ["##number##", "pay-fone"],
    ["b", "wigton"],
    ["b", "edelman"],
    ["b", "levine"],
    ["##number##", "leisure"],
    ["b", "smith"],
    ["j", "walter"],
    ["##number##", "pegasus"],
    ["##number##", "dividend"],
    ["j", "aron"],
    ["##number##", "review"],
    ["##number##", "abreast"],
    ["##number##", "who"],
    ["##number##", "letters"],
    ["##number##", "colgate"],
    ["##number##", "cbot"],
    ["##number##", "notable"],
    ["##number##", "zimmer"],
  ].map(([first, second]) => `${first} ${second}`),
);

/** sent_starters.txt: after an abbreviation or ellipsis, one of these capitalised starts a new sentence. */
export const ENGLISH_SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    "most he since so both these it nevertheless this indeed however instead under similarly some though while " +
    "when in despite although nonetheless thus there if the nor separately moreover but they yet many according " +
    "sales among meanwhile even i"
  ).split(" "),
);

const ORTHO_CONTEXT_FILE = new URL("../../../data/ifeval/punkt-english-ortho-context.tsv.gz", import.meta.url);
let orthoContext: ReadonlyMap<string, number> | undefined;

/**
 * The English model's orthographic context: for each of the 20,366 word types seen in its WSJ training text, how it
 * was capitalised at a sentence's start, inside one, or where unknown (data/ifeval/SOURCE.md). A type never seen
 * has none (0).
 */
export function englishOrthoContext(type: string): number {
  if (!orthoContext) {
    const table = gunzipSync(readFileSync(ORTHO_CONTEXT_FILE)).toString("utf8");
    orthoContext = new Map(
      table
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [word, flags] = line.split("\t");
          return [word as string, Number(flags)];
        }),
    );
  }
  return orthoContext.get(type) ?? 0;
}
