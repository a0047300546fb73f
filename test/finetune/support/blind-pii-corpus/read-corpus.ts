import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encodeShiftJis } from "../shift-jis.js";

/** One value written into the corpus by hand: personal data that must be masked, or a look-alike that must stay. */
export interface CorpusValue {
  kind: string;
  value: string;
  /** The input file it is written in, relative to the corpus folder as written out. */
  file: string;
  /**
   * Up to six characters of the text as written on either side, to find what became of the value in an output; cut
   * where a field ends (a CSV cell's quote, an HTML tag), and then `fieldStart` / `fieldEnd` says the value is there.
   */
  before: string;
  after: string;
  fieldStart: boolean;
  fieldEnd: boolean;
}

export interface BlindCorpus {
  planted: CorpusValue[];
  lookAlikes: CorpusValue[];
  /** Each input file as written out (relative path → content), markers removed. */
  files: Map<string, Buffer>;
}

const corpusDir = path.dirname(fileURLToPath(import.meta.url));
/** Written after the fixes the corpus led to: what those fixes do on texts they never saw (see the README). */
export const HELD_OUT_DIR = path.join(corpusDir, "held-out");
/** Written after the held-out set's own fixes (see the README). */
export const HELD_OUT_2_DIR = path.join(corpusDir, "held-out-2");
/** Written after the second held-out set's fixes, and not used to make any. */
export const HELD_OUT_3_DIR = path.join(corpusDir, "held-out-3");
/** Written after the third, before any fix for it (a purchase-order e-mail, an HR interview note, a survey CSV). */
export const HELD_OUT_4_DIR = path.join(corpusDir, "held-out-4");
/** Written after the fourth set's fixes, before any for it (a returns form, call transcripts, a hotel thread, a chat). */
export const HELD_OUT_5_DIR = path.join(corpusDir, "held-out-5");
/**
 * Written blind before this session's fixes and kept aside while they were made (a bank branch's Shift_JIS inquiry log,
 * a pharmacy memo, a recruiting e-mail thread, an on-call handover, a bilingual chat log, English support mails).
 */
export const HELD_OUT_6_DIR = path.join(corpusDir, "held-out-6");
/**
 * Written blind after the sixth set was measured at the end, and kept aside for the next round (a letting agency's
 * screening notes, a cram school's contact log, a dispatcher's shift log, a bug thread, English claim notes, a clinic's
 * Shift_JIS export, a help-desk JSONL).
 */
export const HELD_OUT_7_DIR = path.join(corpusDir, "held-out-7");
/**
 * Written blind after the seventh and kept aside (a care home's handover notes, a SaaS QBR deck in HTML, a lawyer's
 * English intake memo, a plant's quality-incident report, a travel agency's booking-change CSV, a PTA's LINE chat).
 */
export const HELD_OUT_8_DIR = path.join(corpusDir, "held-out-8");
/**
 * Written blind after the eighth and kept aside (a university admissions mail export, a recruiting agency's candidate
 * CSV, a city office's resident inquiries, a discharge summary with a referral letter, a Slack incident export, a
 * wedding venue's planning sheet in HTML, a car dealer's Shift_JIS service log).
 */
export const HELD_OUT_9_DIR = path.join(corpusDir, "held-out-9");
/**
 * Written blind and kept aside for the next session (a moving company's estimate in HTML, a condominium board's minutes,
 * a vet clinic's front-desk records, a translation agency's job tickets, an IT offboarding checklist, a school nurse's
 * log, an online shop's customer-care chat JSONL, a fitness club's Shift_JIS front-desk log).
 */
export const HELD_OUT_10_DIR = path.join(corpusDir, "held-out-10");
/**
 * Written blind and kept aside for a later round (a call centre's QA scoring sheet in HTML, an alumni association's
 * donation ledger, a release post-mortem with a config dump and a CI log, a freight forwarder's mail thread, a funeral
 * home's arrangement notes, a driving school's Shift_JIS desk log, a solar installer's inquiry CSV, a railway's
 * lost-property chat JSONL).
 */
