import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script and foreign given names of round 26's probe (issue 13), each a class: a chat's speaker in one word in an
 * IRC, Slack or Discord slot, a listed given name before what a colleague does, and a name after a tracker's or a
 * mail's cue (reported by, ask, met, loop in); each with the components, headings, tools and places the same slots hold.
 */
describeMaskingClasses("a chat's speaker in one word", {
  "in angle brackets, before a dash, alone before a colon, in a join notice": [
    ["<Wojciech> tests pass on my side", "<[PERSON]> tests pass on my side"],
    ["[14:22] <Thandiwe> merging now", "[14:22] <[PERSON]> merging now"],
    ["[08:01:17] <Oyelowo> morning", "[08:01:17] <[PERSON]> morning"],
    ["Zsófia — out sick today", "[PERSON] — out sick today"],
    ["Tuan - on call this week", "[PERSON] - on call this week"],
    ["Przemysław:\nthe build is green", "[PERSON]:\nthe build is green"],
    ["Ngozi:\nmorning all", "[PERSON]:\nmorning all"],
    ["* Dagfinn has joined #frontend", "* [PERSON] has joined #frontend"],
  ],
  "while a component, a heading, a tool or a place in the slot stays": [
    ["<Tooltip> misaligned on hover", "<Tooltip> misaligned on hover"],
    ["<Dropdown> closes on scroll", "<Dropdown> closes on scroll"],
    ["<Button> renders twice", "<Button> renders twice"],
    ["<Jenkins> build #512 failed", "<Jenkins> build #512 failed"],
    ["Summary — crash on boot", "Summary — crash on boot"],
    ["Lisbon — delayed two hours", "Lisbon — delayed two hours"],
    ["Hotfix - merged to main", "Hotfix - merged to main"],
    ["Attendees:\nsee the sheet", "Attendees:\nsee the sheet"],
    ["Jira:\nmove it to Done", "Jira:\nmove it to Done"],
    ["Release notes - see Confluence", "Release notes - see Confluence"],
  ],
});

describeMaskingClasses("a listed given name before what a person does", {
  "at a clause's start": [
    ["Kofi merged the branch.", "[PERSON] merged the branch."],
    ["Quang fixed the crash on save.", "[PERSON] fixed the crash on save."],
    ["Thanks. Huong approved the invoice.", "Thanks. [PERSON] approved the invoice."],
    ["Bastien will start on Monday.", "[PERSON] will start on Monday."],
    ["Małgosia declined the offer.", "[PERSON] declined the offer."],
    ["- Radek moved to the platform team", "- [PERSON] moved to the platform team"],
  ],
  "while a tool, a fix, a day or a word does the same": [
    ["Jenkins fixed the flaky job.", "Jenkins fixed the flaky job."],
    ["Hotfix merged to main.", "Hotfix merged to main."],
    ["Renovate merged three PRs.", "Renovate merged three PRs."],
    ["Dependabot approved nothing.", "Dependabot approved nothing."],
    ["Monday started slow.", "Monday started slow."],
    ["Release moved to March.", "Release moved to March."],
    ["Sprint started on Monday.", "Sprint started on Monday."],
    ["Lisbon joined the network.", "Lisbon joined the network."],
    ["Kafka moved to KRaft mode.", "Kafka moved to KRaft mode."],
  ],
});

describeMaskingClasses("a name after a tracker's or a mail's cue", {
  "reported by, reopened by, ask, met, loop in, greetings from": [
    ["BUG-77 reported by Grażyna", "BUG-77 reported by [PERSON]"],
    ["Reopened by Ferenc after retest.", "Reopened by [PERSON] after retest."],
    ["Class taught by Sigrún Pálsdóttir", "Class taught by [PERSON]"],
    ["Ask Kwabena about the housing form.", "Ask [PERSON] about the housing form."],
    ["I met Oluwaseun at the front desk.", "I met [PERSON] at the front desk."],
    ["Can you loop in Jurgita Kazlauskienė?", "Can you loop in [PERSON]?"],
    ["Greetings from Małgorzata and the team", "Greetings from [PERSON] and the team"],
    ["we visited Tuan at his office", "we visited [PERSON] at his office"],
  ],
  "while a team, a tool, a firm or a place after the same cue stays": [
    ["reported by Customer Support", "reported by Customer Support"],
    ["Closed by Jenkins after the merge.", "Closed by Jenkins after the merge."],
    ["Greetings from Lisbon!", "Greetings from Lisbon!"],
    ["Ask Finance about the budget.", "Ask Finance about the budget."],
    ["I met Dell's account manager.", "I met Dell's account manager."],
    ["We visited Siemens in Munich.", "We visited Siemens in Munich."],
    ["Reported by Sentry at 03:12.", "Reported by Sentry at 03:12."],
    ["loop in Marketing on this", "loop in Marketing on this"],
  ],
});

describeMaskingClasses("a family name in capitals before capitalised given names, no label", {
  "Korean, Chinese and Vietnamese, as an exchange list or a register writes them": [
    ["KIM Minjun, Seoul National University", "[PERSON], Seoul National University"],
    ["CHEN Yiming (Tsinghua)", "[PERSON] (Tsinghua)"],
    ["LEE Jiwoo arrives on Monday", "[PERSON] arrives on Monday"],
    ["CHOI Sun-hee, Korea University", "[PERSON], Korea University"],
    ["Intern: PHAM Van Long", "Intern: [PERSON]"],
    ["Exchange student TRAN Quoc Bao arrives on 2 September.", "Exchange student [PERSON] arrives on 2 September."],
    ["HOANG Minh Chau, Hanoi University", "[PERSON], Hanoi University"],
  ],
  "while a street, a place, a brand or a club after the same capitals stays": [
    ["PARK Avenue office", "PARK Avenue office"],
    ["HONG Kong office", "HONG Kong office"],
    ["LEE Cooper jeans", "LEE Cooper jeans"],
    ["SONG Contest entries", "SONG Contest entries"],
    ["WANG Lab results", "WANG Lab results"],
    ["CHAN Taekwondo club", "CHAN Taekwondo club"],
    ["TRAN Hung Dao Street", "TRAN Hung Dao Street"],
    ["PHAM Office supplies", "PHAM Office supplies"],
  ],
});

describeMaskingClasses("a name after a chat's cue", {
  "thanks with a comma, per, ping, cc, and a mention whose initial is no ASCII letter": [
    ["thanks, Ngozi!", "thanks, [PERSON]!"],
    ["Thanks, Radek.", "Thanks, [PERSON]."],
    ["per Marek, the deadline moved", "per [PERSON], the deadline moved"],
    ["ping Tomasz about the runner", "ping [PERSON] about the runner"],
    ["cc: Kofi", "cc: [PERSON]"],
    ["ping @Ömer when the QA build is ready", "ping @[PERSON] when the QA build is ready"],
    ["@Łukasz can you check?", "@[PERSON] can you check?"],
    ["@Émile please review", "@[PERSON] please review"],
  ],
  "while a team, a rule, a tool, a place or a decorator after the same cue stays": [
    ["Thanks, Team!", "Thanks, Team!"],
    ["Thanks, Everyone.", "Thanks, Everyone."],
    ["as per Annex B", "as per Annex B"],
    ["per Visa rules", "per Visa rules"],
    ["ping Jenkins to rebuild", "ping Jenkins to rebuild"],
    ["cc: Legal", "cc: Legal"],
    ["per Lisbon office", "per Lisbon office"],
    ["@Override", "@Override"],
    ['@Überblick(title = "Q3")', '@Überblick(title = "Q3")'],
  ],
});
