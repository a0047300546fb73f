/**
 * The words that count a document's or a course's parts before their number (Chapter 2, Seite 4, Kapitola 3, Página 7,
 * Week 12), in the languages the address rules read: one list for every rule that must not take such a number for a
 * house's.
 */
const COUNTED_PART_WORDS = [
  "Chapter", "Section", "Page", "Part", "Volume", "Vol", "Step", "Table", "Figure", "Fig", "Item", "Level", "Lesson",
  "Episode", "Season", "Phase", "Round", "Track", "Stage", "Week", "Day", "Year", "Grade", "Class", "Article", "Paragraph",
  "Kapitel", "Seite", "Teil", "Abschnitt", "Schritt", "Tabelle", "Abbildung", "Woche", "Jahr", "Artikel",
  "Chapitre", "Partie", "Étape", "Capitolo", "Pagina", "Capítulo", "Página",
  "Kapitola", "Strana",
];

/**
 * A counting word and its number (Chapter 2, Kapitola 3a), anywhere in a match: the number after it is the part's, and
 * the number after the comma (Chapter 2, 12345 Notes; Strana 3, 110 00 Texty) no postcode. The word's start is read by
 * letters, not `\b`, which does not see a capital like É as a letter.
 */
const COUNTED_PART = new RegExp(`(?<![\\p{L}\\d])(?:${COUNTED_PART_WORDS.join("|")})\\s\\d{1,4}[a-z]?(?![\\p{L}\\d])`, "u");

/** Whether an address's match holds a counted part's word and number, which a house's number is not. */
export const holdsCountedPart = (text: string): boolean => COUNTED_PART.test(text);