export const HELD_OUT_11_DIR = path.join(corpusDir, "held-out-11");
/**
 * Written blind and kept aside for a later round (a dental clinic's recall list, a rental application packet in HTML, a
 * research-ethics consent log, a conference's registration desk CSV, a staffing agency's Shift_JIS timesheet approvals,
 * a car-sharing app's support chat JSONL, a kindergarten's pickup authorisation list, a Git log exported for a secrets
 * audit).
 */
export const HELD_OUT_12_DIR = path.join(corpusDir, "held-out-12");
/**
 * Written blind and kept aside for a later round (a city office's certificate-desk log, a vet clinic's records with
 * call transcripts, a customs broker's inquiry CSV, a wedding venue's seating and guest sheet, a ride-hailing app's
 * driver-support chat JSONL, a law firm's conflict-check memo in HTML, a gym's UTF-8-with-BOM member-desk CSV, a Slack
 * export with server logs from an incident).
 */
export const HELD_OUT_13_DIR = path.join(corpusDir, "held-out-13");
/**
 * Written blind and kept aside for a later round (a letting agent's repair-request log, a car insurer's claim call
 * transcript, an IT help desk's ticket export with pasted configs, a disaster shelter's Shift_JIS registration sheet, a
 * pharmacy's prescription-inquiry CSV, a bank branch's counter memo in HTML, a student dormitory's support chat JSONL, a
 * travel agency's inbound booking mailbox, a primary school teacher's parent contact notes).
 */
export const HELD_OUT_14_DIR = path.join(corpusDir, "held-out-14");
/**
 * Written blind and kept aside for a later round (a hotel front desk's night log, a crowdfunding project's backer
 * mailbox, a hospital appointment centre's daily report in HTML, a security company's alarm dispatch log, an accounting
 * firm's year-end tax adjustment queries, a gas utility's Shift_JIS service-call log, a used-car buyer's inquiry CSV, a
 * coworking space's member chat JSONL, a Japanese language school's student office notes).
 */
export const HELD_OUT_15_DIR = path.join(corpusDir, "held-out-15");
/**
 * Written blind and kept aside for a later round (a condominium sales office's visitor log, a home-visit nursing
 * station's handover notes, a network team's firewall change requests, a city tax office's call log in HTML, a SaaS
 * customer-success call CSV, a marketplace seller's buyer messages JSONL, a photo studio's Shift_JIS booking log, a
 * music school's teacher and pupil roster, an HR visa-support mailbox, a building site's new-entrant register).
 */
export const HELD_OUT_16_DIR = path.join(corpusDir, "held-out-16");
/**
 * Written blind and kept aside for a later round (a ferry ticket office's counter log, a city daycare waiting list in
 * HTML, a hair salon's customer cards, a public library's overdue-call log, a food wholesaler's EDI partner onboarding
 * sheet, a judicial scrivener's inheritance-registration intake, a ski rental shop's counter handover, a golf course's
 * Shift_JIS reservation log, a house-cleaning service's request CSV, an e-sports tournament's player-support chat JSONL).
 */
export const HELD_OUT_17_DIR = path.join(corpusDir, "held-out-17");
/**
 * Written blind and kept aside for a later round (a town office's furusato-nozei one-stop check sheet in HTML, a
 * second-hand dealer's purchase ledger, a city sports facility's lottery results in HTML, a food-delivery app's crash
 * triage, an appliance recall hotline's call log, a community FM station's listener mailbag, a choir's concert-tour
 * rooming list, a newspaper delivery office's Shift_JIS subscriber log, a scholarship office's inquiry CSV, a smart-lock
 * maker's support chat JSONL).
 */
export const HELD_OUT_18_DIR = path.join(corpusDir, "held-out-18");
/**
 * Written blind and kept aside for a later round (a care taxi's dispatch log, a piano tuner's visit notes, a city
 * allotment garden's plot-holder register in HTML, a bike-share refund desk's English notes, a kimono rental shop's
 * booking and return notes, a karaoke box's incident reports, a civic-tech hackathon's registration and judging sheet in
 * HTML, a rice shop's Shift_JIS phone-order log, a self-storage operator's inquiry CSV, a payment wallet app's support
 * chat JSONL).
 */
