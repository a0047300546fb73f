import { extractJson } from "../../scoring/json-extraction.js";

interface QaPair {
  question: string;
  answer: string;
}

type ParsedPairs = { ok: true; pairs: QaPair[]; skipped: number } | { ok: false; reason: string };

/**
 * Reads the teacher's `{pairs: [{question, answer}]}` (also inside a code fence or surrounding prose). Pairs with an
 * empty or non-string question or answer are skipped; at most `max` are kept. No usable pair at all is unreadable.
 */
export function parsePairs(text: string, max: number): ParsedPairs {
  const extracted = extractJson(text);
  if (!extracted) return { ok: false, reason: `not JSON: ${preview(text)}` };
  const value = extracted.value;
  const list = Array.isArray(value) ? value : isRecord(value) ? value.pairs : undefined;
  if (!Array.isArray(list)) return { ok: false, reason: `no "pairs" array: ${preview(text)}` };
  const pairs: QaPair[] = [];
  let skipped = 0;
  for (const entry of list) {
    const question = isRecord(entry) && typeof entry.question === "string" ? entry.question.trim() : "";
    const answer = isRecord(entry) && typeof entry.answer === "string" ? entry.answer.trim() : "";
    if (question && answer && pairs.length < max) pairs.push({ question, answer });
    else skipped++;
  }
  if (pairs.length === 0) return { ok: false, reason: `no pair with both a question and an answer: ${preview(text)}` };
  return { ok: true, pairs, skipped };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat || "(empty)";
}
