/**
 * Splits text into chunks of at most `maxChars` characters (code points), at paragraph breaks where it can, else at
 * sentence ends (。！？.!?), else anywhere. Paragraphs are packed together while they fit.
 */
export function splitByLength(text: string, maxChars: number): string[] {
  const pieces = text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .flatMap((paragraph) => (length(paragraph) <= maxChars ? [paragraph] : splitParagraph(paragraph, maxChars)));
  const chunks: string[] = [];
  let current = "";
  for (const piece of pieces) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (length(joined) <= maxChars) current = joined;
    else {
      if (current) chunks.push(current);
      current = piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function splitParagraph(paragraph: string, maxChars: number): string[] {
  const sentences = paragraph.split(/(?<=[。！？!?]|[.](?=\s))\s*/u).filter(Boolean);
  const out: string[] = [];
  let current = "";
  for (const sentence of sentences.flatMap((s) => (length(s) <= maxChars ? [s] : hardSplit(s, maxChars)))) {
    const sep = current && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}。、]$/u.test(current) ? "" : " ";
    const joined = current ? `${current}${sep}${sentence}` : sentence;
    if (length(joined) <= maxChars) current = joined;
    else {
      if (current) out.push(current);
      current = sentence;
    }
  }
  if (current) out.push(current);
  return out;
}

function hardSplit(text: string, maxChars: number): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let index = 0; index < chars.length; index += maxChars) out.push(chars.slice(index, index + maxChars).join(""));
  return out;
}

const length = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};