export const HELD_OUT_19_DIR = path.join(corpusDir, "held-out-19");
/**
 * Written blind and kept aside for a later round (a business-card print shop's order sheet in HTML, an optician's
 * customer records, a mobile carrier shop's counter log, a monthly car park's contract ledger, a sake brewery's English
 * export mail thread, a SaaS privacy desk's English data-subject request log, a city marathon's entry desk record in
 * HTML, a water-server company's Shift_JIS desk log, a pest-control company's request CSV, a second-hand book buyer's
 * chat JSONL).
 */
export const HELD_OUT_20_DIR = path.join(corpusDir, "held-out-20");
/**
 * Written blind and kept aside for a later round (a marriage agency's matching sheet in HTML, a dry cleaner's counter and
 * pickup ledger, a web host's English abuse-desk notes, a CAD software reseller's English licensing mailbox, a junk
 * removal company's estimates and work log, an insurance agency's policy-change register, an internet café's member
 * desk record in HTML, a courier depot's Shift_JIS redelivery call log, a school uniform shop's order CSV, a flower
 * shop's order chat JSONL).
 */
export const HELD_OUT_21_DIR = path.join(corpusDir, "held-out-21");
/**
 * Written blind and kept aside for a later round (a patent office's English docketing mailbox, a crypto exchange's
 * English KYC review notes, a locksmith's dispatch log, a home renovation company's site survey sheet in HTML, a dog
 * grooming salon's customer cards, a cosmetic clinic's counselling record in HTML, a campground's reservation and
 * check-in ledger, a bicycle shop's Shift_JIS desk log, a swimming school's desk CSV, a ticket resale site's support
 * chat JSONL).
 */
export const HELD_OUT_22_DIR = path.join(corpusDir, "held-out-22");
/**
 * Written blind and kept aside for a later round (a shrine office's prayer reception ledger, a labour and social
 * security attorney's procedure log, a private lodging host's guest register in HTML, a US subsidiary's English expense
 * audit notes, an airport baggage service office's English shift log, a hearing-aid shop's customer cards in HTML, an
 * elderly meal-delivery service's safety-check report, a TV shopping company's Shift_JIS order call log, an online
 * English conversation school's desk CSV, an IT staffing company's sales chat JSONL).
 */
export const HELD_OUT_23_DIR = path.join(corpusDir, "held-out-23");
/**
 * Written blind and kept aside for a later round (a university lab's equipment loan ledger, a temple's graveyard
 * ledger, a court's interpreter assignment sheet in HTML, a bank's lottery prize desk record in HTML, a ship chandler's
 * English crew and stores file, an international school's English bus roster, a dispensing pharmacy's prescription
 * query log, a futon-cleaning service's Shift_JIS pickup log, a home-tutoring agency's desk CSV, a gig-work app's
 * support chat JSONL).
 */
export const HELD_OUT_24_DIR = path.join(corpusDir, "held-out-24");
/**
 * Written blind and kept aside for a later round (a neighbourhood association's officer roster and circular-board
 * notes, a rural post office's ghost-writing notes, an acupuncture and bone-setting clinic's treatment records, a
 * calligraphy society's exhibition entries in HTML, a town's vacant-house bank register in HTML, a yacht marina's
 * English berth register, a film production's English location permit log, a kerosene dealer's Shift_JIS phone-order
 * log, a qualification exam's applicant desk CSV, a care equipment rental's support chat JSONL).
 */
export const HELD_OUT_25_DIR = path.join(corpusDir, "held-out-25");
/**
 * Written blind and kept aside for a later round (a pet hotel's check-in cards, a kendo dojo's grading list, a
 * Filipino–Japanese parish office's notes, a wedding photographer's shoot sheet in HTML, an apple orchard's gift-box
 * orders in HTML, an immigration scrivener's English case file, a ski lodge's English guest book, a tatami shop's
 * Shift_JIS phone-order log, a junior football club's desk CSV, a homestay agency's matching chat JSONL).
 */
export const HELD_OUT_26_DIR = path.join(corpusDir, "held-out-26");
/**
 * Written blind and kept aside for a later round (a health-check centre's booking and results desk, a notary office's
 * consultation notes, a ballet studio's recital entries in HTML, a rental-car counter's records in HTML, an English
 * chargeback desk's notes, a dive shop's English liability forms, an IT team's SaaS account inventory before a merger,
 * a co-op home delivery's Shift_JIS member-desk log, a pet insurer's claims CSV, a tax-filing app's support chat JSONL).
 */
export const HELD_OUT_27_DIR = path.join(corpusDir, "held-out-27");
/**
 * Written blind and kept aside for a later round (a hospital's medical-interpreter requests in HTML, a letting agent's
 * viewing notes, a seal engraver's order notes, a community centre's course enrolment list in HTML, a relocation
 * consultant's English case log, an auction house's English bidder registrations, an advertising shoot's casting sheet,
 * a watch repairer's Shift_JIS reception log, an EV charging network's support CSV, a designated-driver dispatch chat
 * JSONL).
 */
export const HELD_OUT_28_DIR = path.join(corpusDir, "held-out-28");
/**
 * Written blind and kept aside for a later round (a university career centre's counselling records, a fishing charter
 * boat's passenger list in HTML, a property manager's move-out inspection log, a clinical-trial volunteer desk's
 * screening record in HTML, a city's shop-renovation subsidy review notes, a startup's English payroll onboarding
 * tracker, a hostel's English front-desk log, an appliance shop's Shift_JIS phone log, a bicycle parking season-pass
 * desk CSV, a rent guarantee company's support chat JSONL).
 */
export const HELD_OUT_29_DIR = path.join(corpusDir, "held-out-29");
/**
 * Written blind, kept aside from the round on the twenty-ninth set and measured once after it (a jeweller's ring
 * engraving and sizing orders, a babysitter agency's visit reports, a hunting club's culling team roster, a payroll
 * desk's commuting-allowance review in HTML, a harbour festival's stall-holder register in HTML, a game studio's
 * English closed-beta NDA register, a recording studio's English session log, a caterer's Shift_JIS phone-order log, a
 * vending-machine operator's site-owner desk CSV, a gift catalogue's exchange-desk chat JSONL).
 */
export const HELD_OUT_30_DIR = path.join(corpusDir, "held-out-30");
/**
 * Written blind, kept aside from the round on the thirtieth set and measured once after it (a blood donation room's
 * desk handover, a clothing alteration shop's counter ledger, a children's winter camp roster in HTML, a high school's
 * study-trip passport and insurance list in HTML, a film festival's English guest and accreditation desk, a
 * guide-interpreter's English booking mailbox, a cooking school's student register, a graduation album maker's
 * Shift_JIS order log, a pocket Wi-Fi rental's returns desk CSV, a furniture assembly service's chat JSONL).
 */
export const HELD_OUT_31_DIR = path.join(corpusDir, "held-out-31");
/**
 * Written blind, kept aside from the round on the thirty-first set and measured once after it (a bowling centre's
 * league roster and fee ledger, an after-school childcare club's staff handover notes, a pet sitter's key register in
 * HTML, a shogi hall's tournament entries in HTML, a travel assistance company's English case log, an English bug
 * bounty triage sheet, a forklift skills course's trainee register, a plumbing repair company's Shift_JIS call log, a
 * comics fair's circle desk CSV, a dance competition organiser's staff chat JSONL).
 */
export const HELD_OUT_32_DIR = path.join(corpusDir, "held-out-32");
/**
 * Written blind, kept aside from the round on the thirty-second set and measured once after it (a piano tuner's visit
 * log, a crowdfunding backers' support desk in HTML, a community FM station's listener mail, a hair salon's client
 * cards in HTML, a hotel concierge's English log, a university guest house's English housing desk, a wedding hall's
 * seating plan, a kimono rental shop's Shift_JIS call log, a hot-spring inn's reservation desk CSV, a children's coding
 * school's parent chat JSONL).
 */
export const HELD_OUT_33_DIR = path.join(corpusDir, "held-out-33");
/**
 * Written blind, kept aside from the round on the thirty-third set and measured once after it (a company housing
 * ledger, a farmers' market producer register, a musical instrument repair shop's tickets in HTML, a city office's dog
 * registration desk in HTML, an academic journal's English manuscript and reviewer tracker, a start-up's English
 * investor KYC notes, a houseboat's party bookings, a milk delivery's Shift_JIS phone orders, a PC data-erasure desk
 * CSV, a rescue group's adoption chat JSONL).
 */
export const HELD_OUT_34_DIR = path.join(corpusDir, "held-out-34");
/**
 * Written blind, kept aside from the round on the thirty-fourth set and measured once after it (a cram school's parent
 * interview notes, a landscape gardener's visit log, a farm stay's guest register in HTML, a temple's memorial service
 * bookings in HTML, a language exchange meetup's English sign-up sheet, a basketball club's English tryout sheet, a
 * used-car dealer's trade-in appraisal sheet, a railway's Shift_JIS commuter-pass desk log, a tyre storage desk CSV, a
 * study-abroad agency's counselling chat JSONL).
 */
export const HELD_OUT_35_DIR = path.join(corpusDir, "held-out-35");
/**
 * Written blind, kept aside from the round on the thirty-fifth set and measured once at the start of the next sitting
 * (a volunteer fire brigade's roster and call-out log, an estate clear-out firm's intake notes, a nursing school's
 * clinical placement sheet in HTML, a sake brewery's tour bookings in HTML, a tech conference's English speaker travel
 * desk, an English tennis club's office log, an electrician's site diary, a shoe repair and key-cutting counter's
 * Shift_JIS log, an aquarium's annual pass desk CSV, a photo restoration service's chat JSONL).
 */
export const HELD_OUT_36_DIR = path.join(corpusDir, "held-out-36");
/**
 * Written blind, kept aside from the round on the thirty-sixth set and measured once after it (a private detective
 * agency's case intake book, a stonemason's gravestone order notes, a pawnshop's pledge ledger, a dental laboratory's
 * case cards in HTML, a junior piano competition's entry desk record in HTML, a yoga teacher-training retreat's English
 * participant register, a business-aviation handler's English ops desk log, a farm machinery dealer's Shift_JIS service
 * call log, a mountain hut's reservation desk CSV, a pet cremation service's chat JSONL).
 */
export const HELD_OUT_37_DIR = path.join(corpusDir, "held-out-37");
/**
 * Written blind, kept aside from the round on the thirty-seventh set and measured once after it (an old people's club's
 * bus-trip roster, a mortgage broker's pre-screening intake notes, a bonsai nursery's consignment and winter-care
 * ledger, a bridal dress rental shop's fitting sheet in HTML, a disaster volunteer centre's registration and needs sheet
 * in HTML, a concert promoter's English guest-list desk, a riding club's English front-desk log, a septic-tank service's
 * Shift_JIS call log, a car coating shop's booking CSV, a smartphone repair shop's chat JSONL).
 */
export const HELD_OUT_38_DIR = path.join(corpusDir, "held-out-38");
/**
 * Written blind, kept aside from the round on the thirty-eighth set and measured once after it (a snow-clearing contractor's winter contract register, a
 * medical wig salon's fitting cards, a prefectural housing office's daily log, a tea ceremony school's New Year
 * attendance and fee sheet in HTML, a small-boat licence school's course register in HTML, a city international
 * association's English consultation log, a cruise ship's English shore-excursion desk log, an oyster farm's Shift_JIS
 * phone-order log, a stairlift maker's desk CSV, a fibre ISP's relocation support chat JSONL).
 */
export const HELD_OUT_39_DIR = path.join(corpusDir, "held-out-39");
/**
 * Written blind, kept aside from the round on the thirty-ninth set and measured once after it (a scrap-metal yard's
 * seller register, a children's cafeteria's volunteer and family register, a mobile library's borrower notes, a hot-air
 * balloon festival's passenger manifest in HTML, a calf auction's consignor and buyer sheet in HTML, a surf school's
 * English front-desk log, a pet relocation agency's English export case notes, a Buddhist altar shop's Shift_JIS phone
 * log, a climbing gym's desk CSV, a city bulky-waste collection centre's chat JSONL).
 */
export const HELD_OUT_40_DIR = path.join(corpusDir, "held-out-40");
/**
 * Written blind, kept aside from round 40r and measured once after it (a pottery studio's firing and shipping register, a home-visit
 * hairdresser's booking notes, a welfare commissioner's visit notes, a youth baseball team's roster and car-pool sheet in
 * HTML, a funeral hall's condolence-gift ledger in HTML, a vintage guitar shop's English consignment intake log, a
 * cycling tour operator's English guest desk log, a liquor store's Shift_JIS phone-order log, a senior smartphone
 * class's help-desk CSV, a pet taxi's booking chat JSONL).
 */
export const HELD_OUT_41_DIR = path.join(corpusDir, "held-out-41");
/**
 * Written blind, kept aside from round 41r and measured once after it (a land surveyor's boundary-survey intake and site-meeting
 * notes, a fire-equipment inspection company's apartment visit log, a tree-felling contractor's estimate and work
 * notes, a sumo stable supporters' association's member ledger in HTML, a maternity clinic's birth-registration and
 * postpartum-care desk sheet in HTML, a backcountry guiding company's English guest desk log, a kitchen-knife shop's
 * English overseas order mailbox, a well-pump repair company's Shift_JIS call log, a coin-laundry chain's refund and
 * lost-property desk CSV, a rural town's relocation-support chat JSONL).
 */
export const HELD_OUT_42_DIR = path.join(corpusDir, "held-out-42");
/**
 * Written blind, kept aside from round 42r and measured once after it (a charter bus company's booking and dispatch ledger, an
 * architect's hearing notes for a custom house and a townhouse renovation, a virtual office's mail-forwarding log, a
 * portable-shrine bearers' roster in HTML, a hands-free luggage counter's daily report in HTML, an omakase restaurant's
 * English reservation desk log, a ski school's English lesson desk log, a glazier's Shift_JIS call log, a hospital's
 * medical-records disclosure desk CSV, a bakery's custom-cake order chat JSONL).
 */
export const HELD_OUT_43_DIR = path.join(corpusDir, "held-out-43");
/**
 * Written blind, kept aside from round 43r and measured once after it (an administrative scrivener's garage-certificate
 * request ledger, a social welfare council's emergency small-loan consultation notes, a demolition contractor's
 * neighbour-relations log, a public bath's front-desk notebook, a drone school's trainee register and flight-permit notes, a town's coming-of-age
 * ceremony reception and committee sheet in HTML, a clinic's workplace flu vaccination sign-up sheet in HTML, a food-tour
 * operator's English booking and dietary desk log, a used-car exporter's English buyer documentation file, a mounting
 * and framing shop's Shift_JIS phone log, a school-lunch centre's allergy desk CSV, a football club's fan-club support
 * chat JSONL).
 */
export const HELD_OUT_44_DIR = path.join(corpusDir, "held-out-44");
/**
 * Written blind and kept aside for a later round (a taiko drum school's member roster and practice notes, a tailor's
 * made-to-measure suit order notes, a beekeepers' association's hive registration ledger, a nail salon's customer cards,
 * a rental space's booking and use record, a civic orchestra's member roster and instrument loan table in HTML, a
 * university festival's stall applications in HTML, a house-sitting agency's English assignment notes, a tattoo
 * studio's English front-desk log, a piano moving company's Shift_JIS call log, a golf school's desk CSV, a baby-goods
 * rental's support chat JSONL).
 */
export const HELD_OUT_45_DIR = path.join(corpusDir, "held-out-45");
/** `⟦kind|value⟧` plants personal data, `⟦=kind|value⟧` a look-alike; the value may span lines. */
const MARKER = /⟦(=?)([a-z0-9-]+)\|([^⟧]*)⟧/gu;

const CONTEXT = 6;

/** Where a field ends in each kind of input: a value's context does not reach across it. */
const FIELD_END: Record<string, RegExp> = { ".csv": /"/, ".html": /[<>]/ };

function unmark(text: string, file: string, corpus: BlindCorpus): string {
  const fieldEnd = FIELD_END[path.extname(file)];
  const found: Array<{ keep: boolean; kind: string; value: string; start: number }> = [];
  let removed = 0;
  const unmarked = text.replace(MARKER, (marker, keep: string, kind: string, value: string, offset: number) => {
    found.push({ keep: keep === "=", kind, value, start: offset - removed });
    removed += marker.length - value.length;
    return value;
  });
  for (const [index, { keep, kind, value, start }] of found.entries()) {
    // The context stops at a neighbouring value: what becomes of that one must not hide what became of this one.
    const previousEnd = index > 0 ? found[index - 1]!.start + found[index - 1]!.value.length : 0;
    const nextStart = found[index + 1]?.start ?? unmarked.length;
    const end = start + value.length;
    let before = unmarked.slice(Math.max(previousEnd, start - CONTEXT), start);
    let after = unmarked.slice(end, Math.min(nextStart, end + CONTEXT));
    const cutBefore = fieldEnd ? before.split(fieldEnd) : [before];
    const cutAfter = fieldEnd ? after.split(fieldEnd) : [after];
    before = cutBefore.at(-1)!;
    after = cutAfter[0]!;
    const fieldStart = (cutBefore.length > 1 && before === "") || (start === 0 && file.endsWith(".jsonl"));
    const atEnd = (cutAfter.length > 1 && after === "") || (end === unmarked.length && file.endsWith(".jsonl"));
    const entry = { kind, value, file, before, after, fieldStart, fieldEnd: atEnd };
    (keep ? corpus.lookAlikes : corpus.planted).push(entry);
  }
  return unmarked;
}

/** Inputs: docs/ (Markdown, HTML, text), *.csv (UTF-8; `*.sjis.csv` is written as Shift_JIS `*.csv`), *.jsonl. */
function inputFiles(dir: string): string[] {
  const docs = fs.readdirSync(path.join(dir, "docs")).map((name) => path.join("docs", name));
  const logs = fs.readdirSync(dir).filter((name) => /\.(csv|jsonl)$/.test(name));
  return [...docs, ...logs].sort();
}

/** The hand-written corpus: every planted value and look-alike, and the input files without their markers. */
export function readBlindCorpus(dir = corpusDir): BlindCorpus {
  const corpus: BlindCorpus = { planted: [], lookAlikes: [], files: new Map() };
  for (const source of inputFiles(dir)) {
    const text = fs.readFileSync(path.join(dir, source), "utf8");
    const file = source.replace(/\.sjis\.csv$/, ".csv");
    if (file.endsWith(".jsonl")) {
      // Markers sit inside JSON strings: unmark the parsed strings so a value holding a line break is recorded as one.
      const rows = text.split("\n").filter((line) => line.trim() !== "");
      const unmarked = rows.map((line) =>
        JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(line) as Record<string, string>).map(([key, value]) => [key, unmark(value, file, corpus)]))),
      );
      corpus.files.set(file, Buffer.from(`${unmarked.join("\n")}\n`));
    } else {
      const unmarked = unmark(text, file, corpus);
      corpus.files.set(file, source.endsWith(".sjis.csv") ? encodeShiftJis(unmarked) : Buffer.from(unmarked));
    }
  }
  return corpus;
}

/** Writes a corpus' input files under `dir`. */
export function writeBlindCorpus(corpus: BlindCorpus, dir: string): void {
  for (const [file, content] of corpus.files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
}
